import { coded } from '../../../../libs/validation/coded-exceptions';
import { Controller, Delete, Get, NotFoundException, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AccessService } from '../../../../libs/access/access.service';
import { Permission } from '../../../../libs/access/permission';
import type { AuthenticatedUser } from '../../../../libs/auth/roles';
import { CalendarFeeds } from '../../../../libs/calendar/calendar-feeds';
import { writeCalendar } from '../../../../libs/calendar/icalendar';
import { AppConfig } from '../../../../libs/config/app-config';
import { CurrentUser, Public, Roles } from '../auth/decorators';
import { CalendarFeedView, FeedTokenQuery, IssuedCalendarFeed, MentorIdParam } from './calendar-feed.dto';
import { FeedReader } from './feed-reader';

/** The path a calendar app fetches; the token rides in the query so the audit log, which keeps path ids, never holds it. */
const FEED_PATH = '/calendar-feeds/mentor.ics';

/**
 * A mentor's private calendar feed of what is due in her courses: she makes
 * it (making it again rotates it: the old URL stops working), sees whether
 * she has one, and revokes it. Only she may; her coordinator may not.
 */
@ApiTags('calendar')
@ApiBearerAuth()
@Roles('mentor')
@Controller('mentors/:id/calendar-feed')
export class MentorCalendarFeedController {
  constructor(
    private readonly feeds: CalendarFeeds,
    private readonly access: AccessService,
    private readonly config: AppConfig,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: IssuedCalendarFeed })
  async issue(@Param() { id }: MentorIdParam, @CurrentUser() user: AuthenticatedUser): Promise<IssuedCalendarFeed> {
    await this.access.requireAccess(user, Permission.MentorCalendarFeed, id);
    const { token, ...feed } = await this.feeds.issue(id);
    const url = `${this.config.api.publicUrl.replace(/\/+$/, '')}${FEED_PATH}?${new URLSearchParams({ token })}`;
    return { ...feed, url };
  }

  @Get()
  async current(@Param() { id }: MentorIdParam, @CurrentUser() user: AuthenticatedUser): Promise<CalendarFeedView> {
    await this.access.requireAccess(user, Permission.MentorCalendarFeed, id);
    const feed = await this.feeds.current(id);
    if (!feed) throw coded(NotFoundException, 'no-calendar-feed');
    return feed;
  }

  @Delete()
  async revoke(@Param() { id }: MentorIdParam, @CurrentUser() user: AuthenticatedUser): Promise<{ revoked: true }> {
    await this.access.requireAccess(user, Permission.MentorCalendarFeed, id);
    if (!(await this.feeds.revoke(id))) throw coded(NotFoundException, 'no-calendar-feed');
    return { revoked: true };
  }
}

/** The feed itself, fetched by calendar apps without signing in: its URL is the credential. */
@ApiTags('calendar')
@Public()
@Controller()
export class CalendarFeedController {
  constructor(private readonly reader: FeedReader) {}

  @Get(FEED_PATH)
  @ApiOkResponse({
    description: 'iCalendar (RFC 5545): her due items as all-day events',
    content: { 'text/calendar': { schema: { type: 'string' } } },
  })
  @ApiNotFoundResponse({ description: 'The token names no working feed: unknown, rotated or revoked' })
  async feed(@Query() { token }: FeedTokenQuery, @Res({ passthrough: true }) response: Response): Promise<string> {
    const calendar = await this.reader.read(token);
    if (!calendar) throw coded(NotFoundException, 'no-such-calendar-feed');
    // Set once the feed is read: a refusal before it is the one JSON error shape, not a calendar.
    response.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    return writeCalendar(calendar, new Date());
  }
}
