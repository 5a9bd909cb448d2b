import { DefaultLogger, LogLevel, Runtime } from '@temporalio/worker';
import type { Logger } from 'pino';

const PINO_LEVEL = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' } as const;

export interface TemporalRuntimeOptions {
  level?: LogLevel;
  /** host:port where the SDK serves the worker's Prometheus metrics at /metrics; none serves none. */
  metricsAddress?: string;
}

/**
 * Installs the Temporal runtime once per process, before any connection:
 * its logs, the Rust core's included, go through our JSON logger (workflow
 * and activity lines carry workflowId and runId); and, given an address, the
 * SDK's own worker metrics (task latencies, slots, pollers, cache, failures)
 * are served for Prometheus, named as Prometheus likes them (`_total`
 * counters, `_seconds` histograms). docs/operations.md says which to watch.
 */
export function installTemporalRuntime(logger: Logger, { level = 'INFO', metricsAddress }: TemporalRuntimeOptions = {}): void {
  Runtime.install({
    logger: new DefaultLogger(level, ({ level: entryLevel, message, meta }) => logger[PINO_LEVEL[entryLevel]]({ ...meta }, message)),
    telemetryOptions: {
      logging: { forward: {}, filter: { core: 'WARN', other: 'ERROR' } },
      ...(metricsAddress
        ? {
            metrics: {
              prometheus: { bindAddress: metricsAddress, countersTotalSuffix: true, unitSuffix: true, useSecondsForDurations: true },
            },
          }
        : {}),
    },
  });
}
