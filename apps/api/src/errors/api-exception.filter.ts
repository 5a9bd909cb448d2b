import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuditTrail } from '../audit/audit-trail';
import { SignInRequired } from '../auth/sign-in-required';
import { noteErrorCode } from '../observability/request-observation';
import { HttpErrorBody, toHttpError } from './http-error';

/**
 * Every error as one body (see http-error.ts), logged to the audit trail before it is answered: a refusal is a trace too.
 * A request turned away at the engine gate (engine-busy) is load being shed, not a failure: it is answered first, then
 * traced, and gets no log line, as waiting on the database or logging a stack for each would add work when there is too much.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  constructor(private readonly trail: AuditTrail) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const body = toHttpError(exception);
    const shed = body.code === 'engine-busy';
    if (body.statusCode >= HttpStatus.INTERNAL_SERVER_ERROR && !shed) {
      this.logger.error({
        message: 'request failed',
        status: body.statusCode,
        error: String(exception),
        stack: (exception as Error)?.stack,
      });
    }
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    noteErrorCode(response, body.code);
    if (shed) {
      answer(response, body.statusCode, body);
      return this.trace(request, body.statusCode);
    }
    // A browser opening a page (a link in a mail) without a session signs in first and lands on that page.
    const signInFirst = exception instanceof SignInRequired && request.method === 'GET' && request.accepts(['json', 'html']) === 'html';
    const status = signInFirst ? HttpStatus.SEE_OTHER : body.statusCode;
    await this.trace(request, status);
    if (signInFirst) return response.redirect(status, `/sign-in?next=${encodeURIComponent(request.originalUrl)}`);
    answer(response, status, body);
  }

  private async trace(request: Request, status: number): Promise<void> {
    try {
      await this.trail.record(request, status);
    } catch (error) {
      // The database being away is often why the request failed: answer anyway, and say the trace is missing.
      this.logger.error({ message: 'audit entry not written', status, error: String(error) });
    }
  }
}

/** Sends an error body; shed-load.ts answers its early refusals through this too, so they are the same answer. */
export function answer(response: Response, status: number, body: HttpErrorBody): void {
  // A refusal that says when to come back (the engine gate's) says it where clients and proxies look, too.
  const retryAfter = body.params?.retryAfterSeconds;
  if (typeof retryAfter === 'number' && !response.hasHeader('Retry-After')) response.setHeader('Retry-After', String(retryAfter));
  response.status(status).json(body);
}
