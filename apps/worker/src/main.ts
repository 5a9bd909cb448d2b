import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '../../../libs/config/load-config';
import { createLogger, JsonNestLogger } from '../../../libs/logging/logger';
import { installTemporalRuntime } from '../../../libs/logging/temporal-runtime';
import { serveWorkerHealth, WorkerHealth } from './worker-health';
import { WorkerModule } from './worker.module';

// Stack traces of this thread (activities, Nest) point into our TypeScript. Only this thread's, not a --enable-source-maps
// flag: the workflow threads would inherit it, and there Node scans each function the SDK's promise hook compiles (one per
// workflow promise) for a source map, a fifth of the worker's CPU when evicted courses replay. Workflow stack traces are
// mapped by the SDK from the bundle's own source map.
process.setSourceMapsEnabled(true);

async function main(): Promise<void> {
  const config = loadConfig();
  const { workerMetricsAddress, workerHealthAddress } = config.observability;
  const logger = createLogger('worker', config.logLevel);
  installTemporalRuntime(logger, { metricsAddress: workerMetricsAddress || undefined });
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: new JsonNestLogger(logger) });
  app.enableShutdownHooks();
  // Once the worker polls, so a probe never sees a worker that has not started as one that stopped.
  if (workerHealthAddress) await serveWorkerHealth(app.get(WorkerHealth), workerHealthAddress);
  logger.info({ metrics: workerMetricsAddress || 'off', health: workerHealthAddress || 'off' }, 'worker observable');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
