import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { Repository } from 'typeorm';
import { NotificationsService } from '../../libs/notifications/notifications.service';
import { NoticeSender, RelayRun } from '../../libs/nudges/notice-sender';
import { NudgeDeliveryPlanner } from '../../libs/nudges/nudge-delivery-planner';
import { NudgeInbox } from '../../libs/nudges/nudge-inbox';
import { Coordinator, Nudge } from '../../libs/persistence/entities';
import type { NudgeDelivery } from '../../workflows/nudge/messages';

const HEARTBEAT_EVERY_MS = 2000;

/** Runs a mail's work with the activity heartbeating meanwhile, so a worker that dies sending is noticed fast. */
async function heartbeating<T>(work: () => Promise<T>): Promise<T> {
  const context = Context.current();
  const heartbeat = setInterval(() => context.heartbeat(), HEARTBEAT_EVERY_MS);
  try {
    return await work();
  } finally {
    clearInterval(heartbeat);
  }
}

/**
 * Turns nudges into mails through the outbox: first each mail is recorded
 * (who, why, not before when), then sent by its own activity, so a worker
 * that dies between the two leaves a pending row that the retry sends, once.
 */
@Injectable()
export class DeliveryActivities {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly planner: NudgeDeliveryPlanner,
    private readonly notices: NoticeSender,
    private readonly inbox: NudgeInbox,
    @InjectRepository(Nudge) private readonly nudges: Repository<Nudge>,
    @InjectRepository(Coordinator) private readonly coordinators: Repository<Coordinator>,
  ) {}

  /** For nudge workflows started without their mails planned (before the raiser planned them). */
  async planNudgeDeliveries({ key }: { key: string }): Promise<NudgeDelivery[]> {
    const nudge = await this.nudges.findOneBy({ key });
    if (!nudge) throw ApplicationFailure.nonRetryable(`no such nudge: ${key}`, 'NotFound');
    return this.planner.plan(nudge);
  }

  /** Sends one recorded mail unless it was sent or has become moot. */
  deliverNotification({ notificationId }: { notificationId: string }): Promise<NudgeDelivery['outcome']> {
    return heartbeating(() => this.notifications.deliver(notificationId));
  }

  /** One run of the outbox relay: the notices' mails now due. */
  relayDueNotices(): Promise<RelayRun> {
    return heartbeating(() => this.notices.relayDue());
  }

  /** Records today's digest for each coordinator who chose one and has open nudges; returns those still to send. */
  async recordDailyDigests({ day }: { day: string }): Promise<string[]> {
    const readers = await this.coordinators.findBy({ notificationMode: 'daily-digest' });
    const pending: string[] = [];
    for (const coordinator of readers) {
      const open = await this.inbox.list({ id: coordinator.id, roles: ['coordinator'] }, { status: 'open' });
      if (open.length === 0) continue;
      const digest = await this.notifications.record({
        key: `digest/${coordinator.id}/${day}`,
        template: 'daily-digest',
        recipient: { role: 'coordinator', id: coordinator.id },
        linkPath: '/nudges',
        items: open.map((nudge) => ({ nudgeId: nudge.id, kind: nudge.kind, raisedAt: nudge.raisedAt.toISOString() })),
        deliverAfter: new Date(),
      });
      if (digest.status === 'pending') pending.push(digest.id);
    }
    return pending;
  }
}
