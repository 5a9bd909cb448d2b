import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { CheckIn, Meeting } from '../persistence/entities';
import { CheckInRow, insertCheckIn, insertMeeting, MeetingRow } from './contact-rows';

/**
 * A course's contact log: its meetings (dates, minutes, place kinds) and the
 * program's check-ins. The API stores each before the course's workflow
 * counts it, as with measurements, and discards it again if the course refuses it.
 */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectRepository(Meeting) private readonly meetings: Repository<Meeting>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** False when this meeting was stored before: a retry of one the course may already count. */
  storeMeeting(row: MeetingRow): Promise<boolean> {
    return insertMeeting(this.dataSource, row);
  }

  async discardMeeting(meetingId: string): Promise<void> {
    await this.meetings.delete({ id: meetingId });
  }

  storeCheckIn(row: CheckInRow): Promise<boolean> {
    return insertCheckIn(this.dataSource, row);
  }

  async discardCheckIn(checkInId: string): Promise<void> {
    await this.dataSource.getRepository(CheckIn).delete({ id: checkInId });
  }

  /** Meeting ids are chosen by clients: one already logged for another course is refused before it reaches a workflow. */
  async assertNotLoggedElsewhere(meetingId: string, mentorshipId: string): Promise<void> {
    const existing = await this.meetings.findOneBy({ id: meetingId });
    if (existing && existing.mentorshipId !== mentorshipId) throw new ConflictException(`refused: meeting ${meetingId} was already logged for another mentorship`);
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
