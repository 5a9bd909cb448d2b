import { ConflictException } from '@nestjs/common';
import { coded } from '../validation/coded-exceptions';
import { EntityManager, QueryFailedError } from 'typeorm';
import type { NotificationLanguage } from '../persistence/entities';
import type { AccountKind } from '../persistence/entities/identity.entities';
import { normalEmail } from './secrets';

/** An account as the API shows it: `role` is the kind of account, named as the role it gives. */
export interface AccountView {
  id: string;
  role: AccountKind;
  name: string;
  email: string | null;
  language: NotificationLanguage;
  createdAt: Date;
  updatedAt: Date;
  /** When it was disabled: it signs in no more, and its sessions and API tokens ended then. */
  disabledAt: Date | null;
}

export interface NewAccount {
  email: string;
  name: string;
  role: AccountKind;
  language: NotificationLanguage;
}

/** Who made a change, for its audit row: a principal, or nobody for the command line (its row says so). */
export interface AccountActor {
  id: string | null;
  roles: string[];
}

export type AccountEvent = 'account-created' | 'account-changed' | 'account-disabled';

export const ACCOUNT_VIEW = `id, kind AS role, name, email, language,
  created_at AS "createdAt", updated_at AS "updatedAt", archived_at AS "disabledAt"`;

const UNIQUE_VIOLATION = '23505';

/**
 * Makes an account and its audit row in the caller's transaction, so neither
 * is kept without the other. The API and `./mentorflow account add` (the
 * first operator of a deployment) both make accounts here.
 */
export async function insertAccount(manager: EntityManager, input: NewAccount, actor: AccountActor, how: string): Promise<AccountView> {
  const email = input.email.trim();
  const taken = (address: string) => coded(ConflictException, 'account-exists', { email: address });
  const [existing] = await manager.query(`SELECT 1 FROM accounts WHERE lower(email) = $1 AND archived_at IS NULL`, [normalEmail(email)]);
  if (existing) throw taken(email);
  let made: AccountView;
  try {
    [made] = await manager.query(`INSERT INTO accounts (kind, name, email, language) VALUES ($1, $2, $3, $4) RETURNING ${ACCOUNT_VIEW}`, [
      input.role,
      input.name,
      email,
      input.language,
    ]);
  } catch (error) {
    // Another request made the same address between the check and the insert: the index refused this one.
    if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) throw taken(email);
    throw error;
  }
  await auditAccount(manager, 'account-created', actor, { accountId: made.id, role: made.role, via: how });
  return made;
}

/** An account change in the audit log, as `identity:<event>` like the other identity events; ids and roles only, no address. */
export async function auditAccount(
  manager: EntityManager,
  event: AccountEvent,
  actor: AccountActor,
  details: Record<string, string>,
): Promise<void> {
  await manager.query(
    `INSERT INTO audit_log (actor_id, actor_roles, action, method, route, subject_ids, status)
     VALUES ($1, $2, 'write', 'EVENT', $3, $4, 200)`,
    [actor.id, actor.roles, `identity:${event}`, details],
  );
}
