import { minutesOfDay } from '../domain/clock-time';

/** A program's hours without mail, as local clock times ("HH:MM"); from === to means none. */
export interface QuietHoursWindow {
  from: string;
  to: string;
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * When a mail that falls due now may go out: now, unless now is inside the
 * quiet hours in that zone, then the moment they end. A window with from
 * after to (21:00–07:00) runs across midnight.
 */
export function deliverableFrom(now: Date, quietHours: QuietHoursWindow, timeZone: string): Date {
  const from = minutesOfDay(quietHours.from);
  const to = minutesOfDay(quietHours.to);
  if (from === to) return now;
  const wall = new Date(localWall(now.getTime(), timeZone));
  const minute = wall.getUTCHours() * 60 + wall.getUTCMinutes();
  const quiet = from < to ? minute >= from && minute < to : minute >= from || minute < to;
  return quiet ? nextLocalTime(now, quietHours.to, timeZone) : now;
}

/**
 * The first instant at or after now at which the clock in that zone reads
 * clockTime. On the night clocks go back a time may come twice (each counts);
 * on the night they go forward a skipped time is reached at the jump.
 */
export function nextLocalTime(now: Date, clockTime: string, timeZone: string): Date {
  const today = new Date(localWall(now.getTime(), timeZone));
  // Today's, else tomorrow's; the day after only when a DST jump swallowed both (it never does, but bounds the search).
  for (let day = 0; day < 3; day += 1) {
    const wall = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + day) + minutesOfDay(clockTime) * MINUTE_MS;
    const next = instantsAt(wall, timeZone).find((instant) => instant >= now.getTime());
    if (next !== undefined) return new Date(next);
  }
  throw new Error(`no ${clockTime} in ${timeZone} within three days of ${now.toISOString()}`);
}

/**
 * Every instant (ascending) at which the zone's clock shows this wall time,
 * given as if it were UTC: one, two in a repeated hour, or, for a time in a
 * DST gap, the instant of the jump past it.
 */
function instantsAt(wall: number, timeZone: string): number[] {
  const offsets = [...new Set([wall - DAY_MS, wall, wall + DAY_MS].map((probe) => offsetAt(probe, timeZone)))];
  const exact = offsets.map((offset) => wall - offset).filter((instant) => localWall(instant, timeZone) === wall);
  if (exact.length > 0) return exact.sort((a, b) => a - b);
  // In the gap: before it the clock shows less than wall, after it more; find the jump to the second.
  let before = wall - Math.max(...offsets);
  let after = wall - Math.min(...offsets);
  while (after - before > 1000) {
    const middle = before + Math.floor((after - before) / 2000) * 1000;
    if (localWall(middle, timeZone) < wall) before = middle;
    else after = middle;
  }
  return [after];
}

/** What the zone's clock shows at this instant, as milliseconds read as if UTC. */
function localWall(instant: number, timeZone: string): number {
  return instant + offsetAt(instant, timeZone);
}

function offsetAt(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(new Date(instant))
      .map(({ type, value }) => [type, Number(value)]),
  );
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, found);
  }
  return found;
}
