/**
 * Policy durations are written by people: ISO-8601 (`P6M`, `PT48H`, `P2W`) or
 * ms-style (`30d`, `48h`, `6 months`, `2 weeks`). Workflows need plain
 * milliseconds, so durations are resolved once, when a policy is compiled.
 *
 * Calendar units are fixed lengths: a month is 30 days and a year 365 days. A
 * program's "3-month measurement" then falls on the same day for every
 * mentorship, whatever month it started in, which is what the schedules mean.
 */
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

export const DURATION_UNITS_MS = { SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, YEAR } as const;

/** One ISO-8601 figure, whole or decimal, captured. */
const ISO_NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const ISO_DATE_PART = `(?:${ISO_NUMBER}Y)?(?:${ISO_NUMBER}M)?(?:${ISO_NUMBER}W)?(?:${ISO_NUMBER}D)?`;
const ISO_TIME_PART = `(?:T(?:${ISO_NUMBER}H)?(?:${ISO_NUMBER}M)?(?:${ISO_NUMBER}S)?)?`;
const ISO_8601 = new RegExp(`^P${ISO_DATE_PART}${ISO_TIME_PART}$`, 'i');
const MS_STYLE = /^(\d+(?:\.\d+)?)\s*([a-z]+)$/i;

const MS_STYLE_UNITS: Record<string, number> = {
  ms: 1,
  millisecond: 1,
  milliseconds: 1,
  s: SECOND,
  sec: SECOND,
  secs: SECOND,
  second: SECOND,
  seconds: SECOND,
  m: MINUTE,
  min: MINUTE,
  mins: MINUTE,
  minute: MINUTE,
  minutes: MINUTE,
  h: HOUR,
  hr: HOUR,
  hrs: HOUR,
  hour: HOUR,
  hours: HOUR,
  d: DAY,
  day: DAY,
  days: DAY,
  w: WEEK,
  week: WEEK,
  weeks: WEEK,
  mo: MONTH,
  month: MONTH,
  months: MONTH,
  y: YEAR,
  yr: YEAR,
  year: YEAR,
  years: YEAR,
};

/** Milliseconds for a duration string, or undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim();
  const iso = ISO_8601.exec(trimmed);
  if (iso && trimmed.length > 1 && !trimmed.toUpperCase().endsWith('T')) {
    const [, y, mo, w, d, h, mi, s] = iso.map((part) => Number(part ?? 0));
    return Math.round(y * YEAR + mo * MONTH + w * WEEK + d * DAY + h * HOUR + mi * MINUTE + s * SECOND);
  }
  const short = MS_STYLE.exec(trimmed);
  const unit = short && MS_STYLE_UNITS[short[2].toLowerCase()];
  return unit ? Math.round(Number(short[1]) * unit) : undefined;
}

export function isDuration(value: unknown): value is string {
  return typeof value === 'string' && parseDuration(value) !== undefined;
}

/** Milliseconds for a duration already validated as one. */
export function durationMs(text: string): number {
  const ms = parseDuration(text);
  if (ms === undefined) throw new RangeError(`not a duration: ${JSON.stringify(text)}`);
  return ms;
}
