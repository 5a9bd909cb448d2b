import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { InstrumentId } from '../domain/instruments';
import type { YoungPersonLinkPurpose } from '../persistence/entities';

/** What the engine asks a young person through a link. */
export type LinkAsk =
  | { purpose: 'consent'; mentorshipId: string }
  | { purpose: 'measurement'; mentorshipId: string; instrument: InstrumentId; duePoint: string };

/** A link as its routes read it: never its token or its hash. */
export interface LinkRow {
  id: string;
  mentorshipId: string;
  purpose: YoungPersonLinkPurpose;
  instrument: InstrumentId | null;
  duePoint: string | null;
  expiresAt: Date;
  usedAt: Date | null;
}

/** The one answer a token gets that opens nothing: unknown, expired or used, as the routes tell apart (404 / 410). */
export type LinkLookup = { found: LinkRow } | { refused: 'unknown' | 'expired' | 'used' };

/** A token is 32 random bytes as base64url: 43 characters. */
export const LINK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * The young person's links in PostgreSQL. A token is looked up by its
 * SHA-256 through a unique index, so a guess costs the same whatever it
 * resembles and a copy of the table opens nothing. The token is made only
 * when its mail is sent: a mail held for the quiet hours holds no secret.
 */
@Injectable()
export class YoungPersonLinks {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records what is asked, once per key; answers the link's id. */
  async prepare(askKey: string, ask: LinkAsk, validForSeconds: number): Promise<string> {
    const measurement = ask.purpose === 'measurement' ? ask : undefined;
    await this.dataSource.query(
      `INSERT INTO young_person_links (ask_key, mentorship_id, purpose, instrument, due_point, valid_for_seconds)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (ask_key) DO NOTHING`,
      [askKey, ask.mentorshipId, ask.purpose, measurement?.instrument ?? null, measurement?.duePoint ?? null, validForSeconds],
    );
    const [row] = await this.dataSource.query(`SELECT id FROM young_person_links WHERE ask_key = $1`, [askKey]);
    return row.id;
  }

  /**
   * A new token for the link its mail is about to carry, working for the
   * policy's time from now; any earlier token of it stops working. None for
   * a link already used (its mail is then not sent).
   */
  async mint(askKey: string): Promise<string | undefined> {
    const token = randomBytes(32).toString('base64url');
    const [rows] = await this.dataSource.query(
      `UPDATE young_person_links SET token_hash = $2, expires_at = now() + make_interval(secs => valid_for_seconds)
       WHERE ask_key = $1 AND used_at IS NULL RETURNING id`,
      [askKey, tokenHash(token)],
    );
    return rows.length > 0 ? token : undefined;
  }

  async lookup(token: string): Promise<LinkLookup> {
    if (!LINK_TOKEN_PATTERN.test(token)) return { refused: 'unknown' };
    const [row] = await this.dataSource.query(
      `SELECT id, mentorship_id, purpose, instrument, due_point, expires_at, used_at, expires_at <= now() AS expired
       FROM young_person_links WHERE token_hash = $1`,
      [tokenHash(token)],
    );
    if (!row) return { refused: 'unknown' };
    if (row.used_at) return { refused: 'used' };
    if (row.expired) return { refused: 'expired' };
    return {
      found: {
        id: row.id,
        mentorshipId: row.mentorship_id,
        purpose: row.purpose,
        instrument: row.instrument,
        duePoint: row.due_point,
        expiresAt: row.expires_at,
        usedAt: null,
      },
    };
  }

  /** Uses the link up in one statement, so two answers racing cannot both count; false when another got there first or it expired. */
  async claim(linkId: string): Promise<boolean> {
    const [rows] = await this.dataSource.query(
      `UPDATE young_person_links SET used_at = now() WHERE id = $1 AND used_at IS NULL AND expires_at > now() RETURNING id`,
      [linkId],
    );
    return rows.length > 0;
  }

  /** Undoes claim() when the course refused what the link brought, so she can try again while the link lasts. */
  async release(linkId: string): Promise<void> {
    await this.dataSource.query(`UPDATE young_person_links SET used_at = NULL WHERE id = $1`, [linkId]);
  }
}
