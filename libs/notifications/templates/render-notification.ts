import type {
  DigestItem,
  MailRecipientRole,
  NotificationLanguage,
  NotificationTemplate,
  NudgeRecipientRole,
} from '../../persistence/entities';
import { SIGN_IN_LINK_MINUTES } from '../../auth/sign-in-link';
import { da } from './da';
import { en } from './en';
import type { EscalationMail, Texts, UnownedEscalation } from './texts';

const TEXTS: Record<NotificationLanguage, Texts> = { da, en };

/** Whom an ignored nudge asked and how long it has waited: all a report of it says beyond its kind. */
export interface IgnoredNudge {
  recipientRole: NudgeRecipientRole;
  openDays: number;
}

export interface NotificationContent {
  template: NotificationTemplate;
  language: NotificationLanguage;
  /** The nudge kind it tells about (for nudge-ignored: the ignored one's); null for a digest. */
  kind: string | null;
  recipientRole: MailRecipientRole;
  /** The app's base URL; links are it plus a path. */
  appUrl: string;
  linkPath: string;
  items?: DigestItem[] | null;
  ignored?: IgnoredNudge | null;
  /** For escalation-unowned: the escalation as it stands when sent; null once it is no longer on record. */
  unowned?: UnownedEscalation | null;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** A mail's body as blocks, so the text and the HTML part say the same. */
type Block = { text: string } | { label: string; href: string } | { list: Array<{ text: string; href: string }> };

/** Where a digest line points: the nudge's own page, as a mail about one nudge does. */
function nudgeLinkPath(nudgeId: string): string {
  return `/nudges/${encodeURIComponent(nudgeId)}`;
}

/** The mail for one outbox row; pure, and total: an unknown kind or role still renders. */
export function renderNotification(content: NotificationContent): RenderedMail {
  const language: NotificationLanguage = content.language in TEXTS ? content.language : 'da';
  const texts = TEXTS[language];
  const link = (path: string) => content.appUrl.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`);
  const open: Block = { label: texts.openLink, href: link(content.linkPath) };
  const { subject, body } = compose(content, texts, link, open);
  const blocks: Block[] = [{ text: texts.greeting }, ...body, { text: texts.signature }, { text: texts.footer }];
  return { subject, text: asText(blocks), html: asHtml(blocks, language) };
}

function compose(
  content: NotificationContent,
  texts: Texts,
  link: (path: string) => string,
  open: Block,
): { subject: string; body: Block[] } {
  const reason = reasonFor(texts, content.kind);
  switch (content.template) {
    case 'nudge-ignored': {
      const { ignored } = content;
      const recipient = ignored ? texts.recipients[ignored.recipientRole] : undefined;
      const lead = ignored && recipient ? texts.nudgeIgnored.lead(recipient, ignored.openDays) : texts.nudgeIgnored.leadWithoutDetails;
      return { subject: texts.nudgeIgnored.subject(withoutStop(reason)), body: [{ text: lead }, { text: reason }, open] };
    }
    case 'welcome': {
      const welcome =
        content.recipientRole === 'mentor' || content.recipientRole === 'young-person'
          ? texts.welcome[content.recipientRole]
          : texts.welcome.anyone;
      return { subject: welcome.subject, body: [{ text: welcome.body }, open] };
    }
    case 'daily-digest': {
      const items = content.items ?? [];
      const list = items.map((item) => ({ text: reasonFor(texts, item.kind), href: link(nudgeLinkPath(item.nudgeId)) }));
      return {
        subject: texts.digest.subject(items.length),
        body: [{ text: texts.digest.lead(items.length) }, { list }, { ...open, label: texts.digest.overview }],
      };
    }
    case 'sign-in':
      return {
        subject: texts.signIn.subject,
        body: [{ text: texts.signIn.lead(SIGN_IN_LINK_MINUTES) }, { ...open, label: texts.signIn.action }, { text: texts.signIn.notYou }],
      };
    case 'young-person-link': {
      const ask =
        content.kind === 'consent-request' ? texts.youngPersonLink['consent-request'] : texts.youngPersonLink['measurement-request'];
      return {
        subject: ask.subject,
        body: [{ text: ask.lead }, { ...open, label: ask.action }, { text: texts.youngPersonLink.personal }],
      };
    }
    case 'escalation': {
      const mail = escalationMail(texts, content.kind);
      return { subject: mail.subject, body: [{ text: mail.body }, open] };
    }
    case 'escalation-unowned': {
      const { unowned } = content;
      const mail = texts.unownedEscalation;
      const urgent = unowned?.urgent ?? Boolean(content.kind?.endsWith(':urgent'));
      return {
        subject: mail.subject(urgent),
        body: [{ text: unowned ? mail.lead(unowned) : mail.leadWithoutDetails }, { text: mail.whatToDo }, { ...open, label: mail.action }],
      };
    }
    default:
      return { subject: texts.nudge.subject(withoutStop(reason)), body: [{ text: reason }, open] };
  }
}

/**
 * A stored kind's entry, or undefined for a kind this code does not know (a
 * row written by newer code). Every kind it does know has its entry: the
 * texts are typed by kind, so a missing one fails to compile.
 */
function known<Kind extends string, Text>(byKind: Record<Kind, Text>, kind: string): Text | undefined {
  return Object.hasOwn(byKind, kind) ? byKind[kind as Kind] : undefined;
}

/** "check-in-missed:mentor" reads as its own sentence; an unknown suffix as its kind's, "check-in-missed". */
function reasonFor(texts: Texts, kind: string | null): string {
  if (!kind) return texts.unknownKind;
  return known(texts.kinds, kind) ?? known(texts.kinds, kind.split(':')[0]) ?? texts.unknownKind;
}

/**
 * "escalation-assigned:urgent" has its own mail; any other suffix falls back to
 * its kind's, and an unknown kind to a general mail, urgent when the kind says
 * so: a new kind must not hide that a young person's concern is urgent.
 */
function escalationMail(texts: Texts, kind: string | null): EscalationMail {
  const { kinds, general } = texts.escalation;
  const mail = kind ? (known(kinds, kind) ?? known(kinds, kind.split(':')[0])) : undefined;
  return mail ?? (kind?.endsWith(':urgent') ? general.urgent : general.normal);
}

function withoutStop(sentence: string): string {
  return sentence.replace(/[.:]$/, '');
}

function asText(blocks: Block[]): string {
  const lines = blocks.map((block) => {
    if ('list' in block) return block.list.map((item) => `- ${item.text}\n  ${item.href}`).join('\n');
    if ('href' in block) return `${block.label}: ${block.href}`;
    return block.text;
  });
  return lines.join('\n\n') + '\n';
}

function asHtml(blocks: Block[], language: NotificationLanguage): string {
  const anchor = (href: string, label: string) => `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;
  const parts = blocks.map((block) => {
    if ('list' in block)
      return `<ul>${block.list.map((item) => `<li>${escapeHtml(item.text)}<br>${anchor(item.href, item.href)}</li>`).join('')}</ul>`;
    if ('href' in block) return `<p>${anchor(block.href, block.label)}</p>`;
    return `<p>${escapeHtml(block.text).replace(/\n/g, '<br>')}</p>`;
  });
  return `<!doctype html><html lang="${language}"><body>${parts.join('')}</body></html>`;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
