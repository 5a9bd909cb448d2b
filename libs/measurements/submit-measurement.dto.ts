import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { IsCalendarDate, IsNotInFuture, says } from '../validation/validators';
import { IsDuration } from '../domain/policy/is-duration.decorator';
import { LIFE_STATUSES } from '../persistence/entities';
import type { LifeStatus } from '../persistence/entities';
import { CLOSE_DUE_POINT } from './due-points';
import { INSTRUMENT_IDS, InstrumentId, QUESTIONNAIRE_IDS, questionnaire } from '../domain/instruments';

/** The most answers any questionnaire takes: more are refused here, before measurementProblems reads them. */
const MOST_ANSWERS = Math.max(...QUESTIONNAIRE_IDS.map((id) => questionnaire(id).scale.items));

/** "WHO-5: 5 answers 0–5; self-efficacy: 10 answers 1–4", for the API's docs. */
const ANSWERS_WANTED = QUESTIONNAIRE_IDS.map((id) => questionnaire(id))
  .map(({ name, scale }) => `${name}: ${scale.items} answers ${scale.min}–${scale.max}`)
  .join('; ');

/**
 * One measurement as submitted. Each field is checked here; which fields an
 * instrument needs is checked by measurementProblems (measurement-problems.ts).
 */
export class SubmitMeasurementDto {
  @ApiProperty({ description: 'Chosen by the client, so a retried submission finds the measurement already there' })
  @IsUUID()
  id!: string;

  @ApiProperty({ type: String }) @IsIn(INSTRUMENT_IDS) instrument!: InstrumentId;

  @ApiProperty({
    example: 'P3M',
    description: `The policy's due point this answers: an offset such as "0d" or "P3M", or "${CLOSE_DUE_POINT}"`,
  })
  @ValidateIf((dto: SubmitMeasurementDto) => dto.duePoint !== CLOSE_DUE_POINT)
  @IsString()
  @MaxLength(16)
  @IsDuration(says('must-be-due-point', { close: CLOSE_DUE_POINT }))
  duePoint!: string;

  @ApiProperty({ example: '2026-03-01', format: 'date', description: 'The day she answered, not in the future' })
  @IsCalendarDate()
  @IsNotInFuture()
  measuredOn!: string;

  @ApiPropertyOptional({ type: [Number], example: [3, 4, 2, 5, 3], description: `${ANSWERS_WANTED}; none for status` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MOST_ANSWERS)
  @IsInt({ each: true })
  answers?: number[];

  @ApiPropertyOptional({ type: String, description: 'For the status instrument only' })
  @IsOptional()
  @IsIn(LIFE_STATUSES)
  status?: LifeStatus;
}
