import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { NudgeDelivery } from '../../workflows/nudge/messages';
import { NotificationsService } from '../notifications/notifications.service';
import { deliverableFrom } from '../notifications/quiet-hours';
import { RecipientDirectory } from '../notifications/recipient-directory';
import { Notification, Nudge } from '../persistence/entities';
import { CurrentPolicies } from './current-policy';
import { isYoungPersonAsk, templateOf, WELCOME_KIND } from '../notifications/nudge-kinds';
import { YOUNG_PERSON_PAGE } from '../young-person-links/young-person-page';

/**
 * A nudge's mails, recorded in the outbox: one per recipient, held until the
 * program's quiet hours end. A coordinator nudge goes to the program's
 * coordinators who take each mail as it comes; those on a daily digest read
 * it there instead. Recording again finds the mails already recorded.
 */
@Injectable()
export class NudgeDeliveryPlanner {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly directory: RecipientDirectory,
    private readonly policies: CurrentPolicies,
    @InjectRepository(Nudge) private readonly nudges: Repository<Nudge>,
  ) {}

  /** `relayed`: a notice's mails, which the outbox relay sends rather than a workflow (libs/nudges/notice-sender.ts). */
  async plan(nudge: Nudge, { relayed = false }: { relayed?: boolean } = {}): Promise<NudgeDelivery[]> {
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
          linkPath: linkPathOf(nudge),
          deliverAfter,
          relayed,
        }),
      );
    }
    return planned.map((notification) => ({ notificationId: notification.id, deliverAt: notification.deliverAfter.toISOString() }));
  }

  private async recipientsOf(nudge: Nudge): Promise<string[]> {
    if (nudge.recipientId) return [nudge.recipientId];
    const coordinators = await this.directory.coordinatorsFor(nudge.programSlug, nudge.municipalityId);
    return coordinators.filter((coordinator) => coordinator.notificationMode === 'immediate').map((coordinator) => coordinator.id);
  }
}

/** Where a nudge's mail points; a young person's page gets her link's token only as the mail is sent. */
function linkPathOf(nudge: Nudge): string {
  if (isYoungPersonAsk(nudge.kind)) return YOUNG_PERSON_PAGE;
  return nudge.kind === WELCOME_KIND ? `/mentorships/${nudge.subjectId}` : `/nudges/${nudge.id}`;
}
