import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { AppConfig } from '../../../../libs/config/app-config';
import { durationMs } from '../../../../libs/domain/duration';
import { IdempotentRequest } from '../../../../libs/persistence/entities';
import { RequestFingerprint, sameRequest } from './request-fingerprint';

/** A key is the client's, within its user's own keys. */
export interface KeyScope {
  userId: string;
  key: string;
}

/** What to do with a request that came with a key. */
export type Claim =
  | { kind: 'run'; holder: string }
  | { kind: 'replay'; status: number; body: unknown }
  | { kind: 'in-progress'; retryAfterSeconds: number }
  | { kind: 'other-request'; first: RequestFingerprint };

/** Longer than any request waits for the engine or the database: past it, the attempt holding the key is taken for dead. */
const LEASE_SECONDS = 60;
/**
 * Other expired keys are purged along with a new one, a batch at most every
 * so often per process: bounded, so no request pays for a backlog, and not on
 * every write, which would double each one's statements. What a batch leaves,
 * the daily retention sweep takes.
 */
const PURGE_BATCH = 1000;
const PURGE_EVERY_MS = 10_000;
/** A key that keeps vanishing under us (first attempts failing over and over) is reported as busy after this many tries. */
const CLAIM_ROUNDS = 3;

/**
 * The Idempotency-Key store. Every step is one conditional statement, so
 * two API processes that get the same key at once agree on who runs it: the
 * unique (user, key) decides the first use, the lapsed lease a takeover.
 * Time is the database's, the one clock all processes share.
 */
@Injectable()
export class IdempotentRequests {
  private readonly keepForSeconds: number;
  private lastPurgeAt = 0;

  constructor(
    @InjectRepository(IdempotentRequest) private readonly requests: Repository<IdempotentRequest>,
    config: AppConfig,
  ) {
    this.keepForSeconds = durationMs(config.idempotency.keepFor) / 1000;
  }

  async claim(scope: KeyScope, fingerprint: RequestFingerprint): Promise<Claim> {
    for (let round = 0; round < CLAIM_ROUNDS; round += 1) {
      await this.purgeExpired();
      const holder = randomUUID();
      if (await this.claimFresh(scope, fingerprint, holder)) return { kind: 'run', holder };
      const first = await this.find(scope);
      // Gone since the insert: its attempt failed and let the key go, or it expired. Try again.
      if (!first) continue;
      if (!sameRequest(first, fingerprint)) return { kind: 'other-request', first };
      if (first.state === 'completed') return { kind: 'replay', status: first.responseStatus!, body: first.responseBody };
      if (first.waitMs <= 0 && (await this.takeOver(scope, first.holder, holder))) return { kind: 'run', holder };
      return { kind: 'in-progress', retryAfterSeconds: Math.max(1, Math.ceil(first.waitMs / 1000)) };
    }
    return { kind: 'in-progress', retryAfterSeconds: 1 };
  }

  /** Keeps the answer for replay; a no-op when another attempt took the key over after this one's lease ran out. */
  async complete(scope: KeyScope, holder: string, status: number, body: unknown): Promise<void> {
    await this.requests.update({ ...scope, holder }, { state: 'completed', responseStatus: status, responseBody: body ?? null });
  }

  /** The request failed: forget the key, so a retry runs for real. */
  async release(scope: KeyScope, holder: string): Promise<void> {
    await this.requests.delete({ ...scope, holder });
  }

  /** Now and then a batch of expired keys (SKIP LOCKED: concurrent purges never wait on each other). */
  private async purgeExpired(): Promise<void> {
    if (Date.now() - this.lastPurgeAt < PURGE_EVERY_MS) return;
    this.lastPurgeAt = Date.now();
    await this.requests
      .createQueryBuilder()
      .delete()
      .where(
        `(user_id, key) IN (
          SELECT user_id, key FROM idempotent_requests
          WHERE expires_at <= now() ORDER BY expires_at LIMIT ${PURGE_BATCH} FOR UPDATE SKIP LOCKED
        )`,
      )
      .execute();
  }

  /**
   * The key for this attempt, in one statement: a new row, or the key's expired row started afresh (an expired key is
   * forgotten, as if never sent). Of two first uses at once exactly one gets it; the other finds its row. A live row is
   * left as it is, and nothing is returned.
   */
  private async claimFresh({ userId, key }: KeyScope, { method, url, bodySha256 }: RequestFingerprint, holder: string): Promise<boolean> {
    const claimed: unknown[] = await this.requests.query(
      `INSERT INTO idempotent_requests AS request
         (user_id, key, method, url, body_sha256, state, holder, locked_until, response_status, response_body, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, 'in-progress', $6, now() + make_interval(secs => $7), NULL, NULL, now(),
               now() + make_interval(secs => $8))
       ON CONFLICT (user_id, key) DO UPDATE SET
         method = excluded.method, url = excluded.url, body_sha256 = excluded.body_sha256, state = excluded.state,
         holder = excluded.holder, locked_until = excluded.locked_until, response_status = NULL, response_body = NULL,
         created_at = excluded.created_at, expires_at = excluded.expires_at
       WHERE request.expires_at <= now()
       RETURNING holder`,
      [userId, key, method, url, bodySha256, holder, LEASE_SECONDS, this.keepForSeconds],
    );
    return claimed.length === 1;
  }

  private async find({ userId, key }: KeyScope): Promise<(IdempotentRequest & { waitMs: number }) | undefined> {
    const { entities, raw } = await this.requests
      .createQueryBuilder('request')
      .addSelect('GREATEST(0, EXTRACT(EPOCH FROM request.locked_until - now()) * 1000)::float8', 'wait_ms')
      .where('request.user_id = :userId AND request.key = :key AND request.expires_at > now()', { userId, key })
      .getRawAndEntities();
    return entities[0] && { ...entities[0], waitMs: (raw[0] as { wait_ms: number }).wait_ms };
  }

  /** Conditional on the lapsed lease it saw: of two retries that both find it lapsed, one takes it. */
  private async takeOver({ userId, key }: KeyScope, lapsedHolder: string, holder: string): Promise<boolean> {
    const { affected } = await this.requests
      .createQueryBuilder()
      .update()
      .set({ holder, lockedUntil: () => 'now() + make_interval(secs => :leaseSeconds)' })
      .where("user_id = :userId AND key = :key AND holder = :lapsedHolder AND state = 'in-progress' AND locked_until <= now()", {
        userId,
        key,
        lapsedHolder,
      })
      .setParameters({ leaseSeconds: LEASE_SECONDS })
      .execute();
    return affected === 1;
  }
}
