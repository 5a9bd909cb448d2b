import { NUDGE_KINDS } from '../notifications/nudge-kinds';
import { ESCALATION_REASONS, URGENCIES, type Urgency } from '../../workflows/escalation/messages';
import type { Stall } from '../../workflows/mentor/stalls';

/**
 * What a coordinator's Today page lists, one kind of row each, in the order the page shows their counts. Each kind is read from a table
 * the engine keeps current (see today-queries.ts), never from a workflow.
 */
export const TODAY_ITEM_KINDS = [
  'escalation',
  'nudge',
  'measurement-overdue',
  'referral-waiting',
  'proposal-unanswered',
  'quota-behind',
  'mentor-path-stalled',
] as const;
export type TodayItemKind = (typeof TODAY_ITEM_KINDS)[number];

/** The phases in which a course waits for its coordinator before a mentor is proposed. */
export const WAITING_PHASES = ['awaiting-consent', 'intake', 'matching'] as const;
export const STALL_KINDS = ['application-waiting', 'screening-stalled', 'course-stalled'] as const satisfies ReadonlyArray<Stall['kind']>;

/**
 * Nudges that are the engine's reminder of a fact the page lists as its own kind: the fact's row carries the nudge's id, and the nudge is
 * not listed again as a nudge.
 */
export const NUDGE_KINDS_LISTED_AS_FACTS: readonly string[] = [
  'measurement-overdue',
  'quota-behind',
  'referral-waiting',
  'proposal-unanswered',
  ...STALL_KINDS,
];

/**
 * Why a row is listed, as a stable code the console translates (its parameters beside it), never as English prose: one code per
 * escalation reason, nudge kind, waiting phase and stall.
 */
export const TODAY_REASON_CODES = [
  ...ESCALATION_REASONS.map((reason) => `escalation.${reason}` as const),
  ...NUDGE_KINDS.map((kind) => `nudge.${kind}` as const),
  'measurement-overdue',
  ...WAITING_PHASES.map((phase) => `referral.${phase}` as const),
  'proposal-unanswered',
  'quota-behind',
  ...STALL_KINDS.map((stall) => `mentor-path.${stall}` as const),
] as const;
export type TodayReasonCode = (typeof TODAY_REASON_CODES)[number];

/** Dates as ISO strings and counts as numbers, for the console to format in the reader's language. */
export type ReasonParams = Record<string, string | number>;

export const TODAY_URGENCIES = URGENCIES;

export interface TodayItem {
  kind: TodayItemKind;
  reason: { code: TodayReasonCode; params: ReasonParams };
  urgency: Urgency;
  /** Since when it has been waiting: raised, overdue, stalled, in its phase. */
  since: Date;
  /** When what it waits for is or was due, where there is such a moment. */
  dueAt: Date | null;
  /** What the row is about, as her access lets her read it: a first name, a municipality's name. */
  label: string | null;
  programId: string;
  mentorshipId: string | null;
  mentorId: string | null;
  escalationId: string | null;
  nudgeId: string | null;
  quotaId: string | null;
}

export interface TodayPage {
  counts: Record<TodayItemKind, number>;
  items: TodayItem[];
}

/** Urgent first, then the oldest. */
export function byUrgencyThenAge(a: TodayItem, b: TodayItem): number {
  const urgency = URGENCIES.indexOf(a.urgency) - URGENCIES.indexOf(b.urgency);
  return urgency !== 0 ? urgency : a.since.getTime() - b.since.getTime();
}
