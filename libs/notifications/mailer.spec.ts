import type { MailConfig } from '../config/app-config';
import { smtpOptions } from './mailer';

const LOCAL: MailConfig = {
  host: 'localhost',
  port: 1025,
  secure: false,
  from: 'Mentorflow <no-reply@mentorflow.local>',
  appUrl: 'http://localhost:3000',
  inboxPort: 1080,
};

describe('smtpOptions', () => {
  it('speaks plain SMTP to a local sink without credentials', () => {
    expect(smtpOptions(LOCAL)).toMatchObject({ host: 'localhost', port: 1025, secure: false, ignoreTLS: true, auth: undefined });
  });

  it('logs in to a relay, upgrading with STARTTLS when it offers it', () => {
    expect(smtpOptions({ ...LOCAL, host: 'smtp.example.dk', port: 587, user: 'mentorflow', password: 'secret' })).toMatchObject({
      ignoreTLS: false,
      auth: { user: 'mentorflow', pass: 'secret' },
    });
  });

  it('uses TLS from the start when told to', () => {
    expect(smtpOptions({ ...LOCAL, port: 465, secure: true })).toMatchObject({ secure: true, ignoreTLS: false });
  });
});
