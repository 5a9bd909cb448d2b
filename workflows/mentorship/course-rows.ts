import type { MatchAttemptInput, MentorshipPhaseInput } from '../../activities/mentorships/mentorship.activities';
import type { NudgeInput, WelcomeMatch } from '../../activities/nudges/nudge.activities';
import type { NudgeRecipient } from './deadlines';
import type { Mentorship } from './mentorship';
import type { MatchAttemptState } from './messages';

/** The course's row as it now stands: its phase, mentor, match start and closure. */
export function phaseRow({ input, state }: Mentorship): MentorshipPhaseInput {
  return {
    mentorshipId: input.mentorshipId,
    phase: state.phase,
    phaseSince: state.phaseSince,
    mentorId: state.mentorId ?? null,
    matchStartedAt: state.matchStartedAt ?? null,
    closure: state.closure
      ? { kind: state.closure.kind, reason: state.closure.reason, outcome: state.closure.outcome, at: state.closure.at }
      : null,
  };
}

/** A match attempt's row; an attempt that ended is dated by the phase it ended in. */
export function attemptRow({ input, state }: Mentorship, attempt: MatchAttemptState, by: string): MatchAttemptInput {
  return {
    mentorshipId: input.mentorshipId,
    attempt: attempt.attempt,
    mentorId: attempt.mentorId,
    proposedBy: by,
    proposedAt: attempt.proposedAt,
    outcome: attempt.outcome ?? null,
    endedAt: attempt.outcome ? state.phaseSince : null,
  };
}

/** The welcome to mentor and young person as the match starts. */
export function welcomeOf(course: Mentorship, workflowId: string): WelcomeMatch {
  const attempt = course.currentAttempt!;
  const { input } = course;
  return {
    mentorshipId: input.mentorshipId,
    attempt: attempt.attempt,
    mentorId: attempt.mentorId,
    programSlug: input.programSlug,
    municipalityId: input.municipalityId,
    subjectWorkflowId: workflowId,
  };
}

/** A reminder the course raises, keyed by its workflow id and `key`; the mentor's unanswered ones count toward an escalation. */
export function reminderOf({ input }: Mentorship, workflowId: string, key: string, kind: string, recipient: NudgeRecipient): NudgeInput {
  return {
    key: `${workflowId}/${key}`,
    kind,
    recipientRole: recipient.role,
    recipientId: recipient.role === 'mentor' ? recipient.id : undefined,
    reportIgnoredTo: recipient.role === 'mentor' ? workflowId : undefined,
    programSlug: input.programSlug,
    municipalityId: input.municipalityId,
    subjectWorkflowId: workflowId,
    subjectId: input.mentorshipId,
  };
}
