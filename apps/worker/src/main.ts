import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '../../../libs/config/load-config';
import { createLogger, JsonNestLogger } from '../../../libs/logging/logger';
import { installTemporalRuntimeLogger } from '../../../libs/logging/temporal-runtime-logger';
import { WorkerModule } from './worker.module';

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
