import type { TFunction } from 'i18next';
import { formatDate, formatNumber, localeOf } from '../i18n/format';

/**
 * An error's params, made ready for its text in `apiErrors`: one rule per kind of value, never one per code, so a new code
 * needs only its texts. Enum values are translated through the console's vocabularies by the param's name; dates, ISO 8601
 * durations and numbers are formatted in her language; lists are joined in words ("a, b eller c").
 */
/** The section that translates a param's values, by the param's name; a value it lacks is shown as sent. */
const VOCABULARIES: Record<string, readonly string[]> = {
  thing: ['things'],
  party: ['things'],
  subject: ['things'],
  phase: ['phases', 'escalations.phases'],
  needed: ['phases', 'escalations.phases'],
  instrument: ['instruments'],
  repeated: ['instruments'],
  category: ['escalations.categories'],
  categories: ['escalations.categories'],
  outcome: ['escalations.outcomes'],
  roles: ['roles'],
  answer: ['course.answers'],
};
/** Params that pick a variant of the text (i18next's context, `code_value`), first found first: the rest are worded in it. */
const CONTEXT_PARAMS = ['level', 'action', 'purpose', 'inName', 'byLaw'];
/** Lists of alternatives ("a eller b"); any other list is read as "a og b". */
const ALTERNATIVES = new Set(['allowed', 'needed', 'roles']);
/** i18next chooses a plural form by `count`, so it stays a number. */
const KEPT_AS_NUMBER = new Set(['count']);

const DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/;
const DURATION = /^P(?=\d|T\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const DURATION_UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;

/** An ISO 8601 duration in words of the language: P3M is "3 måneder", PT1H30M "1 time og 30 minutter". */
export function formatDuration(value: string, language: string): string | undefined {
  const match = DURATION.exec(value);
  if (!match) return undefined;
  const locale = localeOf(language);
  const parts = DURATION_UNITS.flatMap((unit, index) => {
    const amount = match[index + 1];
    return amount === undefined ? [] : [new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(+amount)];
  });
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(parts);
}

function formatOne(name: string, value: string | number, t: TFunction, language: string): string | number {
  if (typeof value === 'number') return KEPT_AS_NUMBER.has(name) ? value : formatNumber(value, 2);
  const vocabularies = VOCABULARIES[name];
  if (vocabularies)
    return t(
      vocabularies.map((section) => `${section}.${value}`),
      { defaultValue: value },
    );
  if (DATE.test(value)) return formatDate(value);
  return formatDuration(value, language) ?? value;
}

/** The params formatted for interpolation, and the context that picks the text's variant, if a param picks one. */
export function formatErrorParams(
  params: Record<string, unknown> | undefined,
  t: TFunction,
  language: string,
): { values: Record<string, string | number | boolean>; context?: string } {
  const values: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (typeof value === 'boolean') values[name] = value;
    else if (typeof value === 'string' || typeof value === 'number') values[name] = formatOne(name, value, t, language);
    else if (Array.isArray(value)) {
      const items = value.map((item) => String(formatOne(name, item as string | number, t, language)));
      const type = ALTERNATIVES.has(name) ? 'disjunction' : 'conjunction';
      values[name] = new Intl.ListFormat(localeOf(language), { style: 'long', type }).format(items);
    }
  }
  const picker = CONTEXT_PARAMS.find((name) => params?.[name] !== undefined);
  return picker ? { values, context: String(params?.[picker]) } : { values };
}
