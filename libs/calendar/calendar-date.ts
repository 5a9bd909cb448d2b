/**
 * Calendar dates (birth dates, quota periods) are written YYYY-MM-DD. As
 * values they are checked and stepped in UTC, the same way PostgreSQL's
 * `date` columns are compared here; which day a moment falls on, and when a
 * day begins, is a program's time zone's answer (startOfDayIn, and dayIn in
 * workflows/shared/calendar-day.ts).
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

/**
 * When a day (YYYY-MM-DD) begins in a time zone: UTC's midnight less the zone's offset then, taken twice so a day that begins
 * just after a change of offset finds its own.
 */
export function startOfDayIn(date: string, timeZone: string): number {
  const utcMidnight = startOfDay(date);
  let moment = utcMidnight;
  for (let round = 0; round < 2; round += 1) moment = utcMidnight - offsetMs(moment, timeZone);
  return moment;
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** How far a time zone's wall clock is ahead of UTC at a moment. */
function offsetMs(moment: number, timeZone: string): number {
  let clock = clocks.get(timeZone);
  if (!clock) {
    const twoDigits = '2-digit' as const;
    clock = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: twoDigits,
      day: twoDigits,
      hour: twoDigits,
      minute: twoDigits,
      second: twoDigits,
    });
    clocks.set(timeZone, clock);
  }
  const parts = clock.formatToParts(new Date(moment));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((each) => each.type === type)!.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(moment / 1000) * 1000;
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
