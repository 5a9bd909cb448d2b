import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * The Temporal Web UI calls the codec server from the browser, from its own
 * origin: that origin (only) may, and its preflight is answered here, before
 * authentication, as browsers send preflights without credentials. With
 * passAccessToken the UI sends its operator's access token, and her ID token in Authorization-Extras (unused here).
 */
export function codecCors(uiOrigin: string): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    if (request.headers.origin === uiOrigin) {
      response.setHeader('Access-Control-Allow-Origin', uiOrigin);
      response.setHeader('Access-Control-Allow-Credentials', 'true');
      response.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
      response.setHeader('Access-Control-Allow-Headers', 'Content-Type, X-Namespace, Authorization, Authorization-Extras');
      response.setHeader('Vary', 'Origin');
    }
    if (request.method === 'OPTIONS') {
      response.status(204).end();
      return;
    }
    next();
  };
}
