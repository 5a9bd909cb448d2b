import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { CheckInParty, RecordedContact } from '../../workflows/mentorship/messages';
import { CheckIn, Meeting, MissedMeeting } from '../persistence/entities';
import { CheckInRow, insertCheckIn, insertMeeting, insertMissedMeeting, MeetingRow, MissedMeetingRow } from './contact-rows';
import { ContactColumns, contactColumns, contactOf, readRecordedContact } from './recorded-contact';
import { refused } from '../validation/coded-exceptions';

/** What storing a meeting or a check-in answers: whether the course must read its contact now, and its contact as stored. */
export interface StoredContact {
  wakesCourse: boolean;
  contact: RecordedContact;
}

/**
 * A missed meeting as stored, with the run it is part of: the missed meetings logged since the course's last meeting, in the order
 * logged, and how many of them were logged after the last escalation such a run raised.
 */
export interface StoredMissedMeeting {
  /** This request stored it: a retry finds it stored by the first. */
  stored: boolean;
  run: string[];
  sinceEscalation: number;
}

/** Ids of the contact log the clients choose, each with its refusal when another course logged it first. */
const LOGGED = {
  meeting: { entity: Meeting, taken: 'meeting-id-taken' },
  'check-in': { entity: CheckIn, taken: 'check-in-id-taken' },
  'missed-meeting': { entity: MissedMeeting, taken: 'missed-meeting-id-taken' },
} as const;

/**
 * A course's contact log: its meetings (dates, minutes, place kinds), the
 * program's check-ins and the meetings missed. The API stores them without waking the course, which
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

  /**
   * Stores a missed meeting (a retry with its id finds it stored; one logged for another course is refused) and reads the run it is
   * part of after it, asked anew on a retry. A meeting logged after a missed one ends its run, and an escalation the run raised
   * counts it: the course is asked about a run only once enough were missed since (see the controller).
   */
  async logMissedMeeting(row: MissedMeetingRow): Promise<StoredMissedMeeting> {
    const stored = await insertMissedMeeting(this.dataSource, row);
    if (!stored) await this.assertNotLoggedElsewhere('missed-meeting', row.missedMeetingId, row.mentorshipId);
    const run: Array<{ id: string; since_escalation: boolean }> = await this.dataSource.query(
      `SELECT x.id, x.logged_at > COALESCE((SELECT max(e.raised_at) FROM escalations e
                                             WHERE e.mentorship_id = $1 AND e.reason = 'missed-meetings'), '-infinity') AS since_escalation
         FROM missed_meetings x
        WHERE x.mentorship_id = $1
          AND x.logged_at > COALESCE((SELECT max(g.logged_at) FROM meetings g WHERE g.mentorship_id = $1), '-infinity')
        ORDER BY x.logged_at, x.id`,
      [row.mentorshipId],
    );
    return { stored, run: run.map(({ id }) => id), sinceEscalation: run.filter((missed) => missed.since_escalation).length };
  }

  /** Takes back a missed meeting the course refused (storeThenCommand): its row said active, the course had moved on. */
  async discardMissedMeeting(missedMeetingId: string): Promise<void> {
    await this.dataSource.getRepository(MissedMeeting).delete({ id: missedMeetingId });
  }

  /** The contact log's ids are chosen by clients: one already logged for another course is refused. */
  async assertNotLoggedElsewhere(kind: keyof typeof LOGGED, id: string, mentorshipId: string): Promise<void> {
    const { entity, taken } = LOGGED[kind];
    const existing = await this.dataSource.getRepository<Meeting | CheckIn | MissedMeeting>(entity).findOneBy({ id });
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

  /** The course's meetings, check-ins, measurements and reviews as stored now. */
  contact(mentorshipId: string): Promise<RecordedContact> {
    return readRecordedContact(this.dataSource, mentorshipId, { measurements: true, reviews: true });
  }

  /** In the order they were held. */
  list(mentorshipId: string): Promise<Meeting[]> {
    return this.meetings.find({ where: { mentorshipId }, order: { heldOn: 'ASC', loggedAt: 'ASC' } });
  }
}

/** A nudge of the kind $2 about the course $1 still chases its thing (IDX_nudges_open_by_subject). */
const openNudge = `EXISTS (SELECT 1 FROM nudges WHERE subject_id = $1::uuid AND kind = $2 AND settled_at IS NULL)`;
