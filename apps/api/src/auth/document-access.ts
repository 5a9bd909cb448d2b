import type { INestApplication } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { OpenAPIObject, OperationObject } from '@nestjs/swagger';
import type { Role } from '../../../../libs/auth/roles';
import { routeHandlers } from '../route-handlers';
import { IS_PUBLIC, REQUIRED_ROLES } from './decorators';

/** The roles that may call an operation, as `x-roles` on it: what the guard reads, for clients and the API fuzzer. */
export const ROLES_EXTENSION = 'x-roles';

/** Who may call an operation: anyone (a public route), or a principal with one of these roles. */
type Access = { public: true } | { public: false; roles: Role[] };

/**
 * Says on every operation who may call it, read from the same metadata the
 * guard reads (`@Public()`, `@Roles()`, a route's own over its controller's),
 * so the document cannot drift from the guard: a signed-in operation
 * declares the bearer token and the session cookie, and its roles in
 * `x-roles`; a public one declares no security. Runs before documentErrors,
 * which gives signed-in operations their 401 and 403.
 */
export function documentAccess(document: OpenAPIObject, app: INestApplication): OpenAPIObject {
  const access = accessByOperationId(app);
  for (const pathItem of Object.values(document.paths)) {
    for (const operation of Object.values(pathItem) as OperationObject[]) {
      const found = typeof operation === 'object' && operation?.operationId ? access.get(operation.operationId) : undefined;
      if (!found) continue;
      if (found.public) {
        delete operation.security;
        continue;
      }
      operation.security = [{ bearer: [] }, { cookie: [] }];
      (operation as unknown as Record<string, unknown>)[ROLES_EXTENSION] = found.roles;
    }
  }
  return document;
}

/** Each route handler's access, keyed as @nestjs/swagger names its operation: `<Controller>_<method>`. */
function accessByOperationId(app: INestApplication): Map<string, Access> {
  const reflector = app.get(Reflector);
  const access = new Map<string, Access>();
  for (const { controller, name, handler } of routeHandlers(app)) {
    const targets = [handler, controller];
    access.set(
      `${controller.name}_${name}`,
      reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)
        ? { public: true }
        : { public: false, roles: reflector.getAllAndOverride<Role[]>(REQUIRED_ROLES, targets) ?? [] },
    );
  }
  return access;
}
