import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DefaultLogger, LogLevel, Runtime } from '@temporalio/worker';
import { createLogger, JsonNestLogger } from '../../../libs/logging/logger';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const logger = createLogger('worker');
  // Workflow and activity logs arrive here with workflowId and runId in their metadata.
  Runtime.install({
    logger: new DefaultLogger((process.env.LOG_LEVEL?.toUpperCase() ?? 'INFO') as LogLevel, ({ level, message, meta }) => {
      logger[level === 'TRACE' ? 'trace' : (level.toLowerCase() as 'debug' | 'info' | 'warn' | 'error')]({ ...meta }, message);
    }),
  });
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: new JsonNestLogger(logger) });
  app.enableShutdownHooks();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
