import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { concatMap, Observable } from 'rxjs';
import { AuditTrail } from './audit-trail';

/** Logs each request that succeeded before its answer is sent; refusals and failures are logged by the exception filter. */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(private readonly trail: AuditTrail) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    return next.handle().pipe(
      concatMap(async (body) => {
        await this.trail.record(http.getRequest<Request>(), http.getResponse<Response>().statusCode);
        return body;
      }),
    );
  }
}
