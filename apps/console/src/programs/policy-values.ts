/** A policy as the form holds it: the API's JSON document, read and changed by dotted paths ("contact.targetHours"). */
export type PolicyDocument = Record<string, unknown>;

export function valueAt(document: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as never)[key] : undefined), document);
}

/** A copy of the document with the value at the path replaced; the parts on the way are copied, the rest shared. */
export function withValueAt<T>(document: T, path: string, value: unknown): T {
  const [key, ...rest] = path.split('.');
  const node = (document ?? {}) as Record<string, unknown>;
  const copy = (Array.isArray(node) ? [...node] : { ...node }) as Record<string, unknown>;
  copy[key] = rest.length === 0 ? value : withValueAt(node[key], rest.join('.'), value);
  return copy as T;
}

/** The units a person thinks of a program's durations in; a month is 30 days and a year 365, as the engine counts them. */
export const DURATION_UNITS = ['hours', 'days', 'weeks', 'months', 'years'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

const HOUR = 3_600_000;
const UNIT_MS: Record<DurationUnit, number> = {
  hours: HOUR,
  days: 24 * HOUR,
  weeks: 7 * 24 * HOUR,
  months: 30 * 24 * HOUR,
  years: 365 * 24 * HOUR,
};
/** How each unit is written to the API: ISO 8601, which it takes beside "30d"-style. */
const ISO: Record<DurationUnit, (amount: number) => string> = {
  hours: (amount) => `PT${amount}H`,
  days: (amount) => `P${amount}D`,
  weeks: (amount) => `P${amount}W`,
  months: (amount) => `P${amount}M`,
  years: (amount) => `P${amount}Y`,
};

export interface HumanDuration {
  amount: string;
  unit: DurationUnit;
}

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const ISO_PARTS = new RegExp(
  `^P(?:${NUMBER}Y)?(?:${NUMBER}M)?(?:${NUMBER}W)?(?:${NUMBER}D)?(?:T(?:${NUMBER}H)?(?:${NUMBER}M)?(?:${NUMBER}S)?)?$`,
  'i',
);
const SHORT = /^(\d+(?:\.\d+)?)\s*([a-z]+)$/i;
const SHORT_UNITS: Record<string, number> = Object.fromEntries(
  Object.entries({
    h: 'hours',
    hour: 'hours',
    d: 'days',
    day: 'days',
    w: 'weeks',
    week: 'weeks',
    mo: 'months',
    month: 'months',
    y: 'years',
    year: 'years',
  })
    .flatMap(([word, unit]) => [
      [word, UNIT_MS[unit as DurationUnit]],
      [`${word}s`, UNIT_MS[unit as DurationUnit]],
    ])
    .concat([
      ['m', 60_000],
      ['min', 60_000],
      ['minutes', 60_000],
    ]),
);

/** Milliseconds of a policy duration as the API writes them ("P6M", "PT48H", "14d", "6 months"); undefined when not one. */
export function durationMs(text: string): number | undefined {
  const iso = ISO_PARTS.exec(text.trim());
  if (iso && text.trim().length > 1) {
    const [y, mo, w, d, h, mi, s] = iso.slice(1).map((part) => Number(part ?? 0));
    return y * UNIT_MS.years + mo * UNIT_MS.months + w * UNIT_MS.weeks + d * UNIT_MS.days + h * HOUR + mi * 60_000 + s * 1000;
  }
  const short = SHORT.exec(text.trim());
  if (!short) return undefined;
  const unit = SHORT_UNITS[short[2].toLowerCase()];
  return unit === undefined ? undefined : Number(short[1]) * unit;
}

/** A duration in the largest unit it is a whole number of ("P3M" → 3 months, "48h" → 2 days); hours when nothing fits. */
export function humanDuration(text: unknown): HumanDuration {
  const ms = typeof text === 'string' ? durationMs(text) : undefined;
  if (ms === undefined) return { amount: '', unit: 'days' };
  if (ms === 0) return { amount: '0', unit: 'days' };
  const unit = [...DURATION_UNITS].reverse().find((candidate) => ms % UNIT_MS[candidate] === 0) ?? 'hours';
  return { amount: String(Math.round((ms / UNIT_MS[unit]) * 100) / 100), unit };
}

/** What the API is sent: ISO 8601 for a number, else what she typed, so the API's own message says what is wrong with it. */
export function apiDuration({ amount, unit }: HumanDuration): string {
  const number = Number(amount.replace(',', '.'));
  return amount.trim() !== '' && Number.isFinite(number) && number >= 0 ? ISO[unit](number) : amount;
}
