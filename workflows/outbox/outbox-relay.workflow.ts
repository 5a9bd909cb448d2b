import { proxyActivities } from '@temporalio/workflow';
import type { DeliveryActivities } from '../../activities/notifications/delivery.activities';
import type { RelayRun } from '../../libs/nudges/notice-sender';
import { MAIL_DELIVERY } from '../activities';

const delivery = proxyActivities<DeliveryActivities>(MAIL_DELIVERY);

/**
 * Every minute (started by the `outbox-relay` Schedule): sends the notices'
 * mails that the quiet hours held or the mail relay refused for now when they
 * were raised. A notice has no workflow of its own (libs/nudges/notice-sender.ts);
 * this is where its mail waits and is tried again.
 */
export async function outboxRelay(): Promise<RelayRun> {
  return delivery.relayDueNotices();
}
