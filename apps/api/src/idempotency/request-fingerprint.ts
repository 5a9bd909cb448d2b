import { createHash } from 'node:crypto';

/** What makes two requests "the same request" for an Idempotency-Key. */
export interface RequestFingerprint {
  method: string;
  /** Path and query, as the client sent them. */
  url: string;
  /** sha256 (hex) of the JSON body, its keys in sorted order. */
  bodySha256: string;
}

export function requestFingerprint(method: string, url: string, body: unknown): RequestFingerprint {
  return { method: method.toUpperCase(), url, bodySha256: createHash('sha256').update(canonicalJson(body)).digest('hex') };
}

export function sameRequest(a: RequestFingerprint, b: RequestFingerprint): boolean {
  return a.method === b.method && a.url === b.url && a.bodySha256 === b.bodySha256;
}

/**
 * JSON with every object's keys sorted: a client that retries through a
 * serializer that reorders keys still sends the same request. No body at
 * all counts as null.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_, nested: unknown) =>
    nested !== null && typeof nested === 'object' && !Array.isArray(nested)
      ? Object.fromEntries(Object.entries(nested).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : nested,
  );
}
