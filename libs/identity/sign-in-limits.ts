import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export const LIMIT_WINDOW_MINUTES = 15;

export interface LimitCount {
  /** Requests in the window, this one included. */
  count: number;
  /** Seconds until the oldest of them leaves the window. */
  retryAfterSeconds: number;
}

/**
 * Requests for sign-in links counted in PostgreSQL per bucket (an address's
 * hash, a client IP), over a sliding quarter of an hour, so every API process
 * counts the same. Each count also forgets the bucket's old requests.
 */
@Injectable()
export class SignInLimits {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async count(bucket: string): Promise<LimitCount> {
    const window = `interval '${LIMIT_WINDOW_MINUTES} minutes'`;
    await this.dataSource.query(`DELETE FROM sign_in_requests WHERE bucket = $1 AND at <= now() - ${window}`, [bucket]);
    await this.dataSource.query(`INSERT INTO sign_in_requests (bucket) VALUES ($1)`, [bucket]);
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS count, GREATEST(1, ceil(extract(epoch FROM (min(at) + ${window} - now()))))::int AS retry
       FROM sign_in_requests WHERE bucket = $1 AND at > now() - ${window}`,
      [bucket],
    );
    return { count: row.count, retryAfterSeconds: row.retry };
  }
}
