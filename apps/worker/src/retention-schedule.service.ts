import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { AppConfig } from '../../../libs/config/app-config';
import { ensureDailySchedule } from './daily-schedule';

export const retentionScheduleId = (taskQueue: string): string => `retention-${taskQueue}`;

/** Keeps the Schedule of the daily retention sweep (see workflows/retention). */
@Injectable()
export class RetentionSchedule implements OnApplicationBootstrap {
  private readonly logger = new Logger(RetentionSchedule.name);

  constructor(
    private readonly client: Client,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { retentionAt, retainClosedFor } = this.config.gdpr;
    const { timeZone } = this.config.notifications;
    const taskQueue = this.config.temporal.taskQueues.main;
    await ensureDailySchedule(this.client, { scheduleId: retentionScheduleId(taskQueue), workflowType: 'retentionSweep', at: retentionAt, timeZone, taskQueue });
    this.logger.log({ message: 'retention sweep scheduled', at: retentionAt, timeZone, retainClosedFor });
  }
}
