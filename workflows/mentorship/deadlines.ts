import type { Mentorship } from './mentorship';
import { measurementNudges } from './measurement-rules';
import type { CheckInParty, MentorshipPolicy } from './messages';

const DAY_MS = 24 * 60 * 60 * 1000;
const MONTH_MS = 30 * DAY_MS;

export type NudgeRecipient = { role: 'coordinator' } | { role: 'mentor'; id: string };

export type DeadlineAction =
  | { type: 'nudge'; kind: string; recipient: NudgeRecipient }
  | { type: 'expire-consent' }
  | { type: 'check-contact' }
  | { type: 'ask-continuation' }
  | { type: 'continuation-unanswered' };

export interface Deadline {
  /** Names this deadline; a nudge is sent once per key. */
  key: string;
  at: number;
  action: DeadlineAction;
  /**
   * Moves on with each contact (the meeting gap, the next check-in, the
   * contact check): the course wakes for it, but it is no milestone for
   * operators' lists, which would otherwise be rewritten at every meeting.
   */
  rolling?: true;
}

const coordinator: NudgeRecipient = { role: 'coordinator' };
const dayOf = (isoDate: string) => Date.parse(`${isoDate.slice(0, 10)}T00:00:00.000Z`);

/**
 * Everything the course is waiting for, with the moment it is late, from the
 * policy: consent, a mentor, answers to a proposal, the agreement, meetings,
 * measurements, check-ins, reviews, the planned end, and the continuation
 * follow-up. Deadlines already acted on are left out.
 */
export function deadlines(mentorship: Mentorship): Deadline[] {
  return allDeadlines(mentorship).filter((deadline) => !mentorship.state.nudgesSent.includes(deadline.key));
}

/**
 * The deadline the course wakes for next. Contact periods that met their target are closed first, quietly: nothing in them needs a wake.
 */
export function nextDeadline(mentorship: Mentorship, now: Date): Deadline | undefined {
  if (mentorship.state.phase === 'active') mentorship.closeContactPeriodsMet(now);
  return earliest(deadlines(mentorship));
}

/** What operators see as next due (MentorflowNextDue): the next milestone, leaving out the deadlines that move with every contact. */
export function nextMilestone(mentorship: Mentorship, next: Deadline | undefined): Deadline | undefined {
  return next?.rolling ? earliest(deadlines(mentorship).filter((deadline) => !deadline.rolling)) : next;
}

function earliest(list: Deadline[]): Deadline | undefined {
  return list.sort((a, b) => a.at - b.at)[0];
}

/** The same, including those already acted on: what the course is still chasing. */
function allDeadlines(mentorship: Mentorship): Deadline[] {
  const { state, input } = mentorship;
  const { policy } = input;
  const since = Date.parse(state.phaseSince);
  const nudge = (key: string, at: number, kind: string, recipient: NudgeRecipient = coordinator): Deadline => ({
    key,
    at,
    action: { type: 'nudge', kind, recipient },
  });
  const list: Deadline[] = [];

  switch (state.phase) {
    case 'awaiting-consent':
      list.push({ key: 'consent-expired', at: since + policy.consentWithinMs, action: { type: 'expire-consent' } });
      break;
    case 'matching':
      list.push(nudge(`referral-waiting:${state.phaseSince}`, since + policy.referralWaitingAfterMs, 'referral-waiting'));
      break;
    case 'proposed': {
      const attempt = mentorship.currentAttempt!;
      const late = Date.parse(attempt.proposedAt) + policy.matchProposalUnansweredAfterMs;
      if (!attempt.answers.mentor)
        list.push(
          nudge(`proposal-unanswered:${attempt.attempt}:mentor`, late, 'proposal-unanswered', { role: 'mentor', id: attempt.mentorId }),
        );
      // The young person is not a user: her coordinator asks her.
      if (!attempt.answers['young-person'])
        list.push(nudge(`proposal-unanswered:${attempt.attempt}:young-person`, late, 'proposal-unanswered'));
      break;
    }
    case 'agreeing':
      list.push(nudge(`agreement-missing:${state.phaseSince}`, since + policy.firstMeetingWithinMs, 'agreement-missing'));
      break;
    case 'active':
      list.push(...activeDeadlines(mentorship, nudge));
      break;
    case 'closed':
      list.push(...continuationDeadlines(mentorship));
      break;
  }
  return list;
}

/**
 * Whether the nudge with this key still chases something: its deadline is
 * still the course's (a logged meeting moves the meeting-gap deadline to a
 * new key; a submitted measurement removes its own). A contact shortfall
 * stays open while the course runs; the continuation question until answered.
 */
export function stillChased(mentorship: Mentorship, key: string): boolean {
  const { state } = mentorship;
  if (key.startsWith('contact-behind:')) return state.phase === 'active';
  if (key === 'ask-continuation')
    return !!state.continuation?.askedAt && !state.continuation.answeredAt && !state.continuation.unansweredAt;
  return allDeadlines(mentorship).some((deadline) => deadline.key === key && deadline.action.type === 'nudge');
}

const SETTLED_BY: Array<[prefix: string, reason: string]> = [
  ['meeting-gap:', 'meeting logged'],
  ['measurement-', 'measurement submitted'],
  ['proposal-unanswered:', 'proposal answered'],
  ['referral-waiting:', 'mentor proposed'],
  ['agreement-missing:', 'match agreement recorded'],
  ['check-in:', 'check-in logged'],
  ['review-due:', 'review held'],
  ['planned-end:', 'course extended'],
];

/** What settled a nudge that is no longer chased, in words for the one who reads its row. */
export function settledReason(mentorship: Mentorship, key: string): string {
  const { phase, continuation } = mentorship.state;
  if (key === 'ask-continuation') return continuation?.answeredAt ? 'continuation answered' : 'continuation left unanswered';
  if (phase === 'closing' || phase === 'closed' || phase === 'no-consent') return `course ${phase}`;
  return SETTLED_BY.find(([prefix]) => key.startsWith(prefix))?.[1] ?? 'no longer due';
}

function activeDeadlines(
  mentorship: Mentorship,
  nudge: (key: string, at: number, kind: string, recipient?: NudgeRecipient) => Deadline,
): Deadline[] {
  const { state, input } = mentorship;
  const { policy } = input;
  const start = mentorship.matchStartMs!;
  const mentor: NudgeRecipient = { role: 'mentor', id: state.mentorId! };
  const list: Deadline[] = [];

  // Quietly, a period that reached its target needs no check: the first one that has not is checked at its end.
  let checked = state.contact.periodsChecked;
  while (mentorship.contactPeriodMet(checked)) checked += 1;
  list.push({
    key: `contact-check:${checked}`,
    at: mentorship.contactPeriodEndMs(checked),
    action: { type: 'check-contact' },
    rolling: true,
  });

  const lastContact = state.meetings.lastHeldOn ? dayOf(state.meetings.lastHeldOn) : start;
  list.push({
    ...nudge(`meeting-gap:${state.meetings.lastHeldOn ?? 'start'}`, lastContact + policy.contact.nudgeAfterGapMs, 'meeting-gap', mentor),
    rolling: true,
  });

  for (const due of policy.measurements) {
    if (state.measurements.includes(`${due.instrument}@${due.duePoint}`)) continue;
    for (const { kind, key, afterStartMs } of measurementNudges(due, policy)) list.push(nudge(key, start + afterStartMs, kind, mentor));
  }

  for (const party of ['young-person', 'mentor', 'referrer'] as CheckInParty[]) {
    const held = state.checkIns[party];
    const at = checkInDue(mentorship, party, held);
    if (at !== undefined) list.push({ ...nudge(`check-in:${party}:${held}`, at, `check-in-missed:${party}`), rolling: true });
  }

  for (const offset of policy.reviewsAtMs) {
    if (!state.reviewsHeld.includes(offset)) list.push(nudge(`review-due:${offset}`, start + offset, 'review-due'));
  }
  const plannedEnd = Date.parse(state.plannedEndAt!);
  const maximum = start + policy.duration.maxMs;
  if (!plannedEndSaidOtherwise(mentorship, plannedEnd, maximum)) {
    list.push(nudge(`planned-end:${state.plannedEndAt}`, plannedEnd, 'planned-end-reached'));
  }
  list.push(nudge('maximum-reached', maximum, 'maximum-reached'));
  return list;
}

/**
 * A review still due by the planned end asks the same question (extend or close); a planned end at the maximum is the maximum's reminder.
 */
function plannedEndSaidOtherwise(mentorship: Mentorship, plannedEnd: number, maximum: number): boolean {
  const { state, input, matchStartMs } = mentorship;
  const reviewDecides = input.policy.reviewsAtMs.some(
    (offset) => !state.reviewsHeld.includes(offset) && matchStartMs! + offset <= plannedEnd,
  );
  return reviewDecides || plannedEnd >= maximum;
}

/**
 * When the program's n-th contact with a party is due (MENTOR's standard as
 * policy): the first within firstWithin of the first meeting, the rest of the
 * first month's count spread over that month, then one every thenEvery; the
 * referrer every referrerEvery from the match start.
 */
export function checkInDue(mentorship: Mentorship, party: CheckInParty, n: number): number | undefined {
  return checkInDueAt(mentorship.input.policy.checkIns, mentorship.matchStartMs!, mentorship.state.firstMeetingOn, party, n);
}

/** As checkInDue, from the facts it rests on, so a read from the database answers as the course's workflow would. */
export function checkInDueAt(
  checkIns: MentorshipPolicy['checkIns'],
  start: number,
  firstMeeting: string | undefined,
  party: CheckInParty,
  n: number,
): number | undefined {
  if (party === 'referrer') return start + (n + 1) * checkIns.referrerEveryMs;
  const inFirstMonth = Math.max(1, checkIns.firstMonthCount);
  if (n === 0) {
    return firstMeeting ? dayOf(firstMeeting) + checkIns.firstWithinMs : undefined;
  }
  if (n < inFirstMonth) return start + Math.round((MONTH_MS * n) / (inFirstMonth - 1));
  return start + MONTH_MS + (n - inFirstMonth + 1) * checkIns.thenEveryMs;
}

function continuationDeadlines(mentorship: Mentorship): Deadline[] {
  const { state, input } = mentorship;
  const { followUp, askAfterMs } = input.policy.continuation;
  if (!followUp || !state.closure || state.continuation?.answeredAt || state.continuation?.unansweredAt) return [];
  if (!state.continuation?.askedAt)
    return [{ key: 'ask-continuation', at: Date.parse(state.closure.at) + askAfterMs, action: { type: 'ask-continuation' } }];
  // Asked once; an answer that never comes closes the question after the same wait again.
  return [
    {
      key: 'continuation-unanswered',
      at: Date.parse(state.continuation.askedAt) + askAfterMs,
      action: { type: 'continuation-unanswered' },
    },
  ];
}

/** The course is over: consent never came, or it closed and any continuation follow-up is done. */
export function isFinished(mentorship: Mentorship): boolean {
  const { state, input } = mentorship;
  if (state.phase === 'no-consent') return true;
  if (state.phase !== 'closed') return false;
  return !input.policy.continuation.followUp || !!state.continuation?.answeredAt || !!state.continuation?.unansweredAt;
}
