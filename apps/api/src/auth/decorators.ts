import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { AuthenticatedUser, Principal, Role } from '../../../../libs/auth/roles';

export const IS_PUBLIC = 'mentorflow:public';
export const REQUIRED_ROLES = 'mentorflow:roles';

/** Open to anyone without a token: health checks and the sign-in routes. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The caller needs at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthenticatedUser => context.switchToHttp().getRequest().user,
);

/** The whole principal (ids by role, the coordinator's programs, how she signed in). */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal => context.switchToHttp().getRequest().user,
);
