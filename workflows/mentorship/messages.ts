import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { InstrumentId } from '../../libs/domain/instruments';

export { escalationClosedSignal, mentorshipWorkflowId } from '../shared/course-escalations';
export type { EscalationClosed } from '../shared/course-escalations';

export const MENTORSHIP_PHASES = [
  'awaiting-consent',
  'intake',
  'matching',
  'proposed',
  'agreeing',
  'active',
  'closing',
  'closed',
  'no-consent',
] as const;
export type MentorshipPhase = (typeof MENTORSHIP_PHASES)[number];

/** Phases in which a course holds one of its mentor's slots (matching counts them against capacity). */
export const PHASES_HOLDING_A_SLOT: readonly MentorshipPhase[] = ['proposed', 'agreeing', 'active'];

export const CLOSURE_KINDS = ['planned', 'early'] as const;
export const CLOSURE_REASONS = ['completed', 'withdrawn', 'mentor-left', 'moved', 'no-contact', 'other'] as const;
export const OUTCOMES = ['education-started', 'job-started', 'retained', 'none'] as const;
export const PARTIES = ['young-person', 'mentor'] as const;
export const CHECK_IN_PARTIES = ['young-person', 'mentor', 'referrer'] as const;
export type ClosureKind = (typeof CLOSURE_KINDS)[number];
export type ClosureReason = (typeof CLOSURE_REASONS)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type Party = (typeof PARTIES)[number];
export type CheckInParty = (typeof CHECK_IN_PARTIES)[number];

export interface DuePoint {
  instrument: InstrumentId;
  /** The policy's label, e.g. "0d" or "P3M". */
  duePoint: string;
  offsetMs: number;
}

/** The slice of a program policy a mentorship runs on, durations in milliseconds. */
export interface MentorshipPolicy {
  policyVersion: number;
  consentWithinMs: number;
  referralWaitingAfterMs: number;
  matchProposalUnansweredAfterMs: number;
  matchAgreementRequired: boolean;
  firstMeetingWithinMs: number;
  contact: { targetMinutes: number; periodMs: number; nudgeAfterGapMs: number };
  duration: { minMs: number; plannedMs: number; maxMs: number; extensionMs: number };
  reviewsAtMs: number[];
  measurements: DuePoint[];
  closingInstruments: DuePoint['instrument'][];
  measurementOverdueAfterMs: number;
  checkIns: { firstWithinMs: number; firstMonthCount: number; thenEveryMs: number; referrerEveryMs: number };
  continuation: { followUp: boolean; askAfterMs: number };
  escalations: EscalationThresholds;
  /**
   * The program's time zone (notifications.timeZone), in which its people date what they log. Courses started before it was
   * carried have none, and judge days by UTC as they did.
   */
  timeZone?: string;
}

/** When the engine raises an escalation on its own (the WHO-5 limits are the measurement policy's). */
export interface EscalationThresholds {
  missedMeetingsInARow: number;
  unansweredNudges: number;
}

export interface MentorshipInput {
  mentorshipId: string;
  programSlug: string;
  municipalityId: string;
  policy: MentorshipPolicy;
}

export interface MatchAttemptState {
  attempt: number;
  mentorId: string;
  proposedAt: string;
  answers: Partial<Record<Party, 'accept' | 'decline'>>;
  outcome?: 'accepted' | 'declined-by-young-person' | 'declined-by-mentor' | 'mentor-left' | 'closed';
}

export interface Closure {
  kind: ClosureKind;
  reason: ClosureReason;
  outcome: Outcome;
  by: string;
  at: string;
}

export interface MentorshipState {
  mentorshipId: string;
  phase: MentorshipPhase;
  phaseSince: string;
  attempts: MatchAttemptState[];
  mentorId?: string;
  matchStartedAt?: string;
  firstMeetingOn?: string;
  plannedEndAt?: string;
  extensions: number;
  meetings: { count: number; minutes: number; lastHeldOn?: string; ids: string[] };
  /** Contact against the policy's target, period by period since the match start. */
  contact: { periodsChecked: number; minutesByPeriod: Record<number, number> };
  checkIns: Record<CheckInParty, number>;
  /** "instrument@duePoint" of each measurement submitted. */
  measurements: string[];
  /** Review offsets (ms after the match start) already held. */
  reviewsHeld: number[];
  closure?: Closure;
  exitConversations: Party[];
  /** The follow-up some months after closure: asked once, answered or left unanswered. */
  continuation?: { askedAt?: string; keptInTouch?: boolean; answeredAt?: string; unansweredAt?: string };
  /** Keys of the reminders already sent, so each is sent once. */
  nudgesSent: string[];
  /** Keys of the nudges still open: each is resolved when what it chases happens. */
  openNudges: string[];
  /** Ids of the escalations about this course still open: while any is, the course shows a risk flag and does not finish. */
  openEscalations: string[];
  /** Keys of the engine's own escalations already raised, e.g. "who5@P3M", so each occasion raises one. */
  escalationsRaised: string[];
  /**
   * The missed meetings the course has counted, the last `inARow` of them its current run; a run the policy escalates raises an
   * escalation. Every missed meeting is a row in PostgreSQL, and the API asks the course only about runs that reach the policy's
   * length (MissedRunCommand), so `ids` holds those runs' ids (and, in courses begun earlier, each it was told of one by one).
   * `heldBefore` is how many meetings were logged when a run's last missed meeting was told: more by the next one ends the run.
   */
  missedMeetings: { inARow: number; ids: string[]; heldBefore?: number };
  /** The mentor's nudges left unanswered until they were reported, since the last escalation they raised. */
  unansweredNudges: number;
}

export interface ByCommand {
  by: string;
}
export interface ProposeMatchCommand extends ByCommand {
  mentorId: string;
}
export interface AnswerProposalCommand extends ByCommand {
  party: Party;
  answer: 'accept' | 'decline';
}
/** A party's accept the API stored on the attempt's row (MatchAttempt), for the attempt it answers. */
export interface ProposalAcceptedCommand extends ByCommand {
  party: Party;
  attempt: number;
}
export interface LogMeetingCommand extends ByCommand {
  meetingId: string;
  heldOn: string;
  minutes: number;
  placeKind: string;
}
export interface CheckInCommand extends ByCommand {
  party: CheckInParty;
  heldOn: string;
  /** The row the API stored for it (the course only counts it). */
  checkInId?: string;
}
export interface MeasurementCommand extends ByCommand {
  measurementId: string;
  instrument: DuePoint['instrument'];
  duePoint: string;
  /** A WHO-5's flags, assessed by the API as it stored the score (it always sends them); without them the course raises nothing. */
  wellBeing?: WellBeingFlags;
}

/** What a WHO-5 says, as flags only: the score stays in Postgres. */
export interface WellBeingFlags {
  /** In the policy's high-risk band (likely depression). */
  highRisk: boolean;
  /** Down by at least the policy's meaningful change since the one before. */
  sharpDrop: boolean;
}
export interface ReviewCommand extends ByCommand {
  decision: 'continue' | 'extend';
}
export interface CloseCommand extends ByCommand {
  kind: ClosureKind;
  reason: ClosureReason;
  outcome: Outcome;
}
export interface ExitConversationCommand extends ByCommand {
  party: Party;
  /** False records that it was offered but did not take place (e.g. no contact). */
  held: boolean;
}
export interface ContinuationCommand extends ByCommand {
  keptInTouch: boolean;
}
/** A person's concern or question; its category, urgency and words are in the escalation's row. */
export interface RaiseEscalationCommand extends ByCommand {
  escalationId: string;
}
export interface MissedMeetingCommand extends ByCommand {
  missedMeetingId: string;
  /** The day the meeting was planned for, YYYY-MM-DD. */
  plannedOn: string;
  missedBy: 'young-person' | 'mentor' | 'both';
  /** How many meetings the course had logged when this one was missed, as the API counted its rows; one held since ends a run. */
  meetingsHeld?: number;
}

/**
 * The missed meetings logged since the course's last meeting, by id in the order logged, as the API stores them: it asks the course
 * about them only once enough of them, not yet counted in an escalation, make a run the policy escalates.
 */
export interface MissedRunCommand extends ByCommand {
  run: string[];
}

/**
 * A course's contact as its rows in PostgreSQL hold it: the meetings and the program's check-ins, which the API stores without
 * waking the course. The course reads them when it acts on a deadline, when one of them settles what it chases, and as it closes.
 */
export interface RecordedContact {
  meetings: { count: number; minutes: number; firstHeldOn?: string; lastHeldOn?: string };
  /** Minutes met on each day (YYYY-MM-DD) from the asked-for day on: the contact periods the course has not checked yet. */
  minutesByDay: Record<string, number>;
  checkIns: Record<CheckInParty, number>;
  /**
   * "instrument@duePoint" of the measurements stored: the API stores an active course's without asking it, unless the course must
   * act on one (MeasurementSubmission). Absent where not asked for, and from readings recorded before the course read them.
   */
  measurements?: string[];
  /** The reviews the API stored (a course begun since it stores them, CourseReviews), by review point. Absent where not asked for. */
  reviews?: StoredReview[];
}

/** A review as the API stored it: the review point held (ms after the match start) and, if it extended the course, its new planned end. */
export interface StoredReview {
  atMs: number;
  extendedTo?: string;
}

export const mentorshipStateQuery = defineQuery<MentorshipState>('state');
export const recordConsentUpdate = defineUpdate<MentorshipState, [ByCommand]>('recordConsent');
/** The young person said no from her consent link: the course ends as no-consent at once, instead of when the policy's time runs out. */
export const refuseConsentUpdate = defineUpdate<MentorshipState, [ByCommand]>('refuseConsent');
export const completeIntakeUpdate = defineUpdate<MentorshipState, [ByCommand]>('completeIntake');
export const proposeMatchUpdate = defineUpdate<MentorshipState, [ProposeMatchCommand]>('proposeMatch');
export const answerProposalUpdate = defineUpdate<MentorshipState, [AnswerProposalCommand]>('answerProposal');
export const recordMatchAgreementUpdate = defineUpdate<MentorshipState, [ByCommand]>('recordMatchAgreement');
/**
 * How the API told a course of each meeting and check-in before version 2 (now rows the course reads, RecordedContact): still
 * taken, as an update sent by an API of before, or in a history recorded then, must find its handler.
 */
export const logMeetingUpdate = defineUpdate<MentorshipState, [LogMeetingCommand]>('logMeeting');
export const recordCheckInUpdate = defineUpdate<MentorshipState, [CheckInCommand]>('recordCheckIn');
export const measurementSubmittedUpdate = defineUpdate<MentorshipState, [MeasurementCommand]>('measurementSubmitted');
export const recordReviewUpdate = defineUpdate<MentorshipState, [ReviewCommand]>('recordReview');
export const closeUpdate = defineUpdate<MentorshipState, [CloseCommand]>('close');
export const recordExitConversationUpdate = defineUpdate<MentorshipState, [ExitConversationCommand]>('recordExitConversation');
export const mentorLeftUpdate = defineUpdate<MentorshipState, [ByCommand]>('mentorLeft');
export const recordContinuationUpdate = defineUpdate<MentorshipState, [ContinuationCommand]>('recordContinuation');
export const raiseEscalationUpdate = defineUpdate<MentorshipState, [RaiseEscalationCommand]>('raiseEscalation');
/**
 * The API stored a meeting or check-in that settles what the course chases (an open meeting-gap or check-in nudge) or moves its
 * check-ins' dates (the first meeting): the course reads its contact again (RecordedContact). Other contact waits for its next deadline.
 */
export const contactRecordedSignal = defineSignal('contactRecorded');
/**
 * The API stored and checked an accept to the course's proposal (a proposal made since it stores answers): the course takes it as
 * it takes the command (answerProposalUpdate), which a decline, two accepts that start a match without a written agreement, and
 * an answer to a proposal made before still are.
 */
export const proposalAcceptedSignal = defineSignal<[ProposalAcceptedCommand]>('proposalAccepted');
/**
 * The API stored and checked a review (a course referred since it stores them): the course takes it as it would read it with its
 * contact (RecordedContact.reviews), and settles the nudge that chased it.
 */
export const reviewHeldSignal = defineSignal<[StoredReview]>('reviewHeld');
/** Before the API stored missed meetings (MissedRunCommand), each was this command; kept for runs and updates in flight from then. */
export const recordMissedMeetingUpdate = defineUpdate<MentorshipState, [MissedMeetingCommand]>('recordMissedMeeting');
export const missedMeetingsInARowUpdate = defineUpdate<MentorshipState, [MissedRunCommand]>('missedMeetingsInARow');
