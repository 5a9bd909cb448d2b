import { proxyActivities } from '@temporalio/workflow';
import type { DeliveryActivities } from '../../activities/notifications/delivery.activities';

const activities = proxyActivities<DeliveryActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});
const delivery = proxyActivities<DeliveryActivities>({
  startToCloseTimeout: '2 minutes',
  heartbeatTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '5 minutes', backoffCoefficient: 2 },
});

export interface DailyDigestResult {
  day: string;
  digests: number;
  sent: number;
}

/**
 * Once a day (started by the `daily-digest` Schedule): one mail to each
 * coordinator who chose a digest, listing all her open nudges. The day is
 * the workflow's own, so a retried or replayed run sends the same digests.
 */
export async function dailyDigest(): Promise<DailyDigestResult> {
  const day = new Date().toISOString().slice(0, 10);
  const notificationIds = await activities.recordDailyDigests({ day });
  let sent = 0;
  for (const notificationId of notificationIds) {
    if ((await delivery.deliverNotification({ notificationId })) === 'sent') sent += 1;
  }
  return { day, digests: notificationIds.length, sent };
}
