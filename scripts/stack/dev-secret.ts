import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A development JWT secret, made once per checkout and kept in .data so tokens
 * printed by `up` stay valid across restarts. Real deployments set
 * MENTORFLOW_JWT_SECRET instead; nothing secret is ever committed.
 */
export function devJwtSecret(file: string): string {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}
