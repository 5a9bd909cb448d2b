import type { Client, ScheduleOptions } from '@temporalio/client';
import { ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';
import { workflowsVersionAttribute } from '../../../workflows/version';

export interface DailyWorkflow {
  scheduleId: string;
  workflowType: string;
  /** Local time, HH:MM. */
  at: string;
  timeZone: string;
  taskQueue: string;
}

/**
 * A Schedule that starts a workflow once a day at a local time: created on
 * the first start of the worker; on later starts its time, zone and task
 * queue are brought in line with the configuration.
 */
export async function ensureDailySchedule(client: Client, daily: DailyWorkflow): Promise<void> {
  const [hour, minute] = daily.at.split(':').map(Number);
  const options: ScheduleOptions = {
    scheduleId: daily.scheduleId,
    spec: { calendars: [{ hour, minute }], timezone: daily.timeZone },
    // Each run carries the workflow code's version; brought up to date with the action at every worker start.
    action: {
      type: 'startWorkflow',
      workflowType: daily.workflowType,
      workflowId: daily.scheduleId,
      taskQueue: daily.taskQueue,
      args: [],
      typedSearchAttributes: [workflowsVersionAttribute],
    },
    // A run still going when the next is due (an outage) is left to finish; the next day's comes on time.
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
  };
  try {
    await client.schedule.create(options);
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    await client.schedule.getHandle(options.scheduleId).update((current) => ({ ...current, spec: options.spec, action: options.action }));
  }
}
