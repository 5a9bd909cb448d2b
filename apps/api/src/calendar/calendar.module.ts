import { Module } from '@nestjs/common';
import { CalendarFeeds } from '../../../../libs/calendar/calendar-feeds';
import { ProgramsService } from '../../../../libs/programs/programs.service';
import { MentorshipsModule } from '../mentorships/mentorships.module';
import { CalendarFeedController, MentorCalendarFeedController } from './calendar-feed.controller';
import { FeedReader } from './feed-reader';
import { MentorDueItems } from './mentor-due-items';

/** Mentors' private calendar feeds: making, rotating and revoking them, and the feeds themselves. */
@Module({
  imports: [MentorshipsModule],
  controllers: [MentorCalendarFeedController, CalendarFeedController],
  providers: [CalendarFeeds, MentorDueItems, FeedReader, ProgramsService],
})
export class CalendarModule {}
