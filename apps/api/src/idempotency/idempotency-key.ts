import type { IncomingHttpHeaders } from 'node:http';
import { invalidInput } from '../../../../libs/validation/coded-exceptions';
import { problemAt } from '../../../../libs/validation/problems';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/** Set on an answer given again for a retried key, not made afresh. */
export const REPLAYED_HEADER = 'Idempotent-Replayed';

/** The methods that change something: only these honour the header; a read needs no key to be repeated safely. */
export const KEYED_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;

const KEY = /^[\x21-\x7e]{8,100}$/;

/**
 * The request's Idempotency-Key, undefined when it sent none; a 400 naming
 * the header when it is not a usable key (a key too short to be unique, or
 * one a log line or a URL would mangle).
 */
export function readIdempotencyKey(headers: IncomingHttpHeaders): string | undefined {
  const value: unknown = headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !KEY.test(value)) {
    throw invalidInput([problemAt(IDEMPOTENCY_KEY_HEADER, 'idempotency-key-malformed')]);
  }
  return value;
}

export function isKeyedMethod(method: string): boolean {
  return (KEYED_METHODS as readonly string[]).includes(method.toUpperCase());
}
