import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Permission } from '../access/permission';
import type { Principal } from '../auth/roles';
import type { NotificationLanguage } from '../persistence/entities';
import type { AccountKind } from '../persistence/entities/identity.entities';
import { coded, refused } from '../validation/coded-exceptions';
import { ACCOUNT_VIEW, AccountActor, AccountView, auditAccount, insertAccount, NewAccount } from './account-rows';

export interface AccountChange {
  name?: string;
  role?: AccountKind;
  language?: NotificationLanguage;
}

/**
 * Operators' and program administrators' accounts: made, renamed, given
 * another role, disabled, each change with its audit row in one
 * transaction. Disabling ends her sessions, sign-in links and API tokens at
 * once (the archiving trigger), as archiving a person does. No change may
 * leave the deployment without an operator who can sign in.
 */
@Injectable()
export class Accounts {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  /** The accounts she may read, the oldest first; disabled ones too when asked. */
  list(principal: Principal, filter: { role?: AccountKind; includeDisabled: boolean }): Promise<AccountView[]> {
    const kinds = this.access.accountKinds(principal).filter((kind) => !filter.role || kind === filter.role);
    return this.dataSource.query(
      `SELECT ${ACCOUNT_VIEW} FROM accounts WHERE kind = ANY($1::text[]) ${filter.includeDisabled ? '' : 'AND archived_at IS NULL'}
       ORDER BY created_at, id`,
      [kinds],
    );
  }

  /** A disabled one too. */
  async get(principal: Principal, id: string): Promise<AccountView> {
    await this.access.requireAccess(principal, Permission.AccountRead, id);
    return this.read(this.dataSource.manager, id);
  }

  async create(principal: Principal, input: NewAccount): Promise<AccountView> {
    this.access.requireSignedInAsHerself(principal);
    await this.access.requireGrant(principal, input.role);
    return this.dataSource.transaction((manager) => insertAccount(manager, input, actorOf(principal), principal.via));
  }

  /**
   * Changes what is given. Taking the operator's role from an account
   * revokes the API tokens it made, which act as an operator's; her
   * sessions carry on with her new role, read from the row on every request.
   */
  async change(principal: Principal, id: string, change: AccountChange): Promise<AccountView> {
    this.access.requireSignedInAsHerself(principal);
    await this.access.requireAccess(principal, Permission.AccountManage, id);
    if (change.role) await this.access.requireGrant(principal, change.role);
    const fields = Object.keys(change).filter((field) => change[field as keyof AccountChange] !== undefined);
    if (fields.length === 0) throw coded(BadRequestException, 'account-nothing-to-change');
    return this.dataSource.transaction(async (manager) => {
      const operators = await lockOperators(manager);
      const current = await this.read(manager, id, true);
      if (current.disabledAt) throw refused('account-disabled');
      const demoted = current.role === 'operator' && change.role !== undefined && change.role !== 'operator';
      if (demoted) refuseLastOperator(operators, id, 'demote');
      const [[changed]] = await manager.query(
        `UPDATE accounts SET name = COALESCE($2, name), kind = COALESCE($3, kind), language = COALESCE($4, language), updated_at = now()
         WHERE id = $1 RETURNING ${ACCOUNT_VIEW}`,
        [id, change.name ?? null, change.role ?? null, change.language ?? null],
      );
      if (demoted) await manager.query(`UPDATE api_tokens SET revoked_at = now() WHERE created_by = $1 AND revoked_at IS NULL`, [id]);
      await auditAccount(manager, 'account-changed', actorOf(principal), {
        accountId: id,
        fields: fields.sort().join(','),
        role: changed.role,
        ...(changed.role !== current.role ? { previousRole: current.role } : {}),
      });
      return changed as AccountView;
    });
  }

  /** Disabling a disabled account answers it as it is. */
  async disable(principal: Principal, id: string): Promise<AccountView> {
    this.access.requireSignedInAsHerself(principal);
    await this.access.requireAccess(principal, Permission.AccountManage, id);
    return this.dataSource.transaction(async (manager) => {
      const operators = await lockOperators(manager);
      const current = await this.read(manager, id, true);
      if (current.disabledAt) return current;
      if (current.role === 'operator') refuseLastOperator(operators, id, 'disable');
      // The archiving trigger ends her sessions and unused sign-in links and revokes her API tokens in this transaction.
      await manager.query(`UPDATE accounts SET archived_at = now(), updated_at = now() WHERE id = $1`, [id]);
      await auditAccount(manager, 'account-disabled', actorOf(principal), { accountId: id, role: current.role });
      return this.read(manager, id);
    });
  }

  private async read(manager: EntityManager, id: string, forUpdate = false): Promise<AccountView> {
    const [row] = await manager.query(`SELECT ${ACCOUNT_VIEW} FROM accounts WHERE id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`, [id]);
    return row;
  }
}

/**
 * The live operator accounts that can sign in (an account without an address
 * cannot), locked until the transaction ends: two operators disabling each
 * other at once are answered one after the other, and the second is refused.
 */
async function lockOperators(manager: EntityManager): Promise<string[]> {
  const rows: Array<{ id: string }> = await manager.query(
    `SELECT id FROM accounts WHERE kind = 'operator' AND archived_at IS NULL AND email IS NOT NULL ORDER BY id FOR UPDATE`,
  );
  return rows.map((row) => row.id);
}

function refuseLastOperator(operators: string[], id: string, action: 'disable' | 'demote'): void {
  if (operators.length === 1 && operators[0] === id) throw refused('last-operator', { action });
}

function actorOf(principal: Principal): AccountActor {
  return { id: principal.id, roles: principal.roles };
}
