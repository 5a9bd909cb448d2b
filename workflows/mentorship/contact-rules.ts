import type { RefusalArgs, RefusalCode } from '../refusals';
import { dayHasCome, dayIn } from '../shared/calendar-day';
import type { CheckInCommand, LogMeetingCommand, MentorshipPhase, MissedMeetingCommand } from './messages';

// Pure and free of @temporalio at run time (types only): the console imports it too, to number contact periods as the course does.

/** Longer than any real meeting: a typo, not a day out. */
export const MEETING_MINUTES = { min: 1, max: 600 } as const;

/** Refuses with a reason: in a workflow an ApplicationFailure (`refuse`), in the API a 409 with the same code. */
export type Refuser = <Code extends RefusalCode>(code: Code, ...params: RefusalArgs<Code>) => never;

/** What the contact rules read of a course: its phase and, once active, when the match started. */
export interface ContactCourse {
  phase: MentorshipPhase;
  matchStartedAt?: string;
  /** The policy's maximum duration from the match start. */
  maxMs: number;
  /** Its program's time zone (notifications.timeZone): a day logged has come when it has come there. */
  timeZone: string;
}

/**
 * A meeting fits an active course: held on a day from the match start to its maximum duration's last day, not in the future, of a
 * believable length. The course's workflow and the API (which stores meetings without waking the course) both keep these.
 */
export function checkMeetingFits(
  { heldOn, minutes }: Pick<LogMeetingCommand, 'heldOn' | 'minutes'>,
  course: ContactCourse,
  now: Date,
  refuse: Refuser,
): void {
  expectActive(course, refuse);
  const matchStart = matchStartDay(course);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(heldOn)) refuse('not-a-date', { field: 'heldOn' });
  if (!dayHasCome(heldOn, now, course.timeZone)) refuse('date-in-future', { field: 'heldOn', date: heldOn });
  if (heldOn < matchStart) refuse('before-match-start', { field: 'heldOn', date: heldOn, matchStart });
  const lastDay = new Date(Date.parse(course.matchStartedAt!) + course.maxMs).toISOString().slice(0, 10);
  if (heldOn > lastDay) refuse('past-maximum-duration', { lastDay });
  if (!Number.isInteger(minutes) || minutes < MEETING_MINUTES.min || minutes > MEETING_MINUTES.max) {
    refuse('minutes-out-of-range', { min: MEETING_MINUTES.min, max: MEETING_MINUTES.max });
  }
}

/** A program check-in fits an active course and is not dated in the future. */
export function checkCheckInFits({ heldOn }: Pick<CheckInCommand, 'heldOn'>, course: ContactCourse, now: Date, refuse: Refuser): void {
  expectActive(course, refuse);
  if (!dayHasCome(heldOn, now, course.timeZone)) refuse('date-in-future', { field: 'heldOn', date: heldOn });
}

const MISSED_BY: readonly MissedMeetingCommand['missedBy'][] = ['young-person', 'mentor', 'both'];

/**
 * A missed meeting fits an active course: planned for a day from the match start that has come, missed by one of the two or both.
 * The API keeps these as it stores one; the course kept them too while each reached it as a command (recordMissedMeetingUpdate).
 */
export function checkMissedMeetingFits(
  { plannedOn, missedBy }: Pick<MissedMeetingCommand, 'plannedOn' | 'missedBy'>,
  course: ContactCourse,
  now: Date,
  refuse: Refuser,
): void {
  if (course.phase !== 'active') refuse('missed-meeting-wrong-phase', { phase: course.phase });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(plannedOn)) refuse('not-a-date', { field: 'plannedOn' });
  if (!dayHasCome(plannedOn, now, course.timeZone)) refuse('missed-meeting-in-future', { date: plannedOn });
  const matchStart = matchStartDay(course);
  if (plannedOn < matchStart) refuse('before-match-start', { field: 'plannedOn', date: plannedOn, matchStart });
  if (!MISSED_BY.includes(missedBy)) refuse('not-one-of', { field: 'missedBy', allowed: [...MISSED_BY] });
}

/**
 * The match's first day, the earlier of its day in UTC and where the course is kept: a match made at 23:30 in Nuuk starts that day
 * there, already the next in UTC, and a meeting that evening is not before it. Never later than the UTC day, which it always was,
 * so a course's own check only grows more lenient.
 */
function matchStartDay({ matchStartedAt, timeZone }: ContactCourse): string {
  const inUtc = matchStartedAt!.slice(0, 10);
  const there = dayIn(new Date(matchStartedAt!), timeZone);
  return there < inUtc ? there : inUtc;
}

function expectActive({ phase }: ContactCourse, refuse: Refuser): void {
  if (phase !== 'active') refuse('wrong-phase', { subject: 'mentorship', phase, needed: ['active'] });
}

/** Contact periods run from the match's first day (UTC), in whole days, as meetings are logged by date. */
export function contactPeriodsStartMs(matchStartedAt: string): number {
  return Date.parse(`${matchStartedAt.slice(0, 10)}T00:00:00.000Z`);
}

/** The contact period, numbered from 0, that a day (YYYY-MM-DD) falls in; a day before the match start counts in the first. */
export function contactPeriodOf(matchStartedAt: string, periodMs: number, day: string): number {
  const elapsed = Date.parse(`${day}T00:00:00.000Z`) - contactPeriodsStartMs(matchStartedAt);
  return Math.max(0, Math.floor(elapsed / periodMs));
}
