import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection, type WorkflowClientInterceptor } from '@temporalio/client';
import { AppConfig } from '../config/app-config';
import { temporalConnectionOptions, temporalDataConverter } from './connection-options';
import { requestTracing } from './request-tracing';

/**
 * A Temporal client. `Connection.lazy` lets the API start (and answer
 * health checks) while Temporal is still coming up or briefly away; every
 * command carries the id of the request that sent it (request-tracing.ts).
 */
export function temporalClient(config: AppConfig, interceptors: WorkflowClientInterceptor[] = []): Client {
  return new Client({
    connection: Connection.lazy(temporalConnectionOptions(config.temporal)),
    namespace: config.temporal.namespace,
    dataConverter: temporalDataConverter(config.temporal),
    interceptors: { workflow: [requestTracing(), ...interceptors] },
  });
}

@Injectable()
export class TemporalConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(Client) private readonly client: Client) {}
  async onApplicationShutdown(): Promise<void> {
    await this.client.connection.close();
  }
}

/** The worker's client, for activities that command other workflows; the API's passes a gate (apps/api/src/engine). */
@Global()
@Module({
  providers: [
    { provide: Client, inject: [AppConfig], useFactory: (config: AppConfig) => temporalClient(config) },
    TemporalConnectionCloser,
  ],
  exports: [Client],
})
export class TemporalClientModule {}
