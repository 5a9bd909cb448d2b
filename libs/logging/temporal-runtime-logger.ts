import { DefaultLogger, LogLevel, Runtime } from '@temporalio/worker';
import type { Logger } from 'pino';

const PINO_LEVEL = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' } as const;

/**
 * Sends the Temporal runtime's logs, the Rust core's included, through our
 * JSON logger. Workflow and activity logs carry workflowId and runId in their
 * metadata, so each line says which workflow it is about.
 */
export function installTemporalRuntimeLogger(logger: Logger, level: LogLevel = 'INFO'): void {
  Runtime.install({
    logger: new DefaultLogger(level, ({ level: entryLevel, message, meta }) => logger[PINO_LEVEL[entryLevel]]({ ...meta }, message)),
    telemetryOptions: { logging: { forward: {}, filter: { core: 'WARN', other: 'ERROR' } } },
  });
}
