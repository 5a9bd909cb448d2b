import { Injectable, Logger } from '@nestjs/common';
import type { NudgeDelivery } from '../../workflows/nudge/messages';
import { MailDeliveryError } from '../notifications/delivery-failure';
import { DeliveryOutcome, NotificationsService } from '../notifications/notifications.service';
import { NudgeClosing } from './nudge-closing';

/**
 * How long a sender holds a notice's mail while it sends it: far longer than a send through a slow mail relay, and the wait
 * before the outbox relay tries again a mail the mail relay refused for now.
 */
export const NOTICE_CLAIM_MS = 2 * 60 * 1000;
/** Mails one run of the outbox relay sends at most; the rest wait for the next run, a minute later. */
export const RELAY_BATCH = 200;

/** What one run of the outbox relay did. */
export interface RelayRun {
  due: number;
  sent: number;
  /** Refused by the mail relay for now: tried again once their lease lapses. */
  failed: number;
}

type SendOutcome = DeliveryOutcome | 'held-by-another' | 'failed';

/**
 * Sends notices: messages that tell and want no answer (a welcome, a young
 * person's link). A notice is a nudge row and its mails in the outbox with no
 * workflow of its own, since nothing waits on it and nobody is chased: what
 * is due goes at once from the activity that raised it, and what the quiet
 * hours held or the mail relay refused goes from the outbox relay (a Schedule,
 * workflows/outbox). Each mail is claimed before it is sent, so the two never
 * send one mail at once; the notice ends once none of its mails is pending.
 */
@Injectable()
export class NoticeSender {
  private readonly logger = new Logger(NoticeSender.name);

  constructor(
    private readonly notifications: NotificationsService,
    private readonly closing: NudgeClosing,
  ) {}

  /** Sends a notice's mails that no quiet hours hold, now; the rest are the outbox relay's. */
  async sendDue(nudgeKey: string, deliveries: NudgeDelivery[]): Promise<void> {
    const now = Date.now();
    for (const delivery of deliveries) {
      if (Date.parse(delivery.deliverAt) <= now) await this.send(delivery.notificationId);
    }
    await this.closing.closeDelivered(nudgeKey);
  }

  /** One run of the outbox relay: the notices' mails now due that no other sender holds, longest waiting first. */
  async relayDue(): Promise<RelayRun> {
    const due = await this.notifications.relayedDue(RELAY_BATCH);
    const run: RelayRun = { due: due.length, sent: 0, failed: 0 };
    for (const { id, nudgeKey } of due) {
      const outcome = await this.send(id);
      if (outcome === 'sent') run.sent += 1;
      if (outcome === 'failed') run.failed += 1;
      if (nudgeKey) await this.closing.closeDelivered(nudgeKey);
    }
    return run;
  }

  private async send(notificationId: string): Promise<SendOutcome> {
    if (!(await this.notifications.claim(notificationId, NOTICE_CLAIM_MS))) return 'held-by-another';
    try {
      return await this.notifications.deliver(notificationId);
    } catch (error) {
      // Refused for now (the outbox counted the attempt): the lease lapses and the outbox relay tries again.
      if (!(error instanceof MailDeliveryError)) throw error;
      this.logger.warn({ message: 'notice not sent; the outbox relay tries again', notificationId, error: error.message });
      return 'failed';
    }
  }
}
