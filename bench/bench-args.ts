/** A benchmark option's value as a positive whole number, or an error naming the option, what it got and the usage. */
export function positiveWholeNumber(option: string, raw: string, usage: string, expected = 'a positive whole number'): number {
  return wholeNumberFrom(1, option, raw, usage, expected);
}

/** The same, where 0 is allowed (it turns a part of the run off). */
export function wholeNumber(option: string, raw: string, usage: string, expected = 'a whole number'): number {
  return wholeNumberFrom(0, option, raw, usage, expected);
}

function wholeNumberFrom(least: number, option: string, raw: string, usage: string, expected: string): number {
  if (!/^\d+$/.test(raw) || Number(raw) < least) throw new Error(`${option} must be ${expected}, not ${JSON.stringify(raw)}\n${usage}`);
  return Number(raw);
}
