import { proxyActivities } from '@temporalio/workflow';
import type { RenewalActivities } from '../../activities/renewal/renewal.activities';
import { ActivitiesOf, PERSISTENT_WORK } from '../activities';
import { RENEW_RUNS_OLDER_THAN_MS } from './renewal';

const activities = proxyActivities<ActivitiesOf<RenewalActivities>>(PERSISTENT_WORK);

/**
 * Once a day (started by the `renewal` Schedule): asks every run of a
 * mentor's path, a course or a nudge begun more than RENEW_RUNS_OLDER_THAN_MS
 * ago to continue as new, so none outlives MAX_RUN_AGE_MS. The moment is the
 * workflow's own, so a retried activity renews the same runs.
 */
export async function renewalSweep(): Promise<{ renewed: number }> {
  const startedBefore = new Date(Date.now() - RENEW_RUNS_OLDER_THAN_MS).toISOString();
  return activities.renewRunsBegunBefore({ startedBefore });
}
