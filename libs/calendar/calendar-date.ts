/**
 * Calendar dates (birth dates, quota periods) are written YYYY-MM-DD and read
 * as days in UTC, the same way PostgreSQL's `date` columns are compared here,
 * so "which day was it" has one answer in the API, the services and the SQL.
 */
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real day written YYYY-MM-DD: 2024-02-29 is one, 2023-02-29 is not. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !CALENDAR_DATE.test(value)) return false;
  const start = startOfDay(value);
  return !Number.isNaN(start) && calendarDateOf(new Date(start)) === value;
}

/** The first millisecond of that day, in UTC. */
export function startOfDay(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** The day a moment falls on, in UTC. */
export function calendarDateOf(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** Whole years from one day to another: an age. Born on 29 February, one turns a year older on 1 March in other years. */
export function wholeYearsBetween(from: string, to: string): number {
  const [fromYear, fromRest] = [Number(from.slice(0, 4)), from.slice(5)];
  const [toYear, toRest] = [Number(to.slice(0, 4)), to.slice(5)];
  return toYear - fromYear - (toRest < fromRest ? 1 : 0);
}
