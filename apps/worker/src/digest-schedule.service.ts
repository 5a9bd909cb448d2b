import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { AppConfig } from '../../../libs/config/app-config';
import { ensureDailySchedule } from './daily-schedule';

/** One schedule per task queue, so deployments sharing a namespace each digest their own coordinators. */
export const digestScheduleId = (taskQueue: string): string => `daily-digest-${taskQueue}`;

/** Keeps the Schedule that starts the coordinators' daily digest at the configured local time. */
@Injectable()
export class DigestSchedule implements OnApplicationBootstrap {
  private readonly logger = new Logger(DigestSchedule.name);

  constructor(
    private readonly client: Client,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { digestAt, timeZone } = this.config.notifications;
    const taskQueue = this.config.temporal.taskQueues.main;
    await ensureDailySchedule(this.client, { scheduleId: digestScheduleId(taskQueue), workflowType: 'dailyDigest', at: digestAt, timeZone, taskQueue });
    this.logger.log({ message: 'daily digest scheduled', at: digestAt, timeZone });
  }
}
