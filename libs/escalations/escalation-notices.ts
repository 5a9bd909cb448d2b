import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { escalationWorkflowId, type EscalationNotice, type Owners } from '../../workflows/escalation/messages';
import { NotificationsService } from '../notifications/notifications.service';
import { deliverableFrom } from '../notifications/quiet-hours';
import { RecipientDirectory } from '../notifications/recipient-directory';
import type { EscalationMailKind } from '../notifications/templates/texts';
import { Account } from '../persistence/entities/identity.entities';
import { CurrentPolicies } from '../nudges/current-policy';
import { Escalation, MailRecipientRole, NotificationTemplate, Program } from '../persistence/entities';

export type OwnerNoticeKind = 'escalation-assigned' | 'escalation-handed-up';

/** A mail's own part: what it says and where it links; the rest is every escalation mail's. */
interface Occasion {
  name: string;
  template: NotificationTemplate;
  kind: EscalationMailKind | 'escalation-unowned' | 'escalation-unowned:urgent';
  linkPath: string;
}

/**
 * The mails an escalation sends, recorded in the outbox: to its owners each
 * time it is given to someone, to whoever raised it when advice is given, and
 * to the operators when nobody can own it. They name the reason and link to
 * the escalation (operators: to its program); nothing else.
 */
@Injectable()
export class EscalationNotices {
  private readonly logger = new Logger(EscalationNotices.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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
    const role: MailRecipientRole = owners.level === 'panel' ? 'panel' : 'coordinator';
    const occasion: Occasion = {
      name: `${assignment}`,
      template: 'escalation',
      kind: urgent ? `${kind}:urgent` : kind,
      linkPath: this.pageOf(escalation),
    };
    return this.record(
      escalation,
      occasion,
      owners.ids.map((id) => ({ role, id })),
      deliverAfter,
    );
  }

  /**
   * Nobody can own it: every live operator is told, once per parking (`parking`: the number of the
   * assignment that found nobody), since only they can give the program the panel member, coordinator
   * or lead it lacks. Urgent ones go out at once, like the owners' mails.
   */
  async toOperators(escalation: Escalation, parking: number): Promise<EscalationNotice[]> {
    const operators = await this.dataSource
      .getRepository(Account)
      .find({ select: { id: true }, where: { kind: 'operator' }, order: { createdAt: 'ASC' } });
    if (operators.length === 0) {
      this.logger.warn({
        message: 'escalation unowned and no operator to tell: it stays parked as unowned',
        escalationId: escalation.id,
        programSlug: escalation.programSlug,
      });
      return [];
    }
    const urgent = escalation.urgency === 'urgent';
    const deliverAfter = urgent ? new Date() : await this.afterQuietHours(escalation);
    const { id: programId } = await this.program(escalation);
    const occasion: Occasion = {
      name: `unowned/${parking}`,
      template: 'escalation-unowned',
      kind: urgent ? 'escalation-unowned:urgent' : 'escalation-unowned',
      linkPath: `/programs/${programId}`,
    };
    return this.record(
      escalation,
      occasion,
      operators.map(({ id }) => ({ role: 'account' as const, id })),
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
    const occasion: Occasion = {
      name: `advice/${responseId}`,
      template: 'escalation',
      kind: 'escalation-advice',
      linkPath: this.pageOf(escalation),
    };
    return this.record(escalation, occasion, recipients, await this.afterQuietHours(escalation));
  }

  private async record(
    escalation: Escalation,
    occasion: Occasion,
    recipients: Array<{ role: MailRecipientRole; id: string }>,
    deliverAfter: Date,
  ) {
    const notices: EscalationNotice[] = [];
    for (const recipient of recipients) {
      const notification = await this.notifications.record({
        key: `escalation/${escalation.id}/${occasion.name}/${recipient.id}`,
        template: occasion.template,
        kind: occasion.kind,
        recipient,
        subjectWorkflowId: escalationWorkflowId(escalation.id),
        programSlug: escalation.programSlug,
        linkPath: occasion.linkPath,
        deliverAfter,
      });
      notices.push({ notificationId: notification.id, deliverAt: notification.deliverAfter.toISOString() });
    }
    return notices;
  }

  private pageOf(escalation: Escalation): string {
    return `/escalations/${escalation.id}`;
  }

  /** An archived program still owns the escalations raised before it was archived. */
  private program(escalation: Escalation): Promise<Program> {
    return this.dataSource.getRepository(Program).findOneOrFail({ where: { slug: escalation.programSlug }, withDeleted: true });
  }

  private async afterQuietHours(escalation: Escalation): Promise<Date> {
    const { notifications: clock } = await this.policies.of(escalation.programSlug);
    return deliverableFrom(new Date(), clock.quietHours, clock.timeZone);
  }
}
