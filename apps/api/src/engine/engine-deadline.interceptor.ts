import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { from, lastValueFrom, Observable } from 'rxjs';
import { AppConfig } from '../../../../libs/config/app-config';
import { durationMs } from '../../../../libs/domain/duration';

/**
 * Bounds how long one request waits for the workflow engine. Without a
 * deadline, a command sent while no worker polls (a deploy, a crash) or while
 * an activity waits for the database would hold its HTTP request open until
 * the engine answers; with it the caller gets a 503 after `api.engineWait` and
 * retries with the same ids, which every command accepts. Every Temporal call
 * the route makes inherits the deadline (the connection keeps it per request).
 */
@Injectable()
export class EngineDeadlineInterceptor implements NestInterceptor {
  private readonly waitMs: number;

  constructor(
    private readonly client: Client,
    config: AppConfig,
  ) {
    this.waitMs = durationMs(config.api.engineWait);
  }

  intercept(_: ExecutionContext, next: CallHandler): Observable<unknown> {
    return from(this.client.withDeadline(Date.now() + this.waitMs, () => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }
}
