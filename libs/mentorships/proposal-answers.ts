import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AnswerCourse } from '../../workflows/mentorship/answer-rules';
import type { AnswerProposalCommand, MatchAttemptState, MentorshipPhase, Party } from '../../workflows/mentorship/messages';
import { coded } from '../validation/coded-exceptions';

/** An answer stored on its attempt's row, with the attempt's answers and its program's rule for what two accepts lead to. */
export interface StoredAnswer {
  attempt: number;
  answers: MatchAttemptState['answers'];
  matchAgreementRequired: boolean;
  /** False when the party had given this answer already (a resend): the row is the first send's, not this one's to take back. */
  fresh: boolean;
}

interface AnsweredRow {
  phase: MentorshipPhase;
  attempt: number | null;
  answers_in_records: boolean | null;
  young_person_answer: AnswerProposalCommand['answer'] | null;
  mentor_answer: AnswerProposalCommand['answer'] | null;
  agreement_required: boolean;
}

const ANSWER_COLUMNS: Record<Party, string> = { 'young-person': 'young_person_answer', mentor: 'mentor_answer' };

/**
 * The answers to a course's proposals, on their attempts' rows (match_attempts), for an attempt proposed since the API stores them
 * (MatchAttempt.answersInRecords).
 */
@Injectable()
export class ProposalAnswers {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Stores the answer `check` lets through (refusing, it stores nothing) on the course's current attempt, with the course's row
   * locked, so two answers at once are checked one after the other. The course as `check` sees it is its row's phase and the
   * answers stored. Undefined, storing nothing, for a course with no attempt or whose current attempt's answers only its workflow
   * holds. The party's own answer sent again while the proposal waits is the same answer, found, not refused: its first send may
   * have failed after storing it, and the course must still be told.
   */
  store(
    mentorshipId: string,
    { party, answer }: AnswerProposalCommand,
    check: (course: AnswerCourse) => void,
  ): Promise<StoredAnswer | undefined> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: AnsweredRow[] = await manager.query(
        `SELECT m.phase, a.attempt, a.answers_in_records, a.young_person_answer, a.mentor_answer,
                (v.policy #>> '{matchAgreement,required}')::boolean AS agreement_required
           FROM mentorships m
           JOIN program_policy_versions v ON v.program_id = m.program_id AND v.version = m.policy_version
           LEFT JOIN LATERAL (SELECT * FROM match_attempts WHERE mentorship_id = m.id ORDER BY attempt DESC LIMIT 1) a ON true
          WHERE m.id = $1 FOR UPDATE OF m`,
        [mentorshipId],
      );
      if (!row) throw coded(NotFoundException, 'not-found', { thing: 'mentorship', id: mentorshipId });
      if (row.attempt === null || !row.answers_in_records) return undefined;
      const given = { 'young-person': row.young_person_answer ?? undefined, mentor: row.mentor_answer ?? undefined };
      const resent = row.phase === 'proposed' && given[party] === answer;
      if (!resent) {
        check({ phase: row.phase, answers: withoutEmpty(given) });
        await manager.query(`UPDATE match_attempts SET ${ANSWER_COLUMNS[party]} = $3 WHERE mentorship_id = $1 AND attempt = $2`, [
          mentorshipId,
          row.attempt,
          answer,
        ]);
      }
      const answers = withoutEmpty({ ...given, [party]: answer });
      return { attempt: row.attempt, answers, matchAgreementRequired: row.agreement_required, fresh: !resent };
    });
  }

  /** Takes back an answer the course could not be told of: the party may answer again. */
  async withdraw(mentorshipId: string, attempt: number, party: Party): Promise<void> {
    await this.dataSource.query(`UPDATE match_attempts SET ${ANSWER_COLUMNS[party]} = NULL WHERE mentorship_id = $1 AND attempt = $2`, [
      mentorshipId,
      attempt,
    ]);
  }
}

function withoutEmpty(answers: Partial<Record<Party, AnswerProposalCommand['answer'] | undefined>>): MatchAttemptState['answers'] {
  return Object.fromEntries(Object.entries(answers).filter(([, answer]) => answer !== undefined));
}
