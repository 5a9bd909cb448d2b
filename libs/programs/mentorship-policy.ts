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
    duration: {
      minMs: durationMs(policy.duration.min),
      plannedMs: durationMs(policy.duration.planned),
      maxMs: durationMs(policy.duration.max),
      extensionMs: durationMs(policy.duration.extension),
    },
    reviewsAtMs: policy.reviews.at.map(durationMs).sort((a, b) => a - b),
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

export function escalationThresholds({ escalations }: ProgramPolicy): EscalationThresholds {
  return { missedMeetingsInARow: escalations.missedMeetingsInARow, unansweredNudges: escalations.unansweredNudges };
}
