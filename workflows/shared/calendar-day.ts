// Pure and free of @temporalio: a course's rules and the API's copies of them both ask it.

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The day (YYYY-MM-DD) a moment falls on in a time zone: the day the people there write on what they log. Between midnight in
 * Copenhagen and midnight UTC the two answers differ, and a meeting held "today" is dated by Copenhagen's.
 */
export function dayIn(moment: Date, timeZone: string): string {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(moment).map(({ type, value }) => [type, value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Whether a day (YYYY-MM-DD) has come in a time zone by a moment: today or earlier there. */
export const dayHasCome = (day: string, moment: Date, timeZone: string): boolean => day <= dayIn(moment, timeZone);
