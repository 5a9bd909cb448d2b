import { checkInDueAt } from '../../workflows/mentorship/deadlines';
import type { MentorshipPolicy } from '../../workflows/mentorship/messages';
import type { InstrumentId } from '../domain/instruments';

/** What an active course's due items rest on, as its rows in PostgreSQL hold them (meetings, check-ins, measurements). */
export interface CourseFacts {
  matchStartedAt: Date;
  /** Days (YYYY-MM-DD) of the first and the last meeting logged; null before any. */
  firstMeetingOn: string | null;
  lastMeetingOn: string | null;
  /** The program's check-ins with the mentor so far. */
  mentorCheckIns: number;
  /** The measurements submitted, as `<instrument>@<duePoint>`. */
  measured: readonly string[];
}

/** One thing an active course has due, and the moment it is due (ms): no name, no answer, no score. */
export type CourseDueItem =
  | { kind: 'meeting'; dueAt: number }
  | { kind: 'measurement'; dueAt: number; instrument: InstrumentId; duePoint: string }
  | { kind: 'check-in'; dueAt: number };

export type CourseDuePolicy = Pick<MentorshipPolicy, 'contact' | 'measurements' | 'checkIns'>;

const dayStart = (day: string) => Date.parse(`${day}T00:00:00Z`);

/**
 * What an active course has due, as its workflow computes its own deadlines (workflows/mentorship/deadlines.ts): the next meeting
 * when the policy's longest gap since the last (or the match start) runs out, each measurement not yet submitted at its due point
 * after the start, and the program's next check-in with the mentor (none before the first meeting). The one answer the mentor's
 * list, her calendar feed and the coordinators' Today page give.
 */
export function courseDue(facts: CourseFacts, policy: CourseDuePolicy): CourseDueItem[] {
  const start = facts.matchStartedAt.getTime();
  const lastContact = facts.lastMeetingOn ? dayStart(facts.lastMeetingOn) : start;
  const items: CourseDueItem[] = [{ kind: 'meeting', dueAt: lastContact + policy.contact.nudgeAfterGapMs }];
  for (const due of policy.measurements) {
    if (facts.measured.includes(`${due.instrument}@${due.duePoint}`)) continue;
    items.push({ kind: 'measurement', dueAt: start + due.offsetMs, instrument: due.instrument, duePoint: due.duePoint });
  }
  const checkIn = checkInDueAt(policy.checkIns, start, facts.firstMeetingOn ?? undefined, 'mentor', facts.mentorCheckIns);
  if (checkIn !== undefined) items.push({ kind: 'check-in', dueAt: checkIn });
  return items;
}

/** The day (YYYY-MM-DD, UTC) a due moment falls on. */
export function dueDay(dueAt: number): string {
  return new Date(dueAt).toISOString().slice(0, 10);
}
