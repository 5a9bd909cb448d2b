import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { Principal } from '../../../../libs/auth/roles';
import { requestIdFrom } from '../../../../libs/logging/request-context';
import type { ShedReason } from '../load-shedding/shed-load';
import type { AnsweredRequest } from './api-metrics';

export const REQUEST_ID_HEADER = 'X-Request-Id';
/** The route label of a request no declared route answered: a console page or asset, the API's docs, a 404, a rate-limited request. */
export const UNROUTED = '(unrouted)';
/** nginx's word for a request whose client went away before its answer was sent. */
const CLIENT_CLOSED = 499;

const requestIds = new WeakMap<Request, string>();
const errorCodes = new WeakMap<Response, { code: string; shed?: ShedReason }>();

/** The id the request was given as it arrived. */
export function requestIdOf(request: Request): string | undefined {
  return requestIds.get(request);
}

/**
 * Says which error code an answer gives, for its access-log line and the error counter (the body is not read back), and
 * why it was shed when the first middleware refused it before reading it (shed-load.ts).
 */
export function noteErrorCode(response: Response, code: string, shed?: ShedReason): void {
  errorCodes.set(response, { code, shed });
}

/**
 * The first thing every request meets: it gets its id (a valid X-Request-Id
 * it brought, else a new one), answered in the same header; once its answer
 * is sent (or its client has gone), it is counted and logged in one JSON
 * line: method, declared route, status, milliseconds, request id, how the
 * caller signed in and her roles, and the error code. Never the path or the
 * query, which hold ids and tokens, nor anything the caller sent.
 */
export function observeRequests(record: (answered: AnsweredRequest) => void, logger: Logger): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdFrom(request.headers['x-request-id']);
    requestIds.set(request, requestId);
    response.setHeader(REQUEST_ID_HEADER, requestId);
    response.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const answered: AnsweredRequest = {
        method: request.method,
        route: (request.route?.path as string | undefined) ?? UNROUTED,
        status: response.writableFinished ? response.statusCode : CLIENT_CLOSED,
        seconds,
        ...errorCodes.get(response),
      };
      record(answered);
      const user = (request as Request & { user?: Principal }).user;
      logger.info(
        {
          requestId,
          method: answered.method,
          route: answered.route,
          status: answered.status,
          ms: Math.round(seconds * 1000),
          actor: user?.via ?? 'anonymous',
          roles: user?.roles ?? [],
          ...(answered.code ? { code: answered.code } : {}),
          ...(answered.shed ? { shed: answered.shed } : {}),
        },
        'request',
      );
    });
    next();
  };
}
