import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, SMTPSentMessageInfo, SMTPTransportOptions, Transporter } from 'nodemailer';
import { AppConfig, MailConfig } from '../config/app-config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** "<…@…>", the same on every attempt at one mail, so a receiver can drop a duplicate. */
  messageId: string;
}

/** The one SMTP relay every mail of the engine goes out through. */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly transport: Transporter<SMTPSentMessageInfo>;
  private readonly from: string;

  constructor(config: AppConfig) {
    this.transport = createTransport(smtpOptions(config.mail));
    this.from = config.mail.from;
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({ from: this.from, ...mail });
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}

export function smtpOptions(mail: MailConfig): SMTPTransportOptions {
  return {
    host: mail.host,
    port: mail.port,
    secure: mail.secure,
    // A local sink without credentials speaks plain SMTP; anything that logs in upgrades with STARTTLS when offered.
    ignoreTLS: !mail.secure && !mail.user,
    auth: mail.user ? { user: mail.user, pass: mail.password } : undefined,
    // Well inside the delivery activity's time limit, so a hung relay fails the attempt (recorded, retried) rather than the activity.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 60_000,
  };
}
