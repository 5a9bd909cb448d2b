import { ConflictException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Meeting } from '../persistence/entities';

/** Reads the meeting log of a mentorship (dates, minutes, place kinds); the mentorship workflow writes it. */
@Injectable()
export class MeetingsService {
  constructor(@InjectRepository(Meeting) private readonly meetings: Repository<Meeting>) {}

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
