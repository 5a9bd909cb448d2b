import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { requestIdFrom, withRequestContext } from '../../../../libs/logging/request-context';
import { ApiMetrics } from './api-metrics';
import { requestIdOf } from './request-observation';

/**
 * Around every route's own work: it runs in the request's context, so
 * each command it sends to the engine carries the request's id and its wait
 * for the engine is counted (libs/temporal-connection/request-tracing.ts).
 */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  constructor(private readonly metrics: ApiMetrics) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    // Every request is given its id as it arrives (observeRequests); one made without it (a test's bare app) gets one here.
    const requestId = requestIdOf(request) ?? requestIdFrom(undefined);
    // Nest binds the route's work to the async context handle() is called in.
    return withRequestContext({ requestId, engineCall: (call) => this.metrics.engineCall(call) }, () => next.handle());
  }
}
