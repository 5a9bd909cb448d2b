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

/**
 * The time zone a report's days are counted in: its program's (the policy's notifications.timeZone), where the people whose
 * figures they are live their days. A course closed at 00:30 on 1 January in Copenhagen counts in January, not on the UTC day
 * before it.
 */
export type ReportTimeZone = string;

/** The moments a report's period begins and ends (the midnight after its last day), in ms, as its days are counted there. */
export function periodIn({ from, to }: Pick<ReportScope, 'from' | 'to'>, timeZone: ReportTimeZone): { startMs: number; endMs: number } {
  return { startMs: midnightIn(from, timeZone), endMs: midnightIn(nextDay(to), timeZone) };
}

const nextDay = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/** When a day (YYYY-MM-DD) begins in a time zone: UTC's midnight less the zone's offset then (taken twice, across a change). */
function midnightIn(day: string, timeZone: ReportTimeZone): number {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  let moment = utcMidnight;
  for (let round = 0; round < 2; round += 1) moment = utcMidnight - offsetMs(moment, timeZone);
  return moment;
}

/** How far a time zone's wall clock is ahead of UTC at a moment. */
function offsetMs(moment: number, timeZone: ReportTimeZone): number {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(moment));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((each) => each.type === type)!.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(moment / 1000) * 1000;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
/** An average month, for rates "per month" over periods of any length. */
export const MONTH_DAYS = 365.25 / 12;

/** Whole days from one instant to another. */
export const daysBetween = (from: Date, to: Date): number => (to.getTime() - from.getTime()) / DAY_MS;
