import { Injectable, Logger } from '@nestjs/common';
import { NotificationsService } from '../notifications/notifications.service';
import type { MailRecipientRole } from '../persistence/entities';
import type { SubjectRow } from './principal-rows';
import { SignInLinks } from './sign-in-links';

/**
 * Sends a sign-in link through the outbox: the row records that a link went
 * to whom (never the link: its token lives only in the mail), then the API
 * delivers it at once, whatever the quiet hours, since she is waiting for it.
 */
@Injectable()
export class SignInMail {
  private readonly logger = new Logger(SignInMail.name);

  constructor(
    private readonly links: SignInLinks,
    private readonly notifications: NotificationsService,
  ) {}

  async send(subject: SubjectRow, nextPath: string): Promise<void> {
    const link = await this.links.issue(subject.id, nextPath);
    const row = await this.notifications.record({
      key: `sign-in/${link.id}`,
      template: 'sign-in',
      recipient: { role: recipientRole(subject), id: subject.id },
      linkPath: '/sign-in/verify',
      deliverAfter: new Date(),
    });
    const query = new URLSearchParams({ token: link.token, ...(nextPath === '/' ? {} : { next: nextPath }) });
    const outcome = await this.notifications.deliver(row.id, `/sign-in/verify?${query}`);
    this.logger.log({ message: 'sign-in link mailed', notificationId: row.id, outcome });
  }
}

function recipientRole(subject: SubjectRow): MailRecipientRole {
  return subject.role === 'operator' || subject.role === 'program-admin' ? 'account' : subject.role;
}
