import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { sessionCookieOf } from '../identity/session-cookie';
import { CONSOLE_POLICY } from '../security/security-headers';
import { isConsolePage, isYoungPersonPage } from './console-routes';

/** A browser opening a page, as against a program (or the console's own fetch) asking for JSON. */
export function wantsPage(request: Request): boolean {
  if (request.headers['sec-fetch-mode'] === 'navigate') return true;
  return request.accepts(['json', 'html']) === 'html';
}

/**
 * The built console from `/`: its hashed assets kept by browsers for a year, index.html never kept (it names the assets of the
 * build being served). A browser's navigation to one of its pages gets index.html; anything else at that address (the console's
 * fetches, a program) goes on to the API. Without a session cookie the navigation signs in first and comes back.
 * Without a build (the API's own tests) nothing is served here.
 */
export function serveConsole(consoleDir: string): Router {
  const dir = resolve(consoleDir);
  const index = join(dir, 'index.html');
  const built = (_request: Request, _response: Response, next: NextFunction) => (existsSync(index) ? next() : next('router'));
  const router = express.Router();
  // An asset that is not there goes on to the API's JSON 404.
  router.use(
    '/assets',
    built,
    express.static(join(dir, 'assets'), {
      index: false,
      cacheControl: false,
      setHeaders: (response) => response.setHeader('Cache-Control', 'public, max-age=31536000, immutable'),
    }),
  );
  // The young person's own page needs no account: its small entry of its own, whose token the page itself reads and hides.
  router.use(built, (request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !isYoungPersonPage(request.path) || !wantsPage(request)) return next();
    response.setHeader('Content-Security-Policy', CONSOLE_POLICY);
    response.setHeader('Cache-Control', 'no-store');
    response.sendFile(join(dir, 'young-person.html'));
  });
  router.use(built, (request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !isConsolePage(request.path)) return next();
    // The same address answers a page or JSON by these headers: a cache must keep them apart.
    response.vary('Accept');
    response.vary('Sec-Fetch-Mode');
    if (!wantsPage(request)) return next();
    if (!sessionCookieOf(request)) return response.redirect(303, `/sign-in?next=${encodeURIComponent(request.originalUrl)}`);
    response.setHeader('Content-Security-Policy', CONSOLE_POLICY);
    response.setHeader('Cache-Control', 'no-store');
    response.sendFile(index);
  });
  return router;
}
