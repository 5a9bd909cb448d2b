import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { CheckInParty, RecordedContact } from '../../workflows/mentorship/messages';
import { CheckIn, Meeting } from '../persistence/entities';
import { CheckInRow, insertCheckIn, insertMeeting, MeetingRow } from './contact-rows';
import { ContactColumns, contactColumns, contactOf, readRecordedContact } from './recorded-contact';
import { refused } from '../validation/coded-exceptions';

/** What storing a meeting or a check-in answers: whether the course must read its contact now, and its contact as stored. */
export interface StoredContact {
  wakesCourse: boolean;
  contact: RecordedContact;
}

/** Ids of the contact log the clients choose, each with its refusal when another course logged it first. */
const LOGGED = {
  meeting: { entity: Meeting, taken: 'meeting-id-taken' },
  'check-in': { entity: CheckIn, taken: 'check-in-id-taken' },
} as const;

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
  async logMeeting(row: MeetingRow): Promise<StoredContact> {
    if (!(await insertMeeting(this.dataSource, row))) await this.assertNotLoggedElsewhere('meeting', row.meetingId, row.mentorshipId);
    return this.contactAfter(
      row.mentorshipId,
      `NOT EXISTS (SELECT 1 FROM meetings WHERE mentorship_id = $1 AND held_on <= $3::date AND id <> $4) OR ${openNudge}`,
      ['meeting-gap', row.heldOn, row.meetingId],
    );
  }

  /** As logMeeting, for a check-in: the course must read it now when a nudge about a missed check-in with that party is open. */
  async logCheckIn(row: CheckInRow & { party: CheckInParty }): Promise<StoredContact> {
    if (!(await insertCheckIn(this.dataSource, row))) await this.assertNotLoggedElsewhere('check-in', row.checkInId, row.mentorshipId);
    return this.contactAfter(row.mentorshipId, openNudge, [`check-in-missed:${row.party}`]);
  }

  /** Meeting and check-in ids are chosen by clients: one already logged for another course is refused. */
  async assertNotLoggedElsewhere(kind: keyof typeof LOGGED, id: string, mentorshipId: string): Promise<void> {
    const { entity, taken } = LOGGED[kind];
    const existing = await this.dataSource.getRepository<Meeting | CheckIn>(entity).findOneBy({ id });
    if (existing && existing.mentorshipId !== mentorshipId) throw refused(taken, { id });
  }

  /**
   * Whether the course must be woken (`wakes`, an SQL condition on $1, the course, and the parameters after it) and its contact,
   * in one statement after the row is stored: the insert's own statement would not see its row (a statement reads the database
   * as it was when it began), so contact counted there would have to add it by hand.
   */
  private async contactAfter(mentorshipId: string, wakes: string, parameters: unknown[]): Promise<StoredContact> {
    const [row]: Array<ContactColumns & { wakes: boolean }> = await this.dataSource.query(
      `SELECT ${wakes} AS wakes, ${contactColumns('$1::uuid')}`,
      [mentorshipId, ...parameters],
    );
    return { wakesCourse: row.wakes, contact: contactOf(row) };
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
}

/** A nudge of the kind $2 about the course $1 still chases its thing (IDX_nudges_open_by_subject). */
const openNudge = `EXISTS (SELECT 1 FROM nudges WHERE subject_id = $1::uuid AND kind = $2 AND settled_at IS NULL)`;
