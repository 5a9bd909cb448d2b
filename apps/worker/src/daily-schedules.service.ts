import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { AppConfig } from '../../../libs/config/app-config';
import { DailyWorkflow, ensureDailySchedule } from './daily-schedule';

/** One schedule of each per task queue, so deployments sharing a namespace each run their own. */
export const digestScheduleId = (taskQueue: string): string => `daily-digest-${taskQueue}`;
export const retentionScheduleId = (taskQueue: string): string => `retention-${taskQueue}`;
export const renewalScheduleId = (taskQueue: string): string => `renewal-${taskQueue}`;

/**
 * Local time of the renewal sweep (workflows/renewal), after the retention sweep. Not configurable: it mails
 * nobody and changes no row, and any hour keeps the bound (it renews runs a day before they reach it).
 */
export const RENEWAL_AT = '03:00';

/**
 * Keeps the engine's daily Schedules in line with the configuration on each
 * start of the worker: the coordinators' digest (workflows/digest), the
 * retention sweep (workflows/retention) and the renewal sweep
 * (workflows/renewal), each at its local time.
 */
@Injectable()
export class DailySchedules implements OnApplicationBootstrap {
  private readonly logger = new Logger(DailySchedules.name);

  constructor(
    private readonly client: Client,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { notifications, gdpr } = this.config;
    const taskQueue = this.config.temporal.taskQueues.main;
    const schedules: DailyWorkflow[] = [
      {
        scheduleId: digestScheduleId(taskQueue),
        workflowType: 'dailyDigest',
        at: notifications.digestAt,
        timeZone: notifications.timeZone,
        taskQueue,
      },
      {
        scheduleId: retentionScheduleId(taskQueue),
        workflowType: 'retentionSweep',
        at: gdpr.retentionAt,
        timeZone: notifications.timeZone,
        taskQueue,
      },
      {
        scheduleId: renewalScheduleId(taskQueue),
        workflowType: 'renewalSweep',
        at: RENEWAL_AT,
        timeZone: notifications.timeZone,
        taskQueue,
      },
    ];
    for (const schedule of schedules) {
      await ensureDailySchedule(this.client, schedule);
      this.logger.log({
        message: 'daily workflow scheduled',
        workflowType: schedule.workflowType,
        at: schedule.at,
        timeZone: schedule.timeZone,
      });
    }
  }
}
