import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { Repository } from 'typeorm';
import { NotificationsService } from '../../libs/notifications/notifications.service';
import { deliverableFrom } from '../../libs/notifications/quiet-hours';
import { RecipientDirectory } from '../../libs/notifications/recipient-directory';
import { CurrentPolicies } from '../../libs/nudges/current-policy';
import { templateOf, WELCOME_KIND } from '../../libs/nudges/nudge-kinds';
import { NudgeInbox } from '../../libs/nudges/nudge-inbox';
import { Coordinator, Notification, Nudge } from '../../libs/persistence/entities';
import type { NudgeDelivery } from '../../workflows/nudge/messages';

const HEARTBEAT_EVERY_MS = 2000;

/**
 * Turns nudges into mails through the outbox: first each mail is recorded
 * (who, why, not before when), then sent by its own activity, so a worker
 * that dies between the two leaves a pending row that the retry sends, once.
 */
@Injectable()
export class DeliveryActivities {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly directory: RecipientDirectory,
    private readonly policies: CurrentPolicies,
    private readonly inbox: NudgeInbox,
    @InjectRepository(Nudge) private readonly nudges: Repository<Nudge>,
    @InjectRepository(Coordinator) private readonly coordinators: Repository<Coordinator>,
  ) {}

  /**
   * One mail per recipient, held until the program's quiet hours end. A
   * coordinator nudge goes to the program's coordinators who take each mail
   * as it comes; those on a daily digest read it there instead.
   */
  async planNudgeDeliveries({ key }: { key: string }): Promise<NudgeDelivery[]> {
    const nudge = await this.nudges.findOneBy({ key });
    if (!nudge) throw ApplicationFailure.nonRetryable(`no such nudge: ${key}`, 'NotFound');
    const { notifications: clock } = await this.policies.of(nudge.programSlug);
    const deliverAfter = deliverableFrom(new Date(), clock.quietHours, clock.timeZone);
    const reported = nudge.escalationOf ? await this.nudges.findOneBy({ key: nudge.escalationOf }) : null;
    const planned: Notification[] = [];
    for (const recipientId of await this.recipientsOf(nudge)) {
      planned.push(
        await this.notifications.record({
          key: `nudge/${nudge.key}/${recipientId}`,
          template: templateOf(nudge.kind),
          // A report of an ignored nudge tells what was ignored.
          kind: reported?.kind ?? nudge.kind,
          recipient: { role: nudge.recipientRole, id: recipientId },
          nudgeKey: nudge.key,
          subjectWorkflowId: nudge.subjectWorkflowId,
          programSlug: nudge.programSlug,
          linkPath: nudge.kind === WELCOME_KIND ? `/mentorships/${nudge.subjectId}` : `/nudges/${nudge.id}`,
          deliverAfter,
        }),
      );
    }
    return planned.map((notification) => ({ notificationId: notification.id, deliverAt: notification.deliverAfter.toISOString() }));
  }

  /** Sends one recorded mail unless it was sent or has become moot; heartbeats so a dead worker is noticed fast. */
  async deliverNotification({ notificationId }: { notificationId: string }): Promise<NudgeDelivery['outcome']> {
    const context = Context.current();
    const heartbeat = setInterval(() => context.heartbeat(), HEARTBEAT_EVERY_MS);
    try {
      return await this.notifications.deliver(notificationId);
    } finally {
      clearInterval(heartbeat);
    }
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

  private async recipientsOf(nudge: Nudge): Promise<string[]> {
    if (nudge.recipientId) return [nudge.recipientId];
    const coordinators = await this.directory.coordinatorsFor(nudge.programSlug, nudge.municipalityId);
    return coordinators.filter((coordinator) => coordinator.notificationMode === 'immediate').map((coordinator) => coordinator.id);
  }
}
