import { NOTIFICATION_LANGUAGES, NOTIFICATION_TEMPLATES } from '../../persistence/entities';
import { NUDGE_KINDS, NudgeKind, WELCOME_KIND } from '../nudge-kinds';
import type { NotificationLanguage } from '../../persistence/entities';
import { da } from './da';
import { en } from './en';
import { NotificationContent, RenderedMail, renderNotification } from './render-notification';
import type { EscalationMailKind } from './texts';

const APP = 'https://mentorflow.example.dk';
/** Every kind a nudge mail is rendered for (the welcome has a template of its own). */
const KINDS: NudgeKind[] = NUDGE_KINDS.filter((kind) => kind !== WELCOME_KIND);
const ESCALATION_KINDS: EscalationMailKind[] = [
  'escalation-assigned',
  'escalation-assigned:urgent',
  'escalation-handed-up',
  'escalation-handed-up:urgent',
  'escalation-advice',
];
/** The standard preset's categories, and words a translation of them would use: none may reach a mail. */
const CATEGORY_WORDS = ['mental-health', 'mental', 'psyk', 'social', 'education', 'uddannelse', 'engagement', 'trivsel'];
const ITEMS = [
  { nudgeId: '7a1c3f8e-0000-4000-8000-000000000001', kind: 'meeting-gap', raisedAt: '2025-01-15T08:00:00.000Z' },
  { nudgeId: '7a1c3f8e-0000-4000-8000-000000000002', kind: 'check-in-missed:referrer', raisedAt: '2025-01-16T08:00:00.000Z' },
];

const base = (language: NotificationLanguage, overrides: Partial<NotificationContent> = {}): NotificationContent => ({
  template: 'nudge',
  language,
  kind: 'meeting-gap',
  recipientRole: 'mentor',
  appUrl: APP,
  linkPath: '/nudges/n-1',
  ...overrides,
});

/** What a template bug would leave in a mail: an unfilled slot or a stringified nothing. */
function expectNoLeaks(mail: RenderedMail): void {
  for (const part of [mail.subject, mail.text, mail.html]) {
    expect(part).not.toMatch(/\$\{|\{\{|\}\}|undefined|null|NaN|\[object/);
    expect(part.trim()).not.toBe('');
  }
}

describe('renderNotification', () => {
  describe.each(NOTIFICATION_LANGUAGES)('in %s', (language) => {
    it.each(KINDS)('renders a nudge of kind %s with its own reason and the link', (kind) => {
      const mail = renderNotification(base(language, { kind }));
      expectNoLeaks(mail);
      const reason = (language === 'da' ? da : en).kinds[kind];
      expect(reason).toBeDefined();
      expect(mail.text).toContain(reason);
      expect(mail.subject).toContain(reason.replace(/\.$/, ''));
      expect(mail.text).toContain(`${APP}/nudges/n-1`);
      expect(mail.html).toContain(`href="${APP}/nudges/n-1"`);
    });

    it.each(KINDS)('reports an ignored nudge of kind %s with whom it asked and for how long', (kind) => {
      const mail = renderNotification(
        base(language, {
          template: 'nudge-ignored',
          kind,
          recipientRole: 'coordinator',
          ignored: { recipientRole: 'mentor', openDays: 7 },
        }),
      );
      expectNoLeaks(mail);
      expect(mail.text).toContain(
        language === 'da'
          ? 'En påmindelse til en mentor har stået ubesvaret i 7 dage'
          : 'A reminder to a mentor has been unanswered for 7 days',
      );
      expect(mail.text).toContain((language === 'da' ? da : en).kinds[kind]);
      expect(mail.text).toContain(`${APP}/nudges/n-1`);
    });

    it('reports an ignored nudge no longer on record without details', () => {
      const mail = renderNotification(base(language, { template: 'nudge-ignored', kind: 'meeting-gap', ignored: null }));
      expectNoLeaks(mail);
      expect(mail.text).toContain((language === 'da' ? da : en).nudgeIgnored.leadWithoutDetails);
    });

    it.each(['mentor', 'young-person'] as const)('welcomes the %s to a match with a link to it', (recipientRole) => {
      const mail = renderNotification(
        base(language, { template: 'welcome', kind: 'welcome', recipientRole, linkPath: '/mentorships/m-1' }),
      );
      expectNoLeaks(mail);
      expect(mail.subject).toBe((language === 'da' ? da : en).welcome[recipientRole].subject);
      expect(mail.text).toContain(`${APP}/mentorships/m-1`);
    });

    it('lists each open item of a digest with its reason and its own link, and links the whole list', () => {
      const mail = renderNotification(
        base(language, { template: 'daily-digest', kind: null, recipientRole: 'coordinator', linkPath: '/nudges', items: ITEMS }),
      );
      expectNoLeaks(mail);
      const texts = language === 'da' ? da : en;
      expect(mail.subject).toBe(texts.digest.subject(2));
      expect(mail.text).toContain(`- ${texts.kinds['meeting-gap']}\n  ${APP}/nudges/${ITEMS[0].nudgeId}`);
      expect(mail.text).toContain(`- ${texts.kinds['check-in-missed:referrer']}\n  ${APP}/nudges/${ITEMS[1].nudgeId}`);
      expect(mail.html).toContain(`href="${APP}/nudges/${ITEMS[1].nudgeId}"`);
      expect(mail.text).toContain(`${texts.digest.overview}: ${APP}/nudges`);
    });

    it.each(NOTIFICATION_TEMPLATES)('renders template %s for a kind it does not know, generically', (template) => {
      const mail = renderNotification(
        base(language, {
          template,
          kind: 'something-new:party',
          items: [{ nudgeId: 'n-9', kind: 'something-new', raisedAt: '2025-01-15T08:00:00.000Z' }],
        }),
      );
      expectNoLeaks(mail);
      expect(mail.text).toContain(`${APP}/nudges/n-1`);
      const texts = language === 'da' ? da : en;
      if (template === 'escalation') expect(mail.text).toContain(texts.escalation.general.normal.body);
      else if (template === 'sign-in') expect(mail.text).toContain(texts.signIn.lead(15));
      else if (template === 'escalation-unowned') expect(mail.text).toContain(texts.unownedEscalation.leadWithoutDetails);
      else if (template === 'young-person-link') expect(mail.text).toContain(texts.youngPersonLink.personal);
      else if (template !== 'welcome') expect(mail.text).toContain(texts.unknownKind);
    });

    it.each(['consent-request', 'measurement-request'] as const)(
      'asks the young person by her own link (%s), says it is hers alone, and tells nothing of her course',
      (kind) => {
        const texts = language === 'da' ? da : en;
        const mail = renderNotification(
          base(language, { template: 'young-person-link', kind, recipientRole: 'young-person', linkPath: '/young-person?token=abc' }),
        );
        expect(mail.subject).toBe(texts.youngPersonLink[kind].subject);
        expect(mail.text).toContain(`${texts.youngPersonLink[kind].action}: ${APP}/young-person?token=abc`);
        expect(mail.text).toContain(texts.youngPersonLink.personal);
        expectNoLeaks(mail);
      },
    );

    it('sends a sign-in link that says how long it works and that it can be ignored', () => {
      const texts = language === 'da' ? da : en;
      const mail = renderNotification(
        base(language, { template: 'sign-in', kind: null, linkPath: '/sign-in/verify?token=abc&next=%2Fnudges' }),
      );
      expect(mail.subject).toBe(texts.signIn.subject);
      expect(mail.text).toContain(`${texts.signIn.action}: ${APP}/sign-in/verify?token=abc&next=%2Fnudges`);
      expect(mail.html).toContain(`href="${APP}/sign-in/verify?token=abc&#38;next=%2Fnudges"`);
      expect(mail.text).toContain(texts.signIn.notYou);
    });

    describe('escalations', () => {
      const texts = language === 'da' ? da : en;
      const urgentWord = language === 'da' ? /hast/i : /urgent/i;
      const escalation = (kind: string | null) =>
        renderNotification(base(language, { template: 'escalation', kind, recipientRole: 'panel', linkPath: '/escalations/e-1' }));

      it.each(ESCALATION_KINDS)('mails %s with its own subject and body and the link to the escalation', (kind) => {
        const mail = escalation(kind);
        expectNoLeaks(mail);
        expect(texts.escalation.kinds[kind]).toBeDefined();
        expect(mail.subject).toBe(texts.escalation.kinds[kind].subject);
        expect(mail.text).toContain(texts.escalation.kinds[kind].body);
        expect(mail.text).toContain(`${APP}/escalations/e-1`);
        expect(mail.html).toContain(`href="${APP}/escalations/e-1"`);
      });

      it.each(ESCALATION_KINDS)('says in subject and body whether %s is urgent, and only then', (kind) => {
        const mail = escalation(kind);
        const urgent = kind.endsWith(':urgent');
        expect(urgentWord.test(mail.subject)).toBe(urgent);
        expect(urgentWord.test(mail.text)).toBe(urgent);
      });

      it.each(ESCALATION_KINDS)('keeps the category and the raw kind out of %s', (kind) => {
        const mail = escalation(kind);
        for (const part of [mail.subject, mail.text, mail.html]) {
          for (const word of CATEGORY_WORDS) expect(part.toLowerCase()).not.toContain(word);
          expect(part).not.toContain(kind);
        }
      });

      it('does not echo a suffix it does not know, such as a category, but mails the kind it belongs to', () => {
        const mail = escalation('escalation-assigned:mental-health');
        expect(mail.subject).toBe(texts.escalation.kinds['escalation-assigned'].subject);
        expect(mail.text).not.toContain('mental-health');
      });

      it.each([
        ['escalation-reopened', 'normal'],
        ['escalation-reopened:urgent', 'urgent'],
        [null, 'normal'],
      ] as const)('mails a kind it does not know (%s) generally, still saying when it is urgent', (kind, urgency) => {
        const mail = escalation(kind);
        expectNoLeaks(mail);
        expect(mail.subject).toBe(texts.escalation.general[urgency].subject);
        expect(mail.text).toContain(texts.escalation.general[urgency].body);
        expect(urgentWord.test(mail.subject)).toBe(urgency === 'urgent');
        expect(mail.text).toContain(`${APP}/escalations/e-1`);
      });
    });
  });

  it('writes Danish unless the recipient reads English', () => {
    expect(renderNotification(base('da')).subject).toBe('Påmindelse: Der er ikke registreret et møde i forløbet i et stykke tid');
    expect(renderNotification(base('en')).subject).toBe('Reminder: No meeting has been logged in a mentorship for a while');
    expect(renderNotification(base('fr' as NotificationLanguage)).subject).toBe(renderNotification(base('da')).subject);
    expect(renderNotification(base('en')).html).toContain('<html lang="en">');
  });

  it('knows the same kinds in both languages', () => {
    expect(Object.keys(en.kinds).sort()).toEqual(Object.keys(da.kinds).sort());
  });

  it('knows the same escalation kinds in both languages, and no others than are tested', () => {
    expect(Object.keys(da.escalation.kinds).sort()).toEqual([...ESCALATION_KINDS].sort());
    expect(Object.keys(en.escalation.kinds).sort()).toEqual([...ESCALATION_KINDS].sort());
  });

  it('joins the app URL and the path with one slash', () => {
    expect(renderNotification(base('da', { appUrl: `${APP}/`, linkPath: 'nudges/n-1' })).text).toContain(`${APP}/nudges/n-1\n`);
  });

  it('escapes what goes into the HTML part', () => {
    const mail = renderNotification(base('en', { kind: 'contact-behind', appUrl: 'https://example.dk/?a=1&b="2"', linkPath: '/<script>' }));
    expect(mail.html).toContain('href="https://example.dk/?a=1&#38;b=&#34;2&#34;/&#60;script&#62;"');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('the program&#39;s target');
  });
});
