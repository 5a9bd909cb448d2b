import { NUDGE_KINDS, templateOf } from '../nudge-kinds';
import { NOTIFICATION_LANGUAGES } from '../../persistence/entities';
import type { NotificationLanguage } from '../../persistence/entities';
import { da } from './da';
import { en } from './en';
import { RenderedMail, renderNotification } from './render-notification';
import type { EscalationMailKind, Texts } from './texts';

const APP = 'https://mentorflow.example.dk';
const TEXTS: Record<NotificationLanguage, Texts> = { da, en };
/** The texts are typed by kind, so each language lists every escalation mail, and only those. */
const ESCALATION_MAIL_KINDS = Object.keys(en.escalation.kinds) as EscalationMailKind[];

/** A subject, the link, and nothing a template left unfilled. */
function expectWhole(mail: RenderedMail, href: string): void {
  expect(mail.subject.trim()).not.toBe('');
  expect(mail.text).toContain(href);
  expect(mail.html).toContain(`href="${href}"`);
  for (const part of [mail.subject, mail.text, mail.html]) expect(part).not.toMatch(/\$\{|\{\{|\}\}|undefined|null|NaN|\[object/);
}

describe.each(NOTIFICATION_LANGUAGES)('every kind of mail in %s', (language) => {
  const texts = TEXTS[language];

  it.each(NUDGE_KINDS)('sends a nudge of kind %s as its template, whole', (kind) => {
    const linkPath = templateOf(kind) === 'welcome' ? '/mentorships/m-1' : '/nudges/n-1';
    const mail = renderNotification({
      template: templateOf(kind),
      language,
      kind,
      recipientRole: 'mentor',
      appUrl: APP,
      linkPath,
      ignored: { recipientRole: 'mentor', openDays: 3 },
    });
    expectWhole(mail, `${APP}${linkPath}`);
  });

  it.each(NUDGE_KINDS)('gives %s its own reason in a reminder, a report that it was ignored and a digest', (kind) => {
    const reason = texts.kinds[kind];
    expect(reason).not.toBe(texts.unknownKind);
    const reminder = renderNotification({
      template: 'nudge',
      language,
      kind,
      recipientRole: 'mentor',
      appUrl: APP,
      linkPath: '/nudges/n-1',
    });
    expectWhole(reminder, `${APP}/nudges/n-1`);
    expect(reminder.subject).toContain(reason.replace(/[.:]$/, ''));
    const ignored = renderNotification({
      template: 'nudge-ignored',
      language,
      kind,
      recipientRole: 'coordinator',
      appUrl: APP,
      linkPath: '/nudges/n-2',
      ignored: { recipientRole: 'mentor', openDays: 7 },
    });
    expectWhole(ignored, `${APP}/nudges/n-2`);
    expect(ignored.text).toContain(reason);
    const items = [{ nudgeId: 'n-3', kind, raisedAt: '2025-01-15T08:00:00.000Z' }];
    const digest = renderNotification({
      template: 'daily-digest',
      language,
      kind: null,
      recipientRole: 'coordinator',
      appUrl: APP,
      linkPath: '/nudges',
      items,
    });
    expectWhole(digest, `${APP}/nudges/n-3`);
    expect(digest.text).toContain(`- ${reason}\n`);
  });

  it.each(ESCALATION_MAIL_KINDS)('mails an escalation of kind %s with its own subject and body, whole', (kind) => {
    const mail = renderNotification({
      template: 'escalation',
      language,
      kind,
      recipientRole: 'panel',
      appUrl: APP,
      linkPath: '/escalations/e-1',
    });
    expectWhole(mail, `${APP}/escalations/e-1`);
    expect(mail.subject).toBe(texts.escalation.kinds[kind].subject);
    expect(mail.text).toContain(texts.escalation.kinds[kind].body);
  });
});
