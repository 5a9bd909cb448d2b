import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SIGN_IN_LINK_MINUTES } from '../auth/sign-in-link';
import { randomSecret, sha256Hex } from './secrets';

export interface IssuedLink {
  id: string;
  /** Goes into the mail only; the table keeps its SHA-256. */
  token: string;
}

/**
 * One-time sign-in links: made for a known person, used once, within a
 * quarter of an hour. Opening one only looks at it; the page it opens posts
 * it back to be used, so a mail scanner that opens every link uses none up.
 */
@Injectable()
export class SignInLinks {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async issue(subjectId: string, nextPath: string): Promise<IssuedLink> {
    const token = randomSecret();
    const [row] = await this.dataSource.query(
      `INSERT INTO sign_in_tokens (token_hash, subject_id, next_path, expires_at)
       VALUES ($1, $2, $3, now() + interval '${SIGN_IN_LINK_MINUTES} minutes') RETURNING id`,
      [sha256Hex(token), subjectId, nextPath],
    );
    return { id: row.id, token };
  }

  /**
   * Whose the link is, while it can still be used, without using it up: what
   * opening the link (a GET, which mail scanners make too) may learn.
   */
  async peek(token: string): Promise<{ subjectId: string } | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT subject_id FROM sign_in_tokens WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()`,
      [sha256Hex(token)],
    );
    return row ? { subjectId: row.subject_id } : undefined;
  }

  /** Uses the link up in one statement, so two clicks racing cannot both sign in; undefined when used, expired or unknown. */
  async consume(token: string): Promise<{ subjectId: string; nextPath: string } | undefined> {
    const [rows] = await this.dataSource.query(
      `UPDATE sign_in_tokens SET used_at = now()
       WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING subject_id, next_path`,
      [sha256Hex(token)],
    );
    const row = rows?.[0];
    return row ? { subjectId: row.subject_id, nextPath: row.next_path } : undefined;
  }
}
