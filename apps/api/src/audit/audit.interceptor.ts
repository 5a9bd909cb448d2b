import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor, ServiceUnavailableException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { concatMap, from, Observable, switchMap } from 'rxjs';
import { toHttpError } from '../errors/http-error';
import { AuditTrail } from './audit-trail';
import { coded } from '../../../../libs/validation/coded-exceptions';

/**
 * Writes each request's trace before its route acts, so nothing is read or
 * changed without one: when the trace cannot be written the request does
 * nothing and is answered 503. The status is added once the route answered;
 * refusals and failures get theirs from the exception filter.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger('AuditInterceptor');

  constructor(private readonly trail: AuditTrail) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    return from(this.begin(request)).pipe(
      switchMap(() => next.handle()),
      concatMap(async (body) => {
        try {
          await this.trail.record(request, http.getResponse<Response>().statusCode);
        } catch (error) {
          // Done, and its trace is there (without its status): the answer stands, so a client does not retry what happened.
          this.logger.error({ message: 'audit status not written', error: String(error) });
        }
        return body;
      }),
    );
  }

  private async begin(request: Request): Promise<void> {
    try {
      await this.trail.begin(request);
    } catch (error) {
      // The database being away says so, like any other route; anything else refusing the row is the log's own fault.
      if (toHttpError(error).statusCode === 503) throw error;
      throw coded(ServiceUnavailableException, 'audit-unavailable');
    }
  }
}
