import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import type { KeyScope } from './idempotent-requests';

const current = new AsyncLocalStorage<string>();

/**
 * The Temporal update id of the command a request with an Idempotency-Key
 * sends. Temporal runs an update id once per workflow run and answers a
 * second send with the first one's outcome, so a retry whose first answer
 * was lost (a 503, a dropped connection) joins the command that was made
 * instead of being refused as a change already done. Hashed: a user id and a
 * key may hold any printable character, so joined as text two pairs could
 * meet; the hash is fixed in length.
 */
export function commandUpdateId({ userId, key }: KeyScope): string {
  return `idem:${createHash('sha256')
    .update(JSON.stringify([userId, key]))
    .digest('base64url')}`;
}

/** Runs a request's handling with its command's update id, for sendCommand to find. */
export function withCommandUpdateId<T>(updateId: string, handle: () => T): T {
  return current.run(updateId, handle);
}

/** The update id of the request being handled; undefined without an Idempotency-Key (Temporal then draws one). */
export function currentCommandUpdateId(): string | undefined {
  return current.getStore();
}
