/** A policy's due point label ("0d", "14d", "P3M", "P1Y", "close"), read as days after the match start, and as words. */
const UNIT_DAYS: Record<string, number> = { D: 1, W: 7, M: 30, Y: 365 };

/** Days after the match start, or undefined for a label this does not read (it is then offered, and the engine decides). */
export function dueDays(label: string): number | undefined {
  const days = /^(\d+)d$/.exec(label);
  if (days) return Number(days[1]);
  const iso = /^P(\d+)([DWMY])$/.exec(label);
  return iso ? Number(iso[1]) * UNIT_DAYS[iso[2]] : undefined;
}

/** The translation key and count for a label: "at the start", "after 3 months", "at closure"; undefined when it is not read. */
export function duePointWords(label: string): { key: string; count?: number } | undefined {
  if (label === 'close') return { key: 'measurement.due.close' };
  if (dueDays(label) === 0) return { key: 'measurement.due.start' };
  const iso = /^P(\d+)([DWMY])$/.exec(label) ?? /^(\d+)(d)$/.exec(label);
  if (!iso) return undefined;
  return { key: `measurement.due.${iso[2].toUpperCase()}`, count: Number(iso[1]) };
}
