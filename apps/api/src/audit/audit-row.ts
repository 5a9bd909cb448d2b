import type { Request } from 'express';
import type { AuthenticatedUser } from '../../../../libs/auth/roles';
import type { AuditEntry } from '../../../../libs/persistence/entities';
import { requestIdOf } from '../observability/request-observation';
import { storable } from '../security/storable-text';

/** The widths of audit_log's columns (see the AuditEntry entity), and bounds on what a request can make the row hold. */
const WIDTH = { actorId: 100, role: 32, method: 8, route: 200, subjectName: 50, subjectId: 100 } as const;
const MAX_ROLES = 10;
const MAX_SUBJECTS = 10;

export type AuditRow = Pick<AuditEntry, 'actorId' | 'actorRoles' | 'action' | 'method' | 'route' | 'subjectIds' | 'requestId'>;

/**
 * What the log says about a request, every value cut to its column and rid of
 * what PostgreSQL refuses (NUL, half a surrogate pair), so no request, however
 * odd its caller, method, route or ids, can make its own trace fail.
 */
export function auditRow(request: Request): AuditRow {
  const user = (request as Request & { user?: AuthenticatedUser }).user;
  const method = String(request.method);
  return {
    actorId: user?.id ? fit(user.id, WIDTH.actorId) : null,
    actorRoles: Array.isArray(user?.roles) ? user.roles.slice(0, MAX_ROLES).map((role) => fit(role, WIDTH.role)) : [],
    action: method === 'GET' || method === 'HEAD' ? 'read' : 'write',
    method: fit(method, WIDTH.method),
    // The declared route ("/young-people/:id"), not the path: the why, without ids mixed in.
    route: fit((request.route?.path as string | undefined) ?? request.path, WIDTH.route),
    subjectIds: Object.fromEntries(
      Object.entries(request.params ?? {})
        .slice(0, MAX_SUBJECTS)
        .map(([name, value]) => [fit(name, WIDTH.subjectName), fit(value, WIDTH.subjectId)]),
    ),
    // Valid by construction (libs/logging/request-context.ts): the line in the access log and the command in the workflow's history.
    requestId: requestIdOf(request) ?? null,
  };
}

/** At most `width` characters, NUL and lone surrogates (also one the cut made) replaced by U+FFFD. */
export function fit(value: unknown, width: number): string {
  return storable(String(value).slice(0, width));
}
