import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppConfig } from '../../../../libs/config/app-config';
import { requireJwtSecret } from '../../../../libs/config/load-config';
import type { Role } from '../../../../libs/auth/roles';
import { tokenVerifier, TokenVerifier } from '../../../../libs/auth/tokens';
import { IS_PUBLIC, REQUIRED_ROLES } from './decorators';

/**
 * Every route requires a valid bearer token unless marked @Public(), and a
 * route without @Roles() is refused to everyone: forgetting to declare who may
 * call a route closes it rather than opening it.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly verifyToken: TokenVerifier;

  constructor(
    private readonly reflector: Reflector,
    config: AppConfig,
  ) {
    this.verifyToken = tokenVerifier(requireJwtSecret(config));
  }

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest();
    const [scheme, token] = String(request.headers.authorization ?? '').split(' ');
    const user = scheme === 'Bearer' && token ? this.verifyToken(token) : undefined;
    if (!user) throw new UnauthorizedException('a valid bearer token is required');
    request.user = user;

    const allowed = this.reflector.getAllAndOverride<Role[]>(REQUIRED_ROLES, targets) ?? [];
    if (!user.roles.some((role) => allowed.includes(role))) {
      throw new ForbiddenException(`this route needs one of the roles: ${allowed.join(', ') || '(none)'}`);
    }
    return true;
  }
}
