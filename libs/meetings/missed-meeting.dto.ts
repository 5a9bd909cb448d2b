import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { IsCalendarDate } from '../validation/validators';
import { MISSED_BY } from '../persistence/entities';
import type { MissedBy } from '../persistence/entities';

/** A planned meeting that did not happen. Whether its day has come and falls in the match is the workflow's to say. */
export class MissedMeetingDto {
  @ApiProperty({ description: 'Chosen by the client, so a retried log finds it already there' })
  @IsUUID()
  id!: string;

  @ApiProperty({ example: '2026-03-01', format: 'date', description: 'The day it was planned for' }) @IsCalendarDate() plannedOn!: string;

  @ApiProperty({ type: String, description: 'Who did not come' }) @IsIn(MISSED_BY) missedBy!: MissedBy;
}
