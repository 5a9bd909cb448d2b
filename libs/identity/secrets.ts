import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes as base64url: a cookie value, a sign-in link's token, an API token's secret. */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored instead of a secret: a copy of the table then opens nothing. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Compares two strings without leaking, through timing, how much of them matched. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Where to go after sign-in: only a path on this site. "//evil.example" and
 * "/\evil.example" are read by browsers as another host, so they fall back to "/".
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== 'string' || next.length > 300 || [...next].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f))
    return '/';
  return /^\/(?![/\\])[^\s\\]*$/.test(next) ? next : '/';
}

/** A sign-in address as compared and counted: trimmed, lower case. */
export function normalEmail(email: string): string {
  return email.trim().toLowerCase();
}
