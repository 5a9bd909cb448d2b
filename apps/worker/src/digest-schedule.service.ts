import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy, ScheduleOptions } from '@temporalio/client';
import { AppConfig } from '../../../libs/config/app-config';

/** One schedule per task queue, so deployments sharing a namespace each digest their own coordinators. */
export const digestScheduleId = (taskQueue: string): string => `daily-digest-${taskQueue}`;

/**
 * Keeps the Schedule that starts the coordinators' daily digest at the
 * configured local time. Created on the first start; on later starts its
 * time, zone and task queue are brought in line with the configuration.
 */
@Injectable()
export class DigestSchedule implements OnApplicationBootstrap {
  private readonly logger = new Logger(DigestSchedule.name);

  constructor(
    private readonly client: Client,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const options = this.options();
    try {
      await this.client.schedule.create(options);
      this.logger.log({ message: 'daily digest scheduled', at: this.config.notifications.digestAt, timeZone: this.config.notifications.timeZone });
    } catch (error) {
      if (!(error instanceof ScheduleAlreadyRunning)) throw error;
      await this.client.schedule.getHandle(options.scheduleId).update((current) => ({ ...current, spec: options.spec, action: options.action }));
    }
  }

  private options(): ScheduleOptions {
    const [hour, minute] = this.config.notifications.digestAt.split(':').map(Number);
    const taskQueue = this.config.temporal.taskQueues.main;
    return {
      scheduleId: digestScheduleId(taskQueue),
      spec: { calendars: [{ hour, minute }], timezone: this.config.notifications.timeZone },
      action: { type: 'startWorkflow', workflowType: 'dailyDigest', workflowId: digestScheduleId(taskQueue), taskQueue, args: [] },
      // A digest still running when the next is due (an outage) is left to finish; the next day's comes on time.
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
    };
  }
}
