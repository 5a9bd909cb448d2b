import { Injectable } from '@nestjs/common';
import { ProposalAnswers } from '../../../../libs/mentorships/proposal-answers';
import { checkAnswerFits, proposalOutcome } from '../../../../workflows/mentorship/answer-rules';
import { answerProposalUpdate, type AnswerProposalCommand, type MentorshipState } from '../../../../workflows/mentorship/messages';
import { storeThenCommand, storeThenSignal } from '../workflow-commands';
import { MentorshipWorkflows } from './mentorship-workflows';
import { ProposalAnsweredView } from './mentorship-state.view';
import { refuseHere } from './refuse-here';

/**
 * A party's answer to the course's proposal: checked against the attempt's row by the rules the course keeps (answer-rules.ts) and
 * stored there (ProposalAnswers). An accept is signalled, so the answer waits for no workflow task: the course takes it before any
 * command sent after it (a signal is delivered in the order it came), and the answer shows the phase it leads to. A decline, and
 * two accepts where the program needs no written agreement, are still a command, answered once the course has written what they
 * changed: the mentor's slot freed, so she can be proposed again at once, or the course's row active for its first meeting. A
 * send that failed but may have reached the course (a timeout) leaves the answer stored; the party's same answer sent again finds
 * it and tells the course again, which takes an answer once. An attempt proposed before the API stored answers takes each answer as
 * a command.
 */
@Injectable()
export class AnswerHolding {
  constructor(
    private readonly workflows: MentorshipWorkflows,
    private readonly answers: ProposalAnswers,
  ) {}

  async answer(mentorshipId: string, answer: AnswerProposalCommand): Promise<ProposalAnsweredView> {
    const stored = await this.answers.store(mentorshipId, answer, (course) => checkAnswerFits(answer, course, refuseHere));
    if (!stored) return viewOf(mentorshipId, await this.workflows.command(mentorshipId, answerProposalUpdate, answer));
    // An answer found (a resend) is the first send's: only one this request stored is taken back.
    const undoIfFresh = async () => (stored.fresh ? () => this.answers.withdraw(mentorshipId, stored.attempt, answer.party) : undefined);
    const accepted = proposalOutcome(stored.answers) === 'accepted';
    if (answer.answer === 'decline' || (accepted && !stored.matchAgreementRequired)) {
      const command = () => this.workflows.command(mentorshipId, answerProposalUpdate, answer);
      return viewOf(mentorshipId, await storeThenCommand(undoIfFresh, command));
    }
    await storeThenSignal(undoIfFresh, () =>
      this.workflows.proposalAccepted(mentorshipId, { by: answer.by, party: answer.party, attempt: stored.attempt }),
    );
    return { mentorshipId, attempt: stored.attempt, answers: stored.answers, phase: accepted ? 'agreeing' : 'proposed' };
  }
}

function viewOf(mentorshipId: string, { attempts, phase }: MentorshipState): ProposalAnsweredView {
  const { attempt, answers } = attempts.at(-1)!;
  return { mentorshipId, attempt, answers, phase };
}
