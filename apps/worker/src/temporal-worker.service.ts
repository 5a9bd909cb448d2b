import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { NativeConnection, Worker } from '@temporalio/worker';
import { AppConfig } from '../../../libs/config/app-config';
import { temporalConnectionOptions, temporalDataConverter } from '../../../libs/temporal-connection/connection-options';
import { activityRegistry } from './activity-registry';
import { workflowCode } from './workflow-bundle';

/**
 * Runs the Temporal worker for the life of the Nest application: started on
 * bootstrap, drained on shutdown (in-flight activities finish, then the
 * connection closes). A worker that dies on its own takes the process down,
 * so a supervisor restarts it rather than leaving a process that polls nothing.
 */
@Injectable()
export class TemporalWorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TemporalWorkerService.name);
  private connection?: NativeConnection;
  private worker?: Worker;
  private running?: Promise<void>;

  constructor(
    private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { temporal } = this.config;
    this.connection = await NativeConnection.connect(temporalConnectionOptions(temporal));
    const code = workflowCode((message) => this.logger.error({ message }));
    this.worker = await Worker.create({
      connection: this.connection,
      namespace: temporal.namespace,
      dataConverter: temporalDataConverter(temporal),
      taskQueue: temporal.taskQueues.main,
      ...code,
      activities: activityRegistry((type) => this.moduleRef.get(type, { strict: false })),
      // Explicit, never the SDK's machine-sized defaults: they bound the process's memory (temporal.yaml says why each).
      maxCachedWorkflows: temporal.worker.maxCachedWorkflows,
      maxConcurrentWorkflowTaskExecutions: temporal.worker.maxConcurrentWorkflowTaskExecutions,
      maxConcurrentActivityTaskExecutions: temporal.worker.maxConcurrentActivityTaskExecutions,
    });
    this.running = this.worker.run().catch((error: unknown) => {
      this.logger.error({ message: 'worker stopped with an error', error: String(error) });
      process.exitCode = 1;
      process.kill(process.pid, 'SIGTERM');
    });
    const workflows = code.workflowBundle ? 'bundle built ahead of time' : 'bundled from sources at start';
    this.logger.log({
      message: 'worker polling',
      workflows,
      taskQueue: temporal.taskQueues.main,
      namespace: temporal.namespace,
      ...temporal.worker,
    });
  }

  /** Why the worker is not polling its task queue, or undefined while it polls both workflow and activity tasks. */
  notPolling(): string | undefined {
    if (!this.worker) return 'not started';
    const { runState, workflowPollerState, activityPollerState } = this.worker.getStatus();
    if (runState !== 'RUNNING') return `worker ${runState.toLowerCase()}`;
    if (workflowPollerState !== 'POLLING') return `workflow poller ${workflowPollerState.toLowerCase()}`;
    if (activityPollerState !== 'POLLING') return `activity poller ${activityPollerState.toLowerCase()}`;
    return undefined;
  }

  /** Asks the Temporal server for its system info over the worker's own connection: it fails when the server does not answer. */
  async pingEngine(timeoutMs: number): Promise<void> {
    const connection = this.connection;
    if (!connection) throw new Error('not connected');
    await connection.withDeadline(Date.now() + timeoutMs, () => connection.workflowService.getSystemInfo({}));
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running;
    await this.connection?.close();
  }
}
