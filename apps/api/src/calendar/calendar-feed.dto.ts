import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength } from 'class-validator';

export class MentorIdParam {
  @ApiProperty() @IsUUID() id!: string;
}

export class FeedTokenQuery {
  /** Any text is looked up; whatever names no working feed is the same 404. */
  @ApiProperty({ description: "The token in the feed's URL" }) @IsString() @MaxLength(100) token!: string;
}

export class CalendarFeedView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() createdAt!: Date;
}

export class IssuedCalendarFeed extends CalendarFeedView {
  @ApiProperty({ description: 'The private feed URL to subscribe to; shown this once (only its hash is kept)' }) url!: string;
}
