import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { insertMissedMeeting, MissedMeetingRow } from '../../libs/meetings/contact-rows';
import { readRecordedContact } from '../../libs/meetings/recorded-contact';
import { MatchAttempt, Mentorship } from '../../libs/persistence/entities';
import type { RecordedContact } from '../../workflows/mentorship/messages';

export interface MentorshipPhaseInput {
  mentorshipId: string;
  phase: string;
  phaseSince: string;
  mentorId: string | null;
  matchStartedAt: string | null;
  closure: { kind: string; reason: string; outcome: string; at: string } | null;
}

export interface MatchAttemptInput {
  mentorshipId: string;
  attempt: number;
  mentorId: string;
  proposedBy: string;
  proposedAt: string;
  outcome: string | null;
  endedAt: string | null;
}

/**
 * Keeps Postgres in step with each mentorship's workflow. Every write is
 * idempotent: keyed by the workflow's own ids, and an older phase never
 * overwrites a newer one.
 */
@Injectable()
export class MentorshipActivities {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async recordMentorshipPhase(input: MentorshipPhaseInput): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(Mentorship)
      .set({
        phase: input.phase,
        phaseSince: new Date(input.phaseSince),
        mentorId: input.mentorId,
        matchStartedAt: input.matchStartedAt ? new Date(input.matchStartedAt) : null,
        closedAt: input.closure ? new Date(input.closure.at) : null,
        closureKind: input.closure?.kind ?? null,
        closureReason: input.closure?.reason ?? null,
        outcome: input.closure?.outcome ?? null,
      })
      .where('id = :id AND phase_since <= :since', { id: input.mentorshipId, since: new Date(input.phaseSince) })
      .execute();
  }

  async recordMatchAttempt(input: MatchAttemptInput): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(MatchAttempt)
      .values({
        mentorshipId: input.mentorshipId,
        attempt: input.attempt,
        mentorId: input.mentorId,
        proposedBy: input.proposedBy,
        proposedAt: new Date(input.proposedAt),
        outcome: input.outcome,
        endedAt: input.endedAt ? new Date(input.endedAt) : null,
      })
      .orUpdate(['outcome', 'ended_at'], ['mentorship_id', 'attempt'])
      .execute();
  }

  /** The course's meetings, check-ins, measurements and reviews as the API stored them, with the minutes met per day from `minutesFrom`. */
  readRecordedContact({ mentorshipId, minutesFrom }: { mentorshipId: string; minutesFrom: string }): Promise<RecordedContact> {
    return readRecordedContact(this.dataSource, mentorshipId, { minutesFrom, measurements: true, reviews: true });
  }

  /** For runs begun before the API stored missed meetings: their workflows still write each one (recordMissedMeetingUpdate). */
  async recordMissedMeeting(input: MissedMeetingRow): Promise<void> {
    await insertMissedMeeting(this.dataSource, input);
  }
}
