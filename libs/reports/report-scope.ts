import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { startOfDay, startOfDayIn } from '../calendar/calendar-date';
import { IsCalendarDate } from '../validation/validators';

/** What a report covers: one program, a period of whole days (both ends included), optionally one municipality. */
export class ReportScope {
  @ApiProperty({ format: 'uuid' }) @IsUUID() programId!: string;
  @ApiProperty({ example: '2026-01-01', format: 'date', description: 'First day' }) @IsCalendarDate() from!: string;
  @ApiProperty({ example: '2026-12-31', format: 'date', description: 'Last day (included)' }) @IsCalendarDate() to!: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() municipalityId?: string;
}

/**
 * The time zone a report's days are counted in: its program's (the policy's notifications.timeZone), where the people whose
 * figures they are live their days. A course closed at 00:30 on 1 January in Copenhagen counts in January, not on the UTC day
 * before it.
 */
export type ReportTimeZone = string;

export const DAY_MS = 24 * 60 * 60 * 1000;
/** An average month, for rates "per month" over periods of any length. */
export const MONTH_DAYS = 365.25 / 12;

/** Whole days from one instant to another. */
export const daysBetween = (from: Date, to: Date): number => (to.getTime() - from.getTime()) / DAY_MS;

/** The moments a report's period begins and ends (the midnight after its last day), in ms, as its days are counted there. */
export function periodIn({ from, to }: Pick<ReportScope, 'from' | 'to'>, timeZone: ReportTimeZone): { startMs: number; endMs: number } {
  return { startMs: startOfDayIn(from, timeZone), endMs: startOfDayIn(nextDay(to), timeZone) };
}

const nextDay = (day: string): string => new Date(startOfDay(day) + DAY_MS).toISOString().slice(0, 10);
