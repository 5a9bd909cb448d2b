import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { codedBody } from '../../../../libs/validation/coded-exceptions';
import { noteErrorCode } from '../observability/request-observation';

const WINDOW_MS = 60_000;

/**
 * A fixed one-minute window per client address: past the limit, a 429 that
 * says when to try again (Retry-After), so a runaway script or a guessing
 * attack cannot wear down the engine. Health checks are never limited. Each
 * API process counts its own clients; behind a load balancer set
 * MENTORFLOW_TRUST_PROXY so the address is the client's, not the balancer's.
 */
export function rateLimit(requestsPerMinute: number, now: () => number = Date.now): RequestHandler {
  let windowStart = now();
  let counts = new Map<string, number>();
  return (request: Request, response: Response, next: NextFunction) => {
    if (request.path.startsWith('/health')) return next();
    const time = now();
    if (time - windowStart >= WINDOW_MS) {
      // A new window forgets every client: memory stays bounded by one minute's clients.
      windowStart = time - ((time - windowStart) % WINDOW_MS);
      counts = new Map();
    }
    const client = request.ip ?? request.socket.remoteAddress ?? 'unknown';
    const count = (counts.get(client) ?? 0) + 1;
    counts.set(client, count);
    const resetSeconds = Math.ceil((windowStart + WINDOW_MS - time) / 1000);
    response.setHeader('RateLimit-Limit', String(requestsPerMinute));
    response.setHeader('RateLimit-Remaining', String(Math.max(0, requestsPerMinute - count)));
    response.setHeader('RateLimit-Reset', String(resetSeconds));
    if (count <= requestsPerMinute) return next();
    response.setHeader('Retry-After', String(resetSeconds));
    noteErrorCode(response, 'rate-limited');
    response.status(429).json({
      statusCode: 429,
      error: 'Too Many Requests',
      ...codedBody('rate-limited', { limit: requestsPerMinute, retryAfterSeconds: resetSeconds }),
    });
  };
}
