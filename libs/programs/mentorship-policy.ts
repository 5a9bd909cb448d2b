import type { EscalationThresholds, MentorshipPolicy } from '../../workflows/mentorship/messages';
import { closingInstruments, measurementDuePoints } from '../measurements/due-points';
import { DURATION_UNITS_MS, durationMs } from '../domain/duration';
import type { ProgramPolicy } from '../domain/policy/program-policy';

const PERIOD_MS = { week: DURATION_UNITS_MS.WEEK, month: DURATION_UNITS_MS.MONTH };

/** The part of a program policy a mentorship runs on, with durations in milliseconds; always with its program's time zone. */
export function mentorshipPolicy(policy: ProgramPolicy, policyVersion: number): MentorshipPolicy & { timeZone: string } {
  return {
    policyVersion,
    consentWithinMs: durationMs(policy.nudges.consentWithin),
    referralWaitingAfterMs: durationMs(policy.nudges.referralWaitingAfter),
    matchProposalUnansweredAfterMs: durationMs(policy.nudges.matchProposalUnansweredAfter),
    matchAgreementRequired: policy.matchAgreement.required,
    firstMeetingWithinMs: durationMs(policy.matchAgreement.firstMeetingWithin),
    contact: {
      targetMinutes: Math.round(policy.contact.targetHours * 60),
      periodMs: PERIOD_MS[policy.contact.per],
      nudgeAfterGapMs: durationMs(policy.contact.nudgeAfterGap),
    },
    ...reviewTerms(policy),
    measurements: measurementDuePoints(policy),
    closingInstruments: closingInstruments(policy),
    measurementOverdueAfterMs: durationMs(policy.measurements.overdueAfter),
    checkIns: {
      firstWithinMs: durationMs(policy.checkIns.firstWithin),
      firstMonthCount: policy.checkIns.firstMonthCount,
      thenEveryMs: durationMs(policy.checkIns.thenEvery),
      referrerEveryMs: durationMs(policy.checkIns.referrerEvery),
    },
    continuation: { followUp: policy.continuation.followUp, askAfterMs: durationMs(policy.continuation.askAfter) },
    escalations: escalationThresholds(policy),
    timeZone: policy.notifications.timeZone,
  };
}

/**
 * The course's length and review points, in milliseconds: what a review is checked against (review-rules.ts), by the course and by
 * the API storing it (CourseReviews), which reads only these parts of the policy.
 */
export function reviewTerms({
  duration,
  reviews,
}: Pick<ProgramPolicy, 'duration' | 'reviews'>): Pick<MentorshipPolicy, 'duration' | 'reviewsAtMs'> {
  return {
    duration: {
      minMs: durationMs(duration.min),
      plannedMs: durationMs(duration.planned),
      maxMs: durationMs(duration.max),
      extensionMs: durationMs(duration.extension),
    },
    reviewsAtMs: reviews.at.map(durationMs).sort((a, b) => a - b),
  };
}

export function escalationThresholds({ escalations }: ProgramPolicy): EscalationThresholds {
  return { missedMeetingsInARow: escalations.missedMeetingsInARow, unansweredNudges: escalations.unansweredNudges };
}
