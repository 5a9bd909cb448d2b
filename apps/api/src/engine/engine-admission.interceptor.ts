import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { from, lastValueFrom, Observable } from 'rxjs';
import { EngineGate } from '../../../../libs/temporal-connection/engine-gate';

/**
 * Makes each request one caller at the engine gate: its first call to the
 * engine takes a place (or is turned away, 503 engine-busy, before anything
 * is sent) and every later call of the request shares it, until the request
 * ends. A request that never calls the engine never meets the gate.
 */
@Injectable()
export class EngineAdmissionInterceptor implements NestInterceptor {
  constructor(private readonly gate: EngineGate) {}

  intercept(_: ExecutionContext, next: CallHandler): Observable<unknown> {
    return from(this.gate.forRequest(() => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }
}
