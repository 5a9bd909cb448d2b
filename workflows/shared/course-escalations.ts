import { defineSignal } from '@temporalio/workflow';

/**
 * What a course and its escalations both speak of, kept apart from either so
 * that neither workflow's modules import the other's.
 */

/** A young person's course: `mentorship-<id>`, the id being the referral's. Ids, dates, phases and codes only. */
export const mentorshipWorkflowId = (mentorshipId: string): string => `mentorship-${mentorshipId}`;

/** Why an escalation was raised: by a person (a concern, a question) or by one of the engine's rules. */
export const ESCALATION_REASONS = [
  'concern',
  'advice-request',
  'who5-high-risk',
  'who5-drop',
  'missed-meetings',
  'unanswered-nudges',
] as const;
export type EscalationReason = (typeof ESCALATION_REASONS)[number];

/** What the engine saw when it raised one, by id: the facts themselves are read into Postgres, not carried here. */
export type EscalationEvidence = { measurementId: string } | { missedMeetingIds: string[] } | { unansweredNudges: number };

export interface EscalationClosed {
  escalationId: string;
}

/** From an escalation's workflow to its course once it is resolved; a signal, as the escalation waits for nothing. */
export const escalationClosedSignal = defineSignal<[EscalationClosed]>('escalationClosed');
