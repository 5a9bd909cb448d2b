import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import type { Principal, Role } from '../auth/roles';
import { ApiToken } from '../persistence/entities/identity.entities';
import { randomSecret, sha256Hex } from './secrets';
import { coded } from '../validation/coded-exceptions';

/** What marks an API token's secret, so it is told from a development JWT at a glance (and by secret scanners). */
export const API_TOKEN_PREFIX = 'mf_';
/** The roles a machine may act as: those with no person behind them. */
export const API_TOKEN_SCOPES = ['operator', 'coordinator', 'program-admin'] as const satisfies readonly Role[];

export interface NewApiToken {
  name: string;
  scopes: Role[];
  programIds: string[];
  expiresInDays?: number;
}

/** A token as listed: never its secret. */
export type ApiTokenView = Pick<
  ApiToken,
  'id' | 'name' | 'scopes' | 'programIds' | 'createdBy' | 'createdAt' | 'expiresAt' | 'lastUsedAt' | 'revokedAt'
>;

export interface UsedApiToken {
  principal: Principal;
  /** True at most once a minute per token: when its use is worth an audit row. */
  firstUseThisMinute: boolean;
}

/** Operators' named, scoped, revocable bearer tokens for machines. */
@Injectable()
export class ApiTokens {
  constructor(
    @InjectRepository(ApiToken) private readonly tokens: Repository<ApiToken>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Answers the secret once; only its SHA-256 is kept. */
  async create(accountId: string, input: NewApiToken): Promise<{ token: ApiTokenView; secret: string }> {
    const secret = API_TOKEN_PREFIX + randomSecret();
    const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
    const { identifiers } = await this.tokens.insert({
      name: input.name,
      secretHash: sha256Hex(secret),
      scopes: input.scopes,
      programIds: input.programIds,
      createdBy: accountId,
      expiresAt,
    });
    return { token: await this.tokens.findOneByOrFail({ id: identifiers[0].id }), secret };
  }

  list(): Promise<ApiTokenView[]> {
    return this.tokens.find({ order: { createdAt: 'ASC' } });
  }

  /** Revokes the token; `revokedNow` is false when it was revoked already. */
  async revoke(id: string): Promise<{ token: ApiTokenView; revokedNow: boolean }> {
    if (!(await this.tokens.existsBy({ id }))) throw coded(NotFoundException, 'not-found', { thing: 'api-token', id });
    const { affected } = await this.tokens.update({ id, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
    return { token: await this.tokens.findOneByOrFail({ id }), revokedNow: !!affected };
  }

  /** The principal a live token acts as: not revoked, not expired, its maker's account not archived. */
  async use(secret: string): Promise<UsedApiToken | undefined> {
    const [token] = await this.dataSource.query(
      `SELECT t.id, t.scopes, t.program_ids, t.created_by, a.language
       FROM api_tokens t JOIN accounts a ON a.id = t.created_by AND a.archived_at IS NULL
       WHERE t.secret_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())`,
      [sha256Hex(secret)],
    );
    if (!token) return undefined;
    const [touched] = await this.dataSource.query(
      `UPDATE api_tokens SET last_used_at = now()
       WHERE id = $1 AND (last_used_at IS NULL OR last_used_at <= now() - interval '1 minute') RETURNING id`,
      [token.id],
    );
    const roles = token.scopes as Role[];
    const principal: Principal = {
      id: token.id,
      roles,
      accountId: token.created_by,
      coordinator: roles.includes('coordinator') ? { programIds: token.program_ids, municipalityId: null } : undefined,
      language: token.language === 'en' ? 'en' : 'da',
      via: 'api-token',
    };
    return { principal, firstUseThisMinute: touched.length > 0 };
  }
}
