import type { CookieOptions, Request, Response } from 'express';
import { sameSecret, sha256Hex } from '../../../../libs/identity/secrets';

export const SESSION_COOKIE = 'mentorflow_session';

/** Secure everywhere but a developer's own machine over plain http. */
export function cookieOptions(publicUrl: string, expires?: Date): CookieOptions {
  const local = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/|$)/.test(publicUrl);
  return { httpOnly: true, sameSite: 'lax', secure: !local, path: '/', expires };
}

export function sessionCookieOf(request: Request): string | undefined {
  const value = (request.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  return typeof value === 'string' && value.length > 0 && value.length <= 100 ? value : undefined;
}

export function setSessionCookie(response: Response, publicUrl: string, value: string, expires: Date): void {
  response.cookie(SESSION_COOKIE, value, cookieOptions(publicUrl, expires));
}

export function clearSessionCookie(response: Response, publicUrl: string): void {
  response.clearCookie(SESSION_COOKIE, cookieOptions(publicUrl));
}

/**
 * The session's CSRF token, derived from its cookie value: a page of this
 * site reads it from GET /session and sends it back as X-CSRF-Token, which a
 * cross-site form cannot do. Knowing it does not reveal the cookie.
 */
export function csrfTokenOf(cookieValue: string): string {
  return Buffer.from(sha256Hex(`csrf:${cookieValue}`), 'hex').toString('base64url');
}

export function csrfTokenMatches(cookieValue: string, given: unknown): boolean {
  return typeof given === 'string' && sameSecret(given, csrfTokenOf(cookieValue));
}
