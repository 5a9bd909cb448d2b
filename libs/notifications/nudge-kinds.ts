import { CHECK_IN_PARTIES } from '../../workflows/mentorship/messages';
import type { NotificationTemplate } from '../persistence/entities';

/** The message both parties get when a match starts: it tells, it does not chase. */
export const WELCOME_KIND = 'welcome';

/** What the engine asks a young person herself, by a personal link in her mail (libs/young-person-links). */
export const YOUNG_PERSON_ASK_KINDS = ['consent-request', 'measurement-request'] as const;
export type YoungPersonAskKind = (typeof YOUNG_PERSON_ASK_KINDS)[number];

/** The kind a nudge has when it reports another one, ignored, to the coordinator. */
export const IGNORED_NUDGE_KIND = 'nudge-ignored';

/**
 * Every kind of nudge the engine raises. The mail texts are a
 * Record<NudgeKind, …> in each language (notifications/templates), so a kind
 * added here without its sentences does not compile.
 */
export const NUDGE_KINDS = [
  'meeting-gap',
  'contact-behind',
  'measurement-due',
  'measurement-overdue',
  'proposal-unanswered',
  'referral-waiting',
  'agreement-missing',
  'application-waiting',
  'screening-stalled',
  'course-stalled',
  'quota-behind',
  // Raised per party, "check-in-missed:mentor"; the bare kind reads for a party this code does not know yet.
  'check-in-missed',
  ...CHECK_IN_PARTIES.map((party) => `check-in-missed:${party}` as const),
  'review-due',
  'planned-end-reached',
  'maximum-reached',
  'continuation-follow-up',
  IGNORED_NUDGE_KIND,
  WELCOME_KIND,
  ...YOUNG_PERSON_ASK_KINDS,
] as const;

export type NudgeKind = (typeof NUDGE_KINDS)[number];

/**
 * Kinds of message that tell rather than chase: delivered, then done; nobody acknowledges them. The young person's own links are
 * among them: she has no inbox to acknowledge in, and her mentor is chased about a measurement instead.
 */
const INFORMATIONAL_KINDS = new Set<string>([WELCOME_KIND, ...YOUNG_PERSON_ASK_KINDS]);

export function isYoungPersonAsk(kind: string): kind is YoungPersonAskKind {
  return (YOUNG_PERSON_ASK_KINDS as readonly string[]).includes(kind);
}

/** Takes any stored kind: rows may hold kinds of older or newer code. */
export function awaitsAcknowledgement(kind: string): boolean {
  return !INFORMATIONAL_KINDS.has(kind);
}

/** The mail a nudge of this kind is sent as. */
export function templateOf(kind: string): NotificationTemplate {
  if (kind === WELCOME_KIND) return 'welcome';
  if (isYoungPersonAsk(kind)) return 'young-person-link';
  return kind === IGNORED_NUDGE_KIND ? 'nudge-ignored' : 'nudge';
}
