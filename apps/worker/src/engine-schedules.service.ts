import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { AppConfig } from '../../../libs/config/app-config';
import { dailyAt, ensureSchedule, ScheduledWorkflow } from './engine-schedule';

/** One schedule of each per task queue, so deployments sharing a namespace each run their own. */
export const digestScheduleId = (taskQueue: string): string => `daily-digest-${taskQueue}`;
export const retentionScheduleId = (taskQueue: string): string => `retention-${taskQueue}`;
export const renewalScheduleId = (taskQueue: string): string => `renewal-${taskQueue}`;
export const outboxRelayScheduleId = (taskQueue: string): string => `outbox-relay-${taskQueue}`;

/**
 * Local time of the renewal sweep (workflows/renewal), after the retention sweep. Not configurable: it mails
 * nobody and changes no row, and any hour keeps the bound (it renews runs a day before they reach it).
 */
export const RENEWAL_AT = '03:00';

/**
 * Keeps the engine's Schedules in line with the configuration on each start
 * of the worker: the coordinators' digest (workflows/digest), the retention
 * sweep (workflows/retention) and the renewal sweep (workflows/renewal), each
 * at its local time, and the outbox relay (workflows/outbox) every minute.
 */
@Injectable()
export class EngineSchedules implements OnApplicationBootstrap {
  private readonly logger = new Logger(EngineSchedules.name);

  constructor(
    private readonly client: Client,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { notifications, gdpr } = this.config;
    const { timeZone } = notifications;
    const taskQueue = this.config.temporal.taskQueues.main;
    const daily = { catchupWindow: '1 day', taskQueue } as const;
    const schedules: ScheduledWorkflow[] = [
      { ...daily, scheduleId: digestScheduleId(taskQueue), workflowType: 'dailyDigest', spec: dailyAt(notifications.digestAt, timeZone) },
      { ...daily, scheduleId: retentionScheduleId(taskQueue), workflowType: 'retentionSweep', spec: dailyAt(gdpr.retentionAt, timeZone) },
      { ...daily, scheduleId: renewalScheduleId(taskQueue), workflowType: 'renewalSweep', spec: dailyAt(RENEWAL_AT, timeZone) },
      // A minute missed in an outage needs no catching up: the next run sends all that is due.
      {
        scheduleId: outboxRelayScheduleId(taskQueue),
        workflowType: 'outboxRelay',
        spec: { intervals: [{ every: '1 minute' }] },
        catchupWindow: '1 minute',
        taskQueue,
      },
    ];
    for (const schedule of schedules) {
      await ensureSchedule(this.client, schedule);
      this.logger.log({ message: 'workflow scheduled', workflowType: schedule.workflowType, scheduleId: schedule.scheduleId });
    }
  }
}
