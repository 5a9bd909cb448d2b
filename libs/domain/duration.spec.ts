import { DURATION_UNITS_MS as U, durationMs, isDuration, parseDuration } from './duration';

describe('parseDuration', () => {
  it.each([
    ['P6M', 6 * U.MONTH],
    ['PT48H', 48 * U.HOUR],
    ['P2W', 2 * U.WEEK],
    ['P1Y2M3DT4H5M6S', U.YEAR + 2 * U.MONTH + 3 * U.DAY + 4 * U.HOUR + 5 * U.MINUTE + 6 * U.SECOND],
    ['30d', 30 * U.DAY],
    ['48h', 48 * U.HOUR],
    ['6 months', 6 * U.MONTH],
    ['2 weeks', 2 * U.WEEK],
    ['90m', 90 * U.MINUTE],
    ['1.5h', 1.5 * U.HOUR],
    ['1 year', U.YEAR],
  ])('%s is %d ms', (text, expected) => {
    expect(parseDuration(text)).toBe(expected);
  });

  it.each(['', 'P', 'PT', '6', 'six months', '-3d', '3 fortnights', 'P1H'])('%j is not a duration', (text) => {
    expect(parseDuration(text)).toBeUndefined();
    expect(isDuration(text)).toBe(false);
  });

  it('durationMs refuses what parseDuration cannot read', () => {
    expect(() => durationMs('soon')).toThrow('not a duration: "soon"');
  });
});
