import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { CheckInParty, RecordedContact } from '../../workflows/mentorship/messages';
import { CheckIn, Meeting } from '../persistence/entities';
import { CheckInRow, insertCheckIn, insertMeeting, MeetingRow } from './contact-rows';
import { readRecordedContact } from './recorded-contact';
import { refused } from '../validation/coded-exceptions';

/**
 * A course's contact log: its meetings (dates, minutes, place kinds) and the
 * program's check-ins. The API stores them without waking the course, which
 * reads them when it next acts (RecordedContact); `wakesCourse` says when it
 * must be told at once.
 */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectRepository(Meeting) private readonly meetings: Repository<Meeting>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * Stores a meeting (a retry with its id finds it stored); an id already logged for another course is refused. Answers whether the
   * course must read its contact now: it is the course's first meeting (from which the check-ins are dated), or a meeting-gap nudge
   * is open. Asked anew on a retry, so a retry after a failed signal signals again.
   */
  async logMeeting(row: MeetingRow): Promise<{ wakesCourse: boolean }> {
    if (!(await insertMeeting(this.dataSource, row))) await this.assertNotLoggedElsewhere(row.meetingId, row.mentorshipId);
    const [{ wakes }]: Array<{ wakes: boolean }> = await this.dataSource.query(
      `SELECT NOT EXISTS (SELECT 1 FROM meetings WHERE mentorship_id = $1 AND held_on <= $2::date AND id <> $3)
              OR ${openNudge('$1', '$4')} AS wakes`,
      [row.mentorshipId, row.heldOn, row.meetingId, 'meeting-gap'],
    );
    return { wakesCourse: wakes };
  }

  /** Meeting ids are chosen by clients: one already logged for another course is refused. */
  async assertNotLoggedElsewhere(meetingId: string, mentorshipId: string): Promise<void> {
    const existing = await this.meetings.findOneBy({ id: meetingId });
    if (existing && existing.mentorshipId !== mentorshipId) throw refused('meeting-id-taken', { id: meetingId });
  }

  /** As logMeeting, for a check-in: the course must read it now when a nudge about a missed check-in with that party is open. */
  async logCheckIn(row: CheckInRow & { party: CheckInParty }): Promise<{ wakesCourse: boolean }> {
    if (!(await insertCheckIn(this.dataSource, row))) {
      const existing = await this.dataSource.getRepository(CheckIn).findOneBy({ id: row.checkInId });
      if (existing && existing.mentorshipId !== row.mentorshipId) throw refused('check-in-id-taken', { id: row.checkInId });
    }
    const [{ wakes }]: Array<{ wakes: boolean }> = await this.dataSource.query(`SELECT ${openNudge('$1', '$2')} AS wakes`, [
      row.mentorshipId,
      `check-in-missed:${row.party}`,
    ]);
    return { wakesCourse: wakes };
  }

  /** The course's meetings and check-ins as stored now. */
  contact(mentorshipId: string): Promise<RecordedContact> {
    return readRecordedContact(this.dataSource, mentorshipId);
  }

  /** How many meetings the course has logged: a missed meeting carries it, so the course sees a run of missed ones end. */
  async meetingsHeld(mentorshipId: string): Promise<number> {
    return this.meetings.countBy({ mentorshipId });
  }

  /** In the order they were held. */
  list(mentorshipId: string): Promise<Meeting[]> {
    return this.meetings.find({ where: { mentorshipId }, order: { heldOn: 'ASC', loggedAt: 'ASC' } });
  }

  /** Minutes met on fromDate (YYYY-MM-DD) and after: what the cadence is watched against. */
  async minutesSince(mentorshipId: string, fromDate: string): Promise<number> {
    const row = await this.meetings
      .createQueryBuilder('meeting')
      .select('COALESCE(SUM(meeting.minutes), 0)::int', 'total')
      .where('meeting.mentorshipId = :mentorshipId AND meeting.heldOn >= :fromDate', { mentorshipId, fromDate })
      .getRawOne<{ total: number }>();
    return row?.total ?? 0;
  }
}

/** A nudge of this kind about this course still chases its thing (the parameters' placeholders; IDX_nudges_open_by_subject). */
const openNudge = (course: string, kind: string) =>
  `EXISTS (SELECT 1 FROM nudges WHERE subject_id = ${course}::uuid AND kind = ${kind} AND settled_at IS NULL)`;
