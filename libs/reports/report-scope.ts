import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate } from '../validation/validators';

/** What a report covers: one program, a period of whole days (both ends included), optionally one municipality. */
export class ReportScope {
  @ApiProperty({ format: 'uuid' }) @IsUUID() programId!: string;
  @ApiProperty({ example: '2026-01-01', format: 'date', description: 'First day' }) @IsCalendarDate() from!: string;
  @ApiProperty({ example: '2026-12-31', format: 'date', description: 'Last day (included)' }) @IsCalendarDate() to!: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() municipalityId?: string;
}

/** Figures are dated by the UTC day, as the mirror tables store instants. */
export const dayOf = (instant: Date): string => instant.toISOString().slice(0, 10);

export const DAY_MS = 24 * 60 * 60 * 1000;
/** An average month, for rates "per month" over periods of any length. */
export const MONTH_DAYS = 365.25 / 12;

/** Whole days from one instant to another. */
export const daysBetween = (from: Date, to: Date): number => (to.getTime() - from.getTime()) / DAY_MS;
