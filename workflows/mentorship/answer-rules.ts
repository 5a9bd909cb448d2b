import type { Refuser } from './contact-rules';
import type { AnswerProposalCommand, MatchAttemptState, MentorshipPhase } from './messages';

// Pure and free of @temporalio at run time (types only), as contact-rules.ts: the API keeps these rules too.

/** What the answer rules read of a course: its phase and the answers its current proposal has had. */
export interface AnswerCourse {
  phase: MentorshipPhase;
  answers: MatchAttemptState['answers'];
}

const ANSWERS: readonly AnswerProposalCommand['answer'][] = ['accept', 'decline'];

/** An answer fits a course whose proposal waits for it: proposed, and this party has not answered yet. */
export function checkAnswerFits(
  { party, answer }: Pick<AnswerProposalCommand, 'party' | 'answer'>,
  course: AnswerCourse,
  refuse: Refuser,
): void {
  if (course.phase !== 'proposed') refuse('wrong-phase', { subject: 'mentorship', phase: course.phase, needed: ['proposed'] });
  if (!ANSWERS.includes(answer)) refuse('not-one-of', { field: 'answer', allowed: [...ANSWERS] });
  const given = course.answers[party];
  if (given) refuse('already-answered', { party, answer: given });
}

/** What a proposal's answers come to: a decline ends it, two accepts make the match, otherwise it waits for the other party. */
export function proposalOutcome(answers: MatchAttemptState['answers']): 'declined' | 'accepted' | 'waiting' {
  if (answers['young-person'] === 'decline' || answers.mentor === 'decline') return 'declined';
  return answers['young-person'] === 'accept' && answers.mentor === 'accept' ? 'accepted' : 'waiting';
}
