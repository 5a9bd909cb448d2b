import i18n from 'i18next';

/** The locale Intl formats in: Danish dates and numbers (12.3.2026, 1.234,5) or British English. */
export const localeOf = (language: string): string => (language === 'en' ? 'en-GB' : 'da-DK');
const locale = (): string => localeOf(i18n.language);

const kept = new Map<string, unknown>();
/**
 * One formatter per kind, locale and options, made once: making an Intl formatter costs far more than formatting with it, and a course
 * page or Today formats hundreds of values (made per value, they were most of the script time of drawing a course page).
 */
function formatter<T>(key: string, make: () => T): T {
  if (!kept.has(key)) kept.set(key, make());
  return kept.get(key) as T;
}
const dateFormat = (options: Intl.DateTimeFormatOptions, language = locale()) =>
  formatter(`date ${language} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(language, options));
const numberFormat = (options: Intl.NumberFormatOptions) =>
  formatter(`number ${locale()} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale(), options));

/** The zone the console shows moments in. */
const CONSOLE_TIME_ZONE = 'Europe/Copenhagen';

export function formatDate(value: string | Date | undefined | null): string {
  if (!value) return '–';
  // A calendar date (YYYY-MM-DD) is a day, not a moment: read it at noon UTC so no time zone moves it.
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return dateFormat({ dateStyle: 'medium', timeZone: CONSOLE_TIME_ZONE }).format(date);
}

export function formatDateTime(value: string | Date | undefined | null): string {
  if (!value) return '–';
  return dateFormat({ dateStyle: 'medium', timeStyle: 'short', timeZone: CONSOLE_TIME_ZONE }).format(new Date(value));
}

export function formatNumber(value: number, digits = 0): string {
  return numberFormat({ maximumFractionDigits: digits }).format(value);
}

/** Minutes as hours and minutes in words of the language: "1 time og 30 minutter", "1 hour, 30 minutes". */
export function formatMinutes(totalMinutes: number): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = Math.round(totalMinutes % 60);
  const unit = (value: number, name: 'hour' | 'minute') => numberFormat({ style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const parts = [hours > 0 ? unit(hours, 'hour') : undefined, minutes > 0 || hours === 0 ? unit(minutes, 'minute') : undefined];
  const list = formatter(`list ${locale()}`, () => new Intl.ListFormat(locale(), { style: 'long', type: 'conjunction' }));
  return list.format(parts.filter((part): part is string => !!part));
}

/** Names as one phrase of the language: "Samtale, Referencer og Straffeattest", "Interview, References and Criminal record check". */
export function formatList(items: string[]): string {
  return new Intl.ListFormat(locale(), { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * Today as YYYY-MM-DD in a time zone: a course's program's (its policy's) for what is logged about the course, whose day the API
 * judges there; else the console's own, Copenhagen.
 */
export function today(timeZone = CONSOLE_TIME_ZONE): string {
  return dateFormat({ timeZone }, 'en-CA').format(new Date());
}

/** How long ago, in words of the language: "for 3 dage siden", "3 days ago"; in days, or hours within the first day. */
export function formatAge(value: string | Date, now = new Date()): string {
  const hours = Math.round((now.getTime() - new Date(value).getTime()) / 3_600_000);
  const relative = formatter(`relative ${locale()}`, () => new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' }));
  return Math.abs(hours) < 24 ? relative.format(-hours, 'hour') : relative.format(-Math.round(hours / 24), 'day');
}

const DUE_POINT_UNITS = { D: 'day', W: 'week', M: 'month', Y: 'year' } as const;

/** A measurement's due point after the start ("P3M", "0d") in words: "3 måneder", "0 dage"; `atClose` for the closure's. */
export function formatDuePoint(duePoint: string, atClose: string): string {
  const match = /^P?(\d+)([DWMY])$/i.exec(duePoint);
  if (!match) return duePoint === 'close' ? atClose : duePoint;
  const unit = DUE_POINT_UNITS[match[2].toUpperCase() as keyof typeof DUE_POINT_UNITS];
  return numberFormat({ style: 'unit', unit, unitDisplay: 'long' }).format(Number(match[1]));
}
