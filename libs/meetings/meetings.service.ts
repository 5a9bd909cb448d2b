import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { CheckIn, Meeting } from '../persistence/entities';
import { CheckInRow, insertCheckIn, insertMeeting, MeetingRow } from './contact-rows';
import { refused } from '../validation/coded-exceptions';

/**
 * A course's contact log: its meetings (dates, minutes, place kinds) and the
 * program's check-ins. The API stores each before the course's workflow
 * counts it, as with measurements, and takes it back if the course refuses it.
 */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectRepository(Meeting) private readonly meetings: Repository<Meeting>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * Stores a meeting before its course counts it, and answers how to take
   * this write back; nothing to take back when it was stored before (a retry
   * of one the course may already count). An id already logged for another
   * course is refused.
   */
  async storeMeeting(row: MeetingRow): Promise<(() => Promise<void>) | undefined> {
    if (await insertMeeting(this.dataSource, row)) return () => this.discard(Meeting, row.meetingId);
    await this.assertNotLoggedElsewhere(row.meetingId, row.mentorshipId);
    return undefined;
  }

  /** Meeting ids are chosen by clients: one already logged for another course is refused before it reaches a workflow. */
  async assertNotLoggedElsewhere(meetingId: string, mentorshipId: string): Promise<void> {
    const existing = await this.meetings.findOneBy({ id: meetingId });
    if (existing && existing.mentorshipId !== mentorshipId) throw refused('meeting-id-taken', { id: meetingId });
  }

  /** As storeMeeting, for a check-in: its id is the client's too. */
  async storeCheckIn(row: CheckInRow): Promise<(() => Promise<void>) | undefined> {
    if (await insertCheckIn(this.dataSource, row)) return () => this.discard(CheckIn, row.checkInId);
    const existing = await this.dataSource.getRepository(CheckIn).findOneBy({ id: row.checkInId });
    if (existing && existing.mentorshipId !== row.mentorshipId) throw refused('check-in-id-taken', { id: row.checkInId });
    return undefined;
  }

  private async discard(entity: typeof Meeting | typeof CheckIn, id: string): Promise<void> {
    await this.dataSource.getRepository(entity).delete({ id });
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
