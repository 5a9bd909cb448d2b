/** A benchmark option's value as a positive whole number, or an error naming the option, what it got and the usage. */
export function positiveWholeNumber(option: string, raw: string, usage: string, expected = 'a positive whole number'): number {
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new Error(`${option} must be ${expected}, not ${JSON.stringify(raw)}\n${usage}`);
  return Number(raw);
}
