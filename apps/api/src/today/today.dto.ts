import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import {
  ReasonParams,
  TODAY_ITEM_KINDS,
  TODAY_REASON_CODES,
  TODAY_URGENCIES,
  TodayItemKind,
  TodayReasonCode,
} from '../../../../libs/today/today-items';
import type { Urgency } from '../../../../workflows/escalation/messages';

export const TODAY_LIMIT = { default: 20, max: 100 } as const;

export class TodayQuery {
  @ApiPropertyOptional({
    description: `Rows listed of each kind, the most urgent and oldest first; counts count them all (default ${TODAY_LIMIT.default})`,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(TODAY_LIMIT.max)
  limit?: number;
}

/** Why a row is listed: a code the console translates and what it fills in. */
export class TodayReasonView {
  @ApiProperty({ enum: TODAY_REASON_CODES, enumName: 'TodayReasonCode', example: 'escalation.who5-high-risk' }) code!: TodayReasonCode;

  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    description:
      'By code: escalation.* {category, level, phase}; nudge.* {escalatedAt?}; measurement-overdue {instrument, duePoint}; ' +
      'proposal-unanswered {attempt}; quota-behind {agreed, referred, periodStart, periodEnd (exclusive), as YYYY-MM-DD}; ' +
      'mentor-path.* {phase}. Dates are ISO 8601, numbers numbers: the console formats them.',
    example: { instrument: 'who5', duePoint: 'P3M' },
  })
  params!: ReasonParams;
}

/** One thing that needs her, with the ids to link to where it is dealt with. */
export class TodayItemView {
  @ApiProperty({ enum: TODAY_ITEM_KINDS, enumName: 'TodayItemKind' }) kind!: TodayItemKind;
  @ApiProperty({ type: TodayReasonView }) reason!: TodayReasonView;
  @ApiProperty({ enum: TODAY_URGENCIES, enumName: 'Urgency' }) urgency!: Urgency;
  @ApiProperty({ format: 'date-time', description: 'Waiting since: raised, overdue, stalled, or in its phase since' }) since!: Date;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When what it waits for was due: a measurement by its due point, a quota by the end of its period',
  })
  dueAt!: Date | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "What it is about, as she may read it: the young person's or mentor's first name, a quota's municipality",
  })
  label!: string | null;
  @ApiProperty({ format: 'uuid' }) programId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The course: /mentorships/{id}' }) mentorshipId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The mentor: /mentors/{id}/path' }) mentorId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: '/escalations/{id}' }) escalationId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The nudge chasing it: /nudges/{id}' }) nudgeId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: '/quotas/{id}' }) quotaId!: string | null;
}

/** How many rows of each kind she has in all, listed or not. */
export class TodayCountsView implements Record<TodayItemKind, number> {
  @ApiProperty({ type: 'integer', minimum: 0 }) escalation!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) nudge!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) 'measurement-overdue'!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) 'referral-waiting'!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) 'proposal-unanswered'!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) 'quota-behind'!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) 'mentor-path-stalled'!: number;
}

export class TodayView {
  @ApiProperty({ type: TodayCountsView }) counts!: TodayCountsView;
  @ApiProperty({ type: [TodayItemView], description: 'Urgent first, then the oldest; at most `limit` of each kind' })
  items!: TodayItemView[];
}
