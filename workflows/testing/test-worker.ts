import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';

let counter = 0;

/** Runs `body` while a worker with these activities polls a task queue of its own. */
export async function withWorker<T>(env: TestWorkflowEnvironment, activities: object, body: (taskQueue: string) => Promise<T>): Promise<T> {
  const taskQueue = `test-${process.pid}-${++counter}`;
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowsPath: require.resolve('../index'), activities });
  return worker.runUntil(body(taskQueue));
}
