import { Module } from '@nestjs/common';
import { CalendarFeeds } from '../../../../libs/calendar/calendar-feeds';
import { CourseDueReader } from '../../../../libs/mentorships/course-due-reader';
import { CalendarFeedController, MentorCalendarFeedController } from './calendar-feed.controller';
import { FeedReader } from './feed-reader';
import { MentorDueItems } from './mentor-due-items';

/** Mentors' private calendar feeds: making, rotating and revoking them, and the feeds themselves. */
@Module({
  controllers: [MentorCalendarFeedController, CalendarFeedController],
  providers: [CalendarFeeds, CourseDueReader, MentorDueItems, FeedReader],
})
export class CalendarModule {}
