import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { MENTORSHIP_PHASES, type MentorshipPhase } from '../../../../workflows/mentorship/messages';

export const COURSE_LIST_LIMIT = { default: 50, max: 200 } as const;
/**
 * Any offset a JavaScript number holds exactly: past every course it answers an empty page. A larger one overflowed PostgreSQL's
 * bigint and failed the query (the fuzzer found 9462535662257525000).
 */
export const COURSE_LIST_OFFSET_MAX = Number.MAX_SAFE_INTEGER;

export class CourseListQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this program’s courses' }) @IsOptional() @IsUUID() programId?: string;

  @ApiPropertyOptional({ enum: MENTORSHIP_PHASES, enumName: 'MentorshipPhase', description: 'Only courses in this phase' })
  @IsOptional()
  @IsIn(MENTORSHIP_PHASES)
  phase?: MentorshipPhase;

  @ApiPropertyOptional({ description: `Courses in the page (default ${COURSE_LIST_LIMIT.default})` })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(COURSE_LIST_LIMIT.max)
  limit?: number;

  @ApiPropertyOptional({ description: 'Courses skipped before the page, newest referral first (default 0)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(COURSE_LIST_OFFSET_MAX)
  offset?: number;
}

export class CourseListItemView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) programId!: string;
  @ApiProperty() youngPersonName!: string;
  @ApiProperty({ enum: MENTORSHIP_PHASES, enumName: 'MentorshipPhase' }) phase!: MentorshipPhase;
  @ApiProperty({ format: 'date-time' }) phaseSince!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The mentor of the current (or last) match' }) mentorName!: string | null;
  @ApiProperty({ format: 'date-time' }) referredAt!: string;
}

export class CourseListView {
  @ApiProperty({ type: [CourseListItemView], description: 'Newest referral first' }) courses!: CourseListItemView[];
  @ApiProperty({ description: 'Courses matching the filters in all' }) total!: number;
}
