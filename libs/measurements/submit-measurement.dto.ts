import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { IsCalendarDate, IsNotInFuture } from '../validation/validators';
import { IsDuration } from '../domain/policy/is-duration.decorator';
import { INSTRUMENT_NAMES, LIFE_STATUSES } from '../persistence/entities';
import type { InstrumentName, LifeStatus } from '../persistence/entities';
import { CLOSE_DUE_POINT } from './due-points';
import { SELF_EFFICACY } from './self-efficacy';

/**
 * One measurement as submitted. Each field is checked here; which fields an
 * instrument needs is checked by measurementProblems (measurement-problems.ts).
 */
export class SubmitMeasurementDto {
  @ApiProperty({ format: 'uuid', description: 'Chosen by the client, so a retried submission finds the measurement already there' })
  @IsUUID()
  id!: string;

  @ApiProperty({ enum: INSTRUMENT_NAMES }) @IsIn(INSTRUMENT_NAMES) instrument!: InstrumentName;

  @ApiProperty({ example: 'P3M', maxLength: 16, description: `The policy's due point this answers: an offset such as "0d" or "P3M", or "${CLOSE_DUE_POINT}"` })
  @ValidateIf((dto: SubmitMeasurementDto) => dto.duePoint !== CLOSE_DUE_POINT)
  @IsString() @MaxLength(16) @IsDuration({ message: `$property must be a duration such as "0d" or "P3M", or "${CLOSE_DUE_POINT}"` })
  duePoint!: string;

  @ApiProperty({ example: '2026-03-01', description: 'YYYY-MM-DD: the day she answered' }) @IsCalendarDate() @IsNotInFuture() measuredOn!: string;

  @ApiPropertyOptional({ type: [Number], example: [3, 4, 2, 5, 3], description: 'WHO-5: five answers 0–5; self-efficacy: ten answers 1–4; none for status' })
  @IsOptional() @IsArray() @ArrayMaxSize(SELF_EFFICACY.items) @IsInt({ each: true })
  answers?: number[];

  @ApiPropertyOptional({ enum: LIFE_STATUSES, description: 'For the status instrument only' })
  @IsOptional() @IsIn(LIFE_STATUSES)
  status?: LifeStatus;
}
