import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';

let counter = 0;

/** Runs `body` while a worker with these activities polls a task queue of its own. */
export async function withWorker<T>(env: TestWorkflowEnvironment, activities: object, body: (taskQueue: string) => Promise<T>): Promise<T> {
  const taskQueue = `test-${process.pid}-${++counter}`;
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowsPath: require.resolve('../../workflows/index'),
    activities,
  });
  return worker.runUntil(body(taskQueue));
}

/**
 * Workflows a test leaves running would hold the time-skipping server still:
 * their timers fire into task queues no worker polls any more, and time does
 * not skip while a workflow task waits. Tests track what they start and
 * terminate it afterwards.
 */
export class StartedWorkflows {
  private readonly handles: Array<{ terminate(reason?: string): Promise<unknown> }> = [];

  track<H extends { terminate(reason?: string): Promise<unknown> }>(handle: H): H {
    this.handles.push(handle);
    return handle;
  }

  async terminateAll(): Promise<void> {
    const handles = this.handles.splice(0);
    // Those that already completed refuse; that is the state we want anyway.
    await Promise.allSettled(handles.map((handle) => handle.terminate('test finished')));
  }
}
