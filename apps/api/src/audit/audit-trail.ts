import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request } from 'express';
import { Repository } from 'typeorm';
import type { AuthenticatedUser } from '../../../../libs/auth/roles';
import { AuditEntry } from '../../../../libs/persistence/entities';

/** Routes that touch no one's data: health checks and the API's own description. */
const UNAUDITED = /^\/(health|docs)(\/|$)/;

/**
 * Writes the audit log: one row per request, before its answer goes out, so
 * nothing is read or written without a trace of who, what, when and why.
 */
@Injectable()
export class AuditTrail {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  async record(request: Request, status: number): Promise<void> {
    if (UNAUDITED.test(request.path)) return;
    const user = (request as Request & { user?: AuthenticatedUser }).user;
    await this.entries.insert({
      actorId: user?.id ?? null,
      actorRoles: user?.roles ?? [],
      action: request.method === 'GET' || request.method === 'HEAD' ? 'read' : 'write',
      method: request.method,
      // The declared route ("/young-people/:id"), not the path: the why, without ids mixed in.
      route: (request.route?.path as string | undefined) ?? request.path.slice(0, 200),
      subjectIds: Object.fromEntries(Object.entries(request.params ?? {}).map(([name, value]) => [name, String(value).slice(0, 100)])),
      status,
    });
  }
}
