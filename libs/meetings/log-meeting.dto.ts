import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsUUID, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../validation/validators';
import { PLACE_KINDS } from '../persistence/entities';
import type { PlaceKind } from '../persistence/entities';
import { MEETING_MINUTES } from '../../workflows/mentorship/contact-rules';

/**
 * A meeting as a mentor logs it: when, how long, what kind of place. Whether
 * it can have happened (not in the future, not before the match, not past
 * the maximum duration) is checked against the course
 * (workflows/mentorship/contact-rules.ts).
 */
export class LogMeetingDto {
  @ApiProperty({ description: 'Chosen by the client, so a retried log finds the meeting already there' })
  @IsUUID()
  id!: string;

  @ApiProperty({ example: '2026-03-01', format: 'date' }) @IsCalendarDate() heldOn!: string;

  @ApiProperty({ example: 90 })
  @IsInt()
  @Min(MEETING_MINUTES.min)
  @Max(MEETING_MINUTES.max)
  minutes!: number;

  @ApiProperty({ type: String }) @IsIn(PLACE_KINDS) placeKind!: PlaceKind;
}
