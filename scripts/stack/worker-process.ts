import type { ChildProcess } from 'node:child_process';
import { endChild, startNodeChild } from './node-child';

/**
 * The real worker app in a process of its own, so a fault can kill it the
 * hard way, mid-activity, and start another.
 */
export class WorkerProcess {
  private constructor(private readonly child: ChildProcess) {}

  /**
   * Starts the worker with this environment on top of ours and resolves once it polls its task queue (logged at info). Its metrics and
   * health ports are off unless the environment given sets them: several workers run side by side.
   */
  static async start(env: NodeJS.ProcessEnv): Promise<WorkerProcess> {
    const quiet = { MENTORFLOW_WORKER_METRICS_ADDRESS: '', MENTORFLOW_WORKER_HEALTH_ADDRESS: '' };
    const { child } = await startNodeChild(
      'apps/worker/src/main',
      [],
      { ...process.env, ...quiet, ...env, LOG_LEVEL: 'info' },
      /worker polling/,
    );
    return new WorkerProcess(child);
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** True while the process runs (a worker that lost its server for good exits on its own). */
  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** SIGKILL: no shutdown hooks, no draining; what was in flight is simply gone. */
  kill(): Promise<void> {
    return endChild(this.child, 'SIGKILL');
  }

  /** SIGTERM: the worker finishes what it holds and stops polling. */
  stop(): Promise<void> {
    return endChild(this.child, 'SIGTERM');
  }
}
