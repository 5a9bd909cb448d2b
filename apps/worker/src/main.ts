import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '../../../libs/config/load-config';
import { createLogger, JsonNestLogger } from '../../../libs/logging/logger';
import { installTemporalRuntimeLogger } from '../../../libs/logging/temporal-runtime-logger';
import { WorkerModule } from './worker.module';

// Stack traces of this thread (activities, Nest) point into our TypeScript. Only this thread's, not a --enable-source-maps
// flag: the workflow threads would inherit it, and there Node scans each function the SDK's promise hook compiles (one per
// workflow promise) for a source map, a fifth of the worker's CPU when evicted courses replay. Workflow stack traces are
// mapped by the SDK from the bundle's own source map.
process.setSourceMapsEnabled(true);

async function main(): Promise<void> {
  const logger = createLogger('worker', loadConfig().logLevel);
  installTemporalRuntimeLogger(logger);
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: new JsonNestLogger(logger) });
  app.enableShutdownHooks();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
