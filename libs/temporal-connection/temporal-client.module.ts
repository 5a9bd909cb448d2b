import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { AppConfig } from '../config/app-config';
import { temporalConnectionOptions, temporalDataConverter } from './connection-options';
import { requestTracing } from './request-tracing';

/**
 * The API's Temporal client. `Connection.lazy` lets the API start (and answer
 * health checks) while Temporal is still coming up or briefly away; every
 * command carries the id of the request that sent it (request-tracing.ts).
 */
@Injectable()
class TemporalConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(Client) private readonly client: Client) {}
  async onApplicationShutdown(): Promise<void> {
    await this.client.connection.close();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: Client,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        new Client({
          connection: Connection.lazy(temporalConnectionOptions(config.temporal)),
          namespace: config.temporal.namespace,
          dataConverter: temporalDataConverter(config.temporal),
          interceptors: { workflow: [requestTracing()] },
        }),
    },
    TemporalConnectionCloser,
  ],
  exports: [Client],
})
export class TemporalClientModule {}
