import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A development secret, made once per checkout and kept in .data so what `up`
 * signed or encrypted stays readable across restarts: the JWT secret (tokens
 * it prints), the payload key (workflows it ran). Real deployments set
 * MENTORFLOW_JWT_SECRET and MENTORFLOW_PAYLOAD_KEYS instead; nothing secret is
 * ever committed.
 */
export function devSecret(file: string, make: () => string = () => randomBytes(32).toString('hex')): string {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, make(), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}
