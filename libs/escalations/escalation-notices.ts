import { Injectable } from '@nestjs/common';
import type { EscalationNotice, Owners } from '../../workflows/escalation/messages';
import { NotificationsService } from '../notifications/notifications.service';
import { deliverableFrom } from '../notifications/quiet-hours';
import { RecipientDirectory } from '../notifications/recipient-directory';
import type { EscalationMailKind } from '../notifications/templates/texts';
import { CurrentPolicies } from '../nudges/current-policy';
import { Escalation, NudgeRecipientRole } from '../persistence/entities';

export type OwnerNoticeKind = 'escalation-assigned' | 'escalation-handed-up';

/**
 * The mails an escalation sends, recorded in the outbox: to its owners each
 * time it is given to someone, and to whoever raised it when advice is given.
 * They name the reason and link to the escalation; nothing else.
 */
@Injectable()
export class EscalationNotices {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly policies: CurrentPolicies,
    private readonly directory: RecipientDirectory,
  ) {}

  /**
   * One mail per owner. Owners are professionals on a deadline, so an urgent
   * escalation is mailed at once, through the program's quiet hours; others
   * wait for the morning like every other mail.
   */
  async toOwners(escalation: Escalation, owners: Owners, assignment: number, kind: OwnerNoticeKind): Promise<EscalationNotice[]> {
    const urgent = escalation.urgency === 'urgent';
    const deliverAfter = urgent ? new Date() : await this.afterQuietHours(escalation);
    const role: NudgeRecipientRole = owners.level === 'panel' ? 'panel' : 'coordinator';
    return this.record(
      escalation,
      `${assignment}`,
      owners.ids.map((id) => ({ role, id })),
      urgent ? `${kind}:urgent` : kind,
      deliverAfter,
    );
  }

  /** To the person who raised it; an escalation the engine raised was raised for the program's coordinators. */
  async ofAdvice(escalation: Escalation, responseId: string): Promise<EscalationNotice[]> {
    const raiser = escalation.raisedByRole ? [{ role: escalation.raisedByRole, id: escalation.raisedBy }] : [];
    const recipients =
      raiser.length > 0
        ? raiser
        : (await this.directory.coordinatorsFor(escalation.programSlug, escalation.municipalityId)).map(({ id }) => ({
            role: 'coordinator' as const,
            id,
          }));
    return this.record(escalation, `advice/${responseId}`, recipients, 'escalation-advice', await this.afterQuietHours(escalation));
  }

  private async record(
    escalation: Escalation,
    occasion: string,
    recipients: Array<{ role: NudgeRecipientRole; id: string }>,
    kind: EscalationMailKind,
    deliverAfter: Date,
  ) {
    const notices: EscalationNotice[] = [];
    for (const recipient of recipients) {
      const notification = await this.notifications.record({
        key: `escalation/${escalation.id}/${occasion}/${recipient.id}`,
        template: 'escalation',
        kind,
        recipient,
        subjectWorkflowId: `escalation-${escalation.id}`,
        programSlug: escalation.programSlug,
        linkPath: `/escalations/${escalation.id}`,
        deliverAfter,
      });
      notices.push({ notificationId: notification.id, deliverAt: notification.deliverAfter.toISOString() });
    }
    return notices;
  }

  private async afterQuietHours(escalation: Escalation): Promise<Date> {
    const { notifications: clock } = await this.policies.of(escalation.programSlug);
    return deliverableFrom(new Date(), clock.quietHours, clock.timeZone);
  }
}
