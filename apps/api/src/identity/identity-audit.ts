import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../../../libs/auth/roles';
import { AuditEntry } from '../../../../libs/persistence/entities';

/** What happened to whose access, as the audit log's route column says it. */
export type IdentityEvent =
  'sign-in' | 'sign-in-failed' | 'sign-out' | 'sign-out-everywhere' | 'api-token-created' | 'api-token-revoked' | 'api-token-used';

/**
 * Sign-ins, failures, sign-outs and API tokens in the audit log, beside the
 * row every request leaves: route `identity:<event>`, the details (method,
 * reason, token id; an address only as its SHA-256) in subject_ids. A failed
 * write is logged and does not undo the sign-in: the request's own row
 * (written by the audit interceptor or the exception filter) still traces it.
 */
@Injectable()
export class IdentityAudit {
  private readonly logger = new Logger(IdentityAudit.name);

  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  async record(
    event: IdentityEvent,
    who: Pick<Principal, 'id' | 'roles'> | undefined,
    details: Record<string, string>,
    status = 200,
  ): Promise<void> {
    try {
      await this.entries.insert({
        actorId: who?.id ?? null,
        actorRoles: who?.roles ?? [],
        action: 'write',
        method: 'EVENT',
        route: `identity:${event}`,
        subjectIds: details,
        status,
      });
    } catch (error) {
      this.logger.error({ message: 'identity audit entry not written', event, error: String(error) });
    }
  }
}
