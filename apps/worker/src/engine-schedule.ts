import type { Client, ScheduleOptions, ScheduleSpec } from '@temporalio/client';
import { ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';
import type { Duration } from '@temporalio/common';
import { workflowsVersionAttribute } from '../../../workflows/version';

export interface ScheduledWorkflow {
  scheduleId: string;
  workflowType: string;
  spec: ScheduleSpec;
  /** How late a run missed in an outage may still start once the engine is back. */
  catchupWindow: Duration;
  taskQueue: string;
}

/** Once a day at a local time, HH:MM. */
export function dailyAt(at: string, timeZone: string): ScheduleSpec {
  const [hour, minute] = at.split(':').map(Number);
  return { calendars: [{ hour, minute }], timezone: timeZone };
}

/**
 * A Schedule that starts a workflow on its spec: created on the first start
 * of the worker; on later starts its spec and task queue are brought in line
 * with the configuration.
 */
export async function ensureSchedule(client: Client, scheduled: ScheduledWorkflow): Promise<void> {
  const options: ScheduleOptions = {
    scheduleId: scheduled.scheduleId,
    spec: scheduled.spec,
    // Each run carries the workflow code's version; brought up to date with the action at every worker start.
    action: {
      type: 'startWorkflow',
      workflowType: scheduled.workflowType,
      workflowId: scheduled.scheduleId,
      taskQueue: scheduled.taskQueue,
      args: [],
      typedSearchAttributes: [workflowsVersionAttribute],
    },
    // A run still going when the next is due (an outage) is left to finish; the next comes on time.
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: scheduled.catchupWindow },
  };
  try {
    await client.schedule.create(options);
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    await client.schedule.getHandle(options.scheduleId).update((current) => ({ ...current, spec: options.spec, action: options.action }));
  }
}
