import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

/** A feed as its owner sees it: never its token. */
export interface FeedState {
  id: string;
  createdAt: Date;
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Mentors' calendar feeds: at most one works per mentor. Making one revokes
 * the one before (rotation), so a leaked URL is ended by making a new one.
 * Only the token's SHA-256 is kept, looked up through a unique index.
 */
@Injectable()
export class CalendarFeeds {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A new feed for her, the old one revoked in the same transaction; the token is answered this once. */
  async issue(mentorId: string): Promise<FeedState & { token: string }> {
    const token = randomBytes(32).toString('base64url');
    return this.dataSource.transaction(async (tx) => {
      await tx.query(`UPDATE calendar_feeds SET revoked_at = now() WHERE mentor_id = $1 AND revoked_at IS NULL`, [mentorId]);
      const [row] = await tx.query(`INSERT INTO calendar_feeds (mentor_id, token_hash) VALUES ($1, $2) RETURNING id, created_at`, [
        mentorId,
        tokenHash(token),
      ]);
      return { id: row.id, createdAt: row.created_at, token };
    });
  }

  /** Her working feed, if any. */
  async current(mentorId: string): Promise<FeedState | undefined> {
    const [row] = await this.dataSource.query(`SELECT id, created_at FROM calendar_feeds WHERE mentor_id = $1 AND revoked_at IS NULL`, [
      mentorId,
    ]);
    return row ? { id: row.id, createdAt: row.created_at } : undefined;
  }

  /** Ends her feed; false when she had none working. */
  async revoke(mentorId: string): Promise<boolean> {
    const [rows] = await this.dataSource.query(
      `UPDATE calendar_feeds SET revoked_at = now() WHERE mentor_id = $1 AND revoked_at IS NULL RETURNING id`,
      [mentorId],
    );
    return rows.length > 0;
  }

  /** The mentor a working feed's token belongs to; none for a token unknown or revoked, or a mentor archived since. */
  async mentorOf(token: string): Promise<string | undefined> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
    const [row] = await this.dataSource.query(
      `SELECT f.mentor_id FROM calendar_feeds f JOIN mentors m ON m.id = f.mentor_id
        WHERE f.token_hash = $1 AND f.revoked_at IS NULL AND m.archived_at IS NULL`,
      [tokenHash(token)],
    );
    return row?.mentor_id;
  }
}
