import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '../../../../libs/auth/roles';
import { Credentials } from './credentials';
import { IS_PUBLIC, REQUIRED_ROLES } from './decorators';
import { coded } from '../../../../libs/validation/coded-exceptions';

/**
 * Every route requires a signed-in principal unless marked @Public(), and a
 * route without @Roles() is refused to everyone: forgetting to declare who may
 * call a route closes it rather than opening it.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly credentials: Credentials,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest();
    const user = await this.credentials.principalOf(request);
    request.user = user;

    const allowed = this.reflector.getAllAndOverride<Role[]>(REQUIRED_ROLES, targets) ?? [];
    if (!user.roles.some((role) => allowed.includes(role))) {
      throw coded(ForbiddenException, 'needs-role', { roles: allowed });
    }
    return true;
  }
}
