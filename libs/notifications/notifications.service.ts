import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AppConfig } from '../config/app-config';
import {
  DigestItem,
  Escalation,
  MailRecipientRole,
  Notification,
  NotificationStatus,
  NotificationTemplate,
  Nudge,
} from '../persistence/entities';
import { MailDeliveryError } from './delivery-failure';
import { Mailer } from './mailer';
import { RecipientDirectory } from './recipient-directory';
import { escalationWorkflowId } from '../../workflows/escalation/messages';
import { YoungPersonLinks } from '../young-person-links/young-person-links';
import { IgnoredNudge, renderNotification } from './templates/render-notification';
import type { UnownedEscalation } from './templates/texts';
import { coded } from '../validation/coded-exceptions';

export interface NotificationRequest {
  /** Chosen by the caller; recording the same key again answers the first row. */
  key: string;
  template: NotificationTemplate;
  kind?: string;
  recipient: { role: MailRecipientRole; id: string };
  /** The nudge it is about: once that nudge is no longer open, the mail is not sent. */
  nudgeKey?: string;
  subjectWorkflowId?: string;
  programSlug?: string;
  linkPath: string;
  items?: DigestItem[];
  deliverAfter: Date;
  /** A notice's mail, which the outbox relay sends (libs/nudges/notice-sender.ts) rather than a workflow. */
  relayed?: boolean;
}

export type DeliveryOutcome = 'sent' | 'already-sent' | 'cancelled' | 'undeliverable';

const OUTCOME_OF_FINISHED: Record<Exclude<NotificationStatus, 'pending'>, DeliveryOutcome> = {
  sent: 'already-sent',
  cancelled: 'cancelled',
  undeliverable: 'undeliverable',
};
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * The outbox: a mail is recorded first, then delivered by id as often as a
 * caller retries, and sent at most once unless the process dies between the
 * relay's acceptance and the row's update (then again, with the same
 * Message-ID). Logs name rows and ids, never an address.
 */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger(NotificationsService.name);

  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    @InjectRepository(Nudge) private readonly nudges: Repository<Nudge>,
    @InjectRepository(Escalation) private readonly escalations: Repository<Escalation>,
    private readonly directory: RecipientDirectory,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly youngPersonLinks: YoungPersonLinks,
  ) {}

  async record(request: NotificationRequest): Promise<Notification> {
    // ON CONFLICT DO NOTHING: concurrent callers with one key cannot fail on each other; the read tells which row won.
    await this.notifications
      .createQueryBuilder()
      .insert()
      .values({
        key: request.key,
        template: request.template,
        kind: request.kind ?? null,
        recipientRole: request.recipient.role,
        recipientId: request.recipient.id,
        nudgeKey: request.nudgeKey ?? null,
        subjectWorkflowId: request.subjectWorkflowId ?? null,
        programSlug: request.programSlug ?? null,
        linkPath: request.linkPath,
        items: request.items ?? null,
        deliverAfter: request.deliverAfter,
        relayed: request.relayed ?? false,
        status: 'pending',
      })
      .orIgnore()
      .execute();
    return this.notifications.findOneByOrFail({ key: request.key });
  }

  /**
   * A sign-in mail's link holds a secret the outbox never stores: the API
   * delivers it at once with `secretLinkPath`; without it (a later retry)
   * such a row is cancelled rather than sent without its token. A young
   * person's link gets its token here, as it is sent (a retry of a mail the
   * relay took makes a new one, and the first stops working).
   */
  async deliver(id: string, secretLinkPath?: string): Promise<DeliveryOutcome> {
    const notification = await this.notifications.findOneBy({ id });
    if (!notification) throw coded(NotFoundException, 'not-found', { thing: 'notification', id });
    if (notification.status !== 'pending') return OUTCOME_OF_FINISHED[notification.status];

    if (notification.template === 'sign-in' && !secretLinkPath) return this.finish(notification, 'cancelled');
    const nudge = notification.nudgeKey ? await this.nudges.findOneBy({ key: notification.nudgeKey }) : null;
    // Acknowledged or resolved before its mail went out: nothing left to ask.
    if (notification.nudgeKey && nudge?.status !== 'open') return this.finish(notification, 'cancelled');
    const contact = await this.directory.contactOf(notification.recipientRole, notification.recipientId);
    if (!contact?.email) return this.finish(notification, 'undeliverable');
    let linkPath = secretLinkPath ?? notification.linkPath;
    // Her link's token is made now, as it leaves, so no stored row ever held it; a link already used needs no mail.
    if (notification.template === 'young-person-link') {
      const token = await this.youngPersonLinks.mint(notification.nudgeKey!);
      if (!token) return this.finish(notification, 'cancelled');
      linkPath = `${notification.linkPath}?${new URLSearchParams({ token })}`;
    }

    const mail = renderNotification({
      template: notification.template,
      language: contact.language,
      kind: notification.kind,
      recipientRole: notification.recipientRole,
      appUrl: this.config.mail.appUrl,
      linkPath,
      items: notification.items,
      ignored: notification.template === 'nudge-ignored' ? await this.ignoredBy(nudge) : null,
      unowned: notification.template === 'escalation-unowned' ? await this.unownedAsOfNow(notification) : null,
    });
    const messageId = `<notification-${notification.id}@mentorflow>`;
    try {
      await this.mailer.send({ to: contact.email, ...mail, messageId });
    } catch (cause) {
      const failure = new MailDeliveryError(cause);
      if (failure.permanent) {
        await this.notifications.update(
          { id, status: 'pending' },
          { status: 'undeliverable', attempts: () => 'attempts + 1', lastError: failure.message },
        );
        this.logger.warn({ message: 'notification refused by the relay for good', ...this.about(notification), error: failure.message });
        return 'undeliverable';
      }
      await this.notifications.update({ id }, { attempts: () => 'attempts + 1', lastError: failure.message });
      this.logger.warn({
        message: 'notification not sent; the caller retries',
        ...this.about(notification),
        attempt: notification.attempts + 1,
        error: failure.message,
      });
      throw failure;
    }
    await this.notifications.update(
      { id },
      { status: 'sent', sentAt: () => 'now()', messageId, attempts: () => 'attempts + 1', lastError: null },
    );
    this.logger.log({ message: 'notification sent', ...this.about(notification), attempt: notification.attempts + 1 });
    return 'sent';
  }

  /**
   * Takes a relayed mail still to send for `forMs`, so no other sender sends it meanwhile; false when it is not pending or another
   * sender holds it. A sender that dies holding it leaves it to the next sender once the lease lapses.
   */
  async claim(id: string, forMs: number): Promise<boolean> {
    const claimed = await this.notifications
      .createQueryBuilder()
      .update()
      .set({ claimedUntil: () => 'now() + make_interval(secs => :seconds)' })
      .where("id = :id AND relayed AND status = 'pending' AND (claimed_until IS NULL OR claimed_until < now())", { id })
      .setParameter('seconds', Math.ceil(forMs / 1000))
      .execute();
    return claimed.affected === 1;
  }

  /** The relayed mails due now that no sender holds, the longest waiting first. */
  async relayedDue(limit: number): Promise<Array<Pick<Notification, 'id' | 'nudgeKey'>>> {
    return this.notifications
      .createQueryBuilder('notification')
      .select(['notification.id', 'notification.nudgeKey'])
      .where("notification.relayed AND notification.status = 'pending' AND notification.deliver_after <= now()")
      .andWhere('(notification.claimed_until IS NULL OR notification.claimed_until < now())')
      .orderBy('notification.deliver_after')
      .limit(limit)
      .getMany();
  }

  /** Whether a mail about this nudge still waits to be sent. */
  async hasPending(nudgeKey: string): Promise<boolean> {
    return this.notifications.existsBy({ nudgeKey, status: 'pending' });
  }

  /** Drops the mails not yet sent about these nudges; answers how many. */
  async cancelPending(nudgeKeys: string[]): Promise<number> {
    if (nudgeKeys.length === 0) return 0;
    const { affected } = await this.notifications.update({ nudgeKey: In(nudgeKeys), status: 'pending' }, { status: 'cancelled' });
    return affected ?? 0;
  }

  /** Only a pending row changes: a concurrent delivery that sent it keeps its 'sent'. */
  private async finish(notification: Notification, status: 'cancelled' | 'undeliverable'): Promise<DeliveryOutcome> {
    const { affected } = await this.notifications.update({ id: notification.id, status: 'pending' }, { status });
    // Another delivery finished it meanwhile: answer what that one did.
    if (!affected) return this.deliver(notification.id);
    this.logger.log({ message: `notification ${status}`, ...this.about(notification) });
    return status;
  }

  /** For a report of an ignored nudge: whom that nudge asked and how long it stayed open before it was reported. */
  private async ignoredBy(report: Nudge | null): Promise<IgnoredNudge | null> {
    const ignored = report?.escalationOf ? await this.nudges.findOneBy({ key: report.escalationOf }) : null;
    if (!report || !ignored) return null;
    const openMs = (ignored.escalatedAt ?? report.raisedAt).getTime() - ignored.raisedAt.getTime();
    return { recipientRole: ignored.recipientRole, openDays: Math.max(1, Math.round(openMs / DAY_MS)) };
  }

  /** For an operator's mail about an escalation nobody owns: read now, so it says how long it has waited until this mail. */
  private async unownedAsOfNow(notification: Notification): Promise<UnownedEscalation | null> {
    const escalationId = notification.subjectWorkflowId?.slice(escalationWorkflowId('').length);
    const escalation = escalationId ? await this.escalations.findOneBy({ id: escalationId }) : null;
    if (!escalation) return null;
    const { programSlug, category, urgency, raisedAt } = escalation;
    return { programSlug, category, urgent: urgency === 'urgent', waitedHours: Math.floor((Date.now() - raisedAt.getTime()) / HOUR_MS) };
  }

  private about(notification: Notification): Record<string, unknown> {
    const { id, template, kind, recipientRole, recipientId, nudgeKey } = notification;
    return { notificationId: id, template, kind, recipientRole, recipientId, nudgeKey };
  }
}
