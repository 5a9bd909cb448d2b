import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CalendarFeeds } from '../../../../libs/calendar/calendar-feeds';
import type { Calendar } from '../../../../libs/calendar/icalendar';
import { AppConfig } from '../../../../libs/config/app-config';
import { MentorDueItems } from './mentor-due-items';
import { mentorFeed } from './mentor-feed';

/** A feed's token to its calendar: the mentor's due items in her language; none for a token that names no working feed. */
@Injectable()
export class FeedReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly feeds: CalendarFeeds,
    private readonly dueItems: MentorDueItems,
    private readonly config: AppConfig,
  ) {}

  async read(token: string): Promise<Calendar | undefined> {
    const mentorId = await this.feeds.mentorOf(token);
    if (!mentorId) return undefined;
    const [[mentor], items] = await Promise.all([
      this.dataSource.query(`SELECT language FROM mentors WHERE id = $1`, [mentorId]),
      this.dueItems.of(mentorId, new Date()),
    ]);
    return mentorFeed(items, mentor?.language ?? 'da', this.config.mail.appUrl);
  }
}
