import type { NextFunction, Request, Response } from 'express';

/** The API answers JSON (and a chart) to programs, never pages to frame or scripts to run. */
const API_HEADERS: Record<string, string> = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  // Answers carry personal data: no browser or proxy may keep a copy.
  'Cache-Control': 'no-store',
};

/** The OpenAPI page runs Swagger UI's own scripts and styles, from this origin only. */
const DOCS_POLICY =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

/**
 * The console (apps/console, built by Vite): its scripts, styles, fonts and images from this origin only, no inline script or
 * style, its fetches to this API, nothing framing it.
 */
export const CONSOLE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function securityHeaders(request: Request, response: Response, next: NextFunction): void {
  for (const [name, value] of Object.entries(API_HEADERS)) response.setHeader(name, value);
  if (request.path === '/docs' || request.path.startsWith('/docs/')) response.setHeader('Content-Security-Policy', DOCS_POLICY);
  next();
}
