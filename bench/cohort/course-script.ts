import { randomUUID } from 'node:crypto';
import { durationMs } from '../../libs/domain/duration';
import type { ProgramPolicy } from '../../libs/domain/policy/program-policy';
import { closingInstruments, CLOSE_DUE_POINT, measurementDuePoints } from '../../libs/measurements/due-points';
import { MATCH_AGREEMENT } from '../../scripts/stack/match-agreement';

/** One command of a running course: a POST to /mentorships/:id/<path>, due `atMs` after the match started. */
export interface TimedCommand {
  atMs: number;
  path: string;
  body: () => Record<string, unknown>;
  /** The closure: the continuation is timed from its answer. */
  closes?: true;
}

export interface CourseScript {
  /** From the match start to a closed course, in the order they are sent. */
  commands: TimedCommand[];
  /**
   * The continuation answer, due this long after the closure was acknowledged: the program asks that long after the closure itself, a
   * moment before.
   */
  continuation: TimedCommand;
}

const today = () => new Date().toISOString().slice(0, 10);

const ANSWERS: Record<string, Record<string, unknown>> = {
  // Steady, good well-being: neither the high-risk band nor a drop, so the engine raises no escalation of its own.
  who5: { answers: [4, 4, 3, 4, 4] },
  'self-efficacy': { answers: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3] },
  status: { status: 'education' },
};

/** Same-moment commands go in this order: what fell due first, the course's own business next, the closure and what it needs last. */
const ORDER = ['measurement', 'review', 'referrer', 'meeting', 'check-in', 'close', 'closing-measurement', 'exit-conversation'] as const;

/**
 * What a course of this (compressed) policy is when everyone does their part
 * on time, from the match start: the due measurements, four meetings a month
 * (the agreement's), a check-in with the young person and the mentor after
 * the first meeting and then every month, the referrer every quarter (each a
 * week before it falls due), the
 * reviews (each extending the course), the planned closure at the end of the
 * extended course with the closing measurements and both exit conversations,
 * and the continuation answer once the program has asked.
 */
export function courseScript(policy: ProgramPolicy, monthMs: number): CourseScript {
  const extensions = policy.reviews.at.length;
  const endMs = Math.min(
    durationMs(policy.duration.planned) + extensions * durationMs(policy.duration.extension),
    durationMs(policy.duration.max),
  );
  const timed: Array<TimedCommand & { kind: (typeof ORDER)[number] }> = [];
  const add = (kind: (typeof ORDER)[number], atMs: number, path: string, body: TimedCommand['body']) =>
    timed.push({ kind, atMs, path, body, ...(kind === 'close' ? { closes: true as const } : {}) });

  for (const due of measurementDuePoints(policy)) {
    add('measurement', due.offsetMs, 'measurements', () => ({
      id: randomUUID(),
      instrument: due.instrument,
      duePoint: due.duePoint,
      measuredOn: today(),
      ...ANSWERS[due.instrument],
    }));
  }
  for (const at of policy.reviews.at) add('review', durationMs(at), 'reviews', () => ({ decision: 'extend' }));
  // A program's contact is held the week before it falls due, as a coordinator who keeps her calendar would, not in a race with its
  // reminder.
  const aWeekEarlier = (dueAt: number) => dueAt - Math.round(monthMs / 4);
  const referrerEvery = durationMs(policy.checkIns.referrerEvery);
  for (let due = referrerEvery; due <= endMs; due += referrerEvery)
    add('referrer', aWeekEarlier(due), 'check-ins', () => ({ id: randomUUID(), party: 'referrer', heldOn: today() }));
  const meetings = Math.round((endMs / monthMs) * MATCH_AGREEMENT.meetingsPerPeriod);
  for (let meeting = 0; meeting < meetings; meeting += 1) {
    const atMs = Math.round((meeting * monthMs) / MATCH_AGREEMENT.meetingsPerPeriod);
    add('meeting', atMs, 'meetings', () => ({
      id: randomUUID(),
      heldOn: today(),
      minutes: MATCH_AGREEMENT.minutesPerMeeting,
      placeKind: 'cafe',
    }));
  }
  // The first check-ins right after the first meeting, then one a month.
  const checkInEvery = durationMs(policy.checkIns.thenEvery);
  for (let due = 0; due < endMs; due += checkInEvery) {
    for (const party of ['young-person', 'mentor'])
      add('check-in', due === 0 ? 0 : aWeekEarlier(due), 'check-ins', () => ({ id: randomUUID(), party, heldOn: today() }));
  }
  add('close', endMs, 'close', () => ({ kind: 'planned', reason: 'completed', outcome: 'education-started' }));
  for (const instrument of closingInstruments(policy)) {
    add('closing-measurement', endMs, 'measurements', () => ({
      id: randomUUID(),
      instrument,
      duePoint: CLOSE_DUE_POINT,
      measuredOn: today(),
      ...ANSWERS[instrument],
    }));
  }
  for (const party of ['young-person', 'mentor']) add('exit-conversation', endMs, 'exit-conversations', () => ({ party, held: true }));

  // A stable sort: same-kind commands at one moment keep the order they were added in.
  const commands = timed
    .sort((a, b) => a.atMs - b.atMs || ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind))
    .map(({ kind: _kind, ...command }) => command);
  return {
    commands,
    continuation: { atMs: durationMs(policy.continuation.askAfter), path: 'continuation', body: () => ({ keptInTouch: true }) },
  };
}
