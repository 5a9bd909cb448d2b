import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * The Temporal Web UI calls the codec server from the browser, from its own
 * origin: that origin (only) may, and its preflight is answered here, before
 * authentication, as browsers send preflights without credentials.
 */
export function codecCors(uiOrigin: string): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    if (request.headers.origin === uiOrigin) {
      response.setHeader('Access-Control-Allow-Origin', uiOrigin);
      response.setHeader('Access-Control-Allow-Credentials', 'true');
      response.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
      response.setHeader('Access-Control-Allow-Headers', 'Content-Type, X-Namespace, Authorization');
      response.setHeader('Vary', 'Origin');
    }
    if (request.method === 'OPTIONS') {
      response.status(204).end();
      return;
    }
    next();
  };
}
