import { Global, Module } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { AppConfig } from '../../../../libs/config/app-config';
import { durationMs } from '../../../../libs/domain/duration';
import { EngineGate } from '../../../../libs/temporal-connection/engine-gate';
import { gatedCalls } from '../../../../libs/temporal-connection/gated-calls';
import { TemporalConnectionCloser, temporalClient } from '../../../../libs/temporal-connection/temporal-client.module';

/** The API's Temporal client: its calls that wait on the engine pass one gate per process, sized by the configuration. */
@Global()
@Module({
  providers: [
    {
      provide: EngineGate,
      inject: [AppConfig],
      useFactory: ({ api }: AppConfig) =>
        new EngineGate({
          maxInFlight: api.engineMaxInFlight,
          maxQueued: api.engineMaxQueued,
          queueWaitMs: durationMs(api.engineQueueWait),
          retryAfterSeconds: api.engineRetryAfterSeconds,
        }),
    },
    {
      provide: Client,
      inject: [AppConfig, EngineGate],
      useFactory: (config: AppConfig, gate: EngineGate) => temporalClient(config, [gatedCalls(gate)]),
    },
    TemporalConnectionCloser,
  ],
  exports: [Client, EngineGate],
})
export class EngineClientModule {}
