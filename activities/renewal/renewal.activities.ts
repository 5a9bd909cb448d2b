import { Injectable, Logger } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { WorkflowNotFoundError } from '@temporalio/common';
import { AppConfig } from '../../libs/config/app-config';
import { renewSignal, SWEPT_WORKFLOW_TYPES } from '../../workflows/renewal/renewal';

/** Runs listed a page at a time, so a sweep over many holds few in memory. */
const PAGE_SIZE = 100;

/**
 * The renewal sweep's work: asks every run of the swept workflow types on this
 * deployment's task queue begun before a moment to continue as new. It is
 * idempotent: a run renewed drops out of the list (its new run began later),
 * a second `renew` to a run still finishing is ignored, and one to a run
 * that has ended meanwhile is refused and skipped. So a retried or repeated
 * sweep renews each run once.
 */
@Injectable()
export class RenewalActivities {
  private readonly logger = new Logger(RenewalActivities.name);

  constructor(
    private readonly client: Client,
    private readonly config: AppConfig,
  ) {}

  async renewRunsBegunBefore({ startedBefore }: { startedBefore: string }): Promise<{ renewed: number }> {
    const query = renewalQuery(this.config.temporal.taskQueues.main, new Date(startedBefore));
    let renewed = 0;
    for await (const run of this.client.workflow.list({ query, pageSize: PAGE_SIZE })) {
      try {
        // To that run, not to the id's current run, which may be a young one begun since the listing.
        await this.client.workflow.getHandle(run.workflowId, run.runId).signal(renewSignal);
        renewed += 1;
      } catch (error) {
        if (!(error instanceof WorkflowNotFoundError)) throw error;
      }
    }
    this.logger.log({ message: 'renewal sweep', startedBefore, renewed });
    return { renewed };
  }
}

/** The visibility query for the swept types' running runs on a task queue begun before `startedBefore`. */
export function renewalQuery(taskQueue: string, startedBefore: Date): string {
  if (Number.isNaN(startedBefore.getTime())) throw new Error('startedBefore must be an ISO-8601 moment');
  if (taskQueue.includes("'")) throw new Error(`a task queue named with a quote cannot be swept: ${taskQueue}`);
  const types = SWEPT_WORKFLOW_TYPES.map((type) => `'${type}'`).join(', ');
  return (
    `WorkflowType IN (${types}) AND ExecutionStatus = 'Running' AND TaskQueue = '${taskQueue}' ` +
    `AND StartTime < '${startedBefore.toISOString()}'`
  );
}
