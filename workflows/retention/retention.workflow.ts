import { proxyActivities } from '@temporalio/workflow';
import type { RetentionActivities } from '../../activities/gdpr/retention.activities';
import { PERSISTENT_WORK } from '../activities';

const activities = proxyActivities<RetentionActivities>(PERSISTENT_WORK);

/**
 * Once a day (started by the `retention` Schedule): erases the personal data
 * of the young people whose last course ended longer ago than the configured
 * retention time. The erasure is idempotent, so a retried sweep is harmless.
 */
export async function retentionSweep(): Promise<{ erased: number }> {
  return activities.eraseExpiredPersonalData();
}
