import { proxyActivities } from '@temporalio/workflow';
import type { DeliveryActivities } from '../../activities/notifications/delivery.activities';
import { MAIL_DELIVERY, PERSISTENT_WORK } from '../activities';

const activities = proxyActivities<DeliveryActivities>(PERSISTENT_WORK);
const delivery = proxyActivities<DeliveryActivities>(MAIL_DELIVERY);

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
