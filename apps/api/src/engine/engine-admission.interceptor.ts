import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { from, lastValueFrom, Observable } from 'rxjs';
import { EngineGate } from '../../../../libs/temporal-connection/engine-gate';

/**
 * Makes each request one caller at the engine gate. A route seen to call the
 * engine takes its place first thing, before its Idempotency-Key is claimed
 * or any row is read or stored, so a request turned away (503 engine-busy)
 * costs next to nothing and leaves nothing behind. Any other takes its place
 * at its first call to the engine, if it makes one (and its route is known
 * from then on); every later call of the request shares the place, until the
 * request ends. A request that never calls the engine never meets the gate.
 */
@Injectable()
export class EngineAdmissionInterceptor implements NestInterceptor {
  /** Route handlers seen calling the engine in this process. */
  private readonly callingEngine = new WeakSet<object>();

  constructor(private readonly gate: EngineGate) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const route = context.getHandler();
    const handle = () => lastValueFrom(next.handle(), { defaultValue: undefined });
    if (!this.callingEngine.has(route)) {
      return from(this.gate.forRequest(handle, { onEngineCall: () => this.callingEngine.add(route) }));
    }
    return from(this.gate.take().then((taken) => this.gate.forRequest(handle, { taken })));
  }
}
