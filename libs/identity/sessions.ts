import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { durationMs } from '../domain/duration';
import { Session } from '../persistence/entities/identity.entities';
import { randomSecret, sha256Hex } from './secrets';

/** Last-seen is written at most this often per session: a busy page does not write a row per request. */
const TOUCH_EVERY = "interval '1 minute'";

export interface NewSession {
  /** The cookie's value: given to the browser once, never stored. */
  cookieValue: string;
  expiresAt: Date;
}

/** Server-side sessions in PostgreSQL, each ended by idleness, by age, by signing out or by archiving its person. */
@Injectable()
export class Sessions {
  private readonly idleMs: number;
  private readonly maxMs: number;

  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    config: AppConfig,
  ) {
    this.idleMs = durationMs(config.identity.sessionIdle);
    this.maxMs = durationMs(config.identity.sessionMax);
  }

  async start(subjectId: string, method: Session['method'], userAgent: string): Promise<NewSession> {
    const cookieValue = randomSecret();
    const now = Date.now();
    const expiresAt = new Date(now + this.maxMs);
    await this.sessions.insert({
      id: sha256Hex(cookieValue),
      subjectId,
      method,
      lastSeenAt: new Date(now),
      idleExpiresAt: new Date(Math.min(now + this.idleMs, expiresAt.getTime())),
      expiresAt,
      userAgent: userAgent.slice(0, 300),
    });
    return { cookieValue, expiresAt };
  }

  /** The subject of a live session, its idle expiry pushed on (at most once a minute); undefined for anything else. */
  async subjectOf(cookieValue: string): Promise<string | undefined> {
    const id = sha256Hex(cookieValue);
    const [live] = await this.sessions.query(
      `SELECT subject_id FROM sessions WHERE id = $1 AND idle_expires_at > now() AND expires_at > now()`,
      [id],
    );
    if (!live) return undefined;
    await this.sessions.query(
      `UPDATE sessions SET last_seen_at = now(), idle_expires_at = LEAST(expires_at, now() + $2 * interval '1 millisecond')
       WHERE id = $1 AND last_seen_at < now() - ${TOUCH_EVERY}`,
      [id, this.idleMs],
    );
    return live.subject_id;
  }

  async end(cookieValue: string): Promise<void> {
    await this.sessions.delete({ id: sha256Hex(cookieValue) });
  }

  /** Ends every session of the subject; answers how many. */
  async endAll(subjectId: string): Promise<number> {
    const { affected } = await this.sessions.delete({ subjectId });
    return affected ?? 0;
  }
}
