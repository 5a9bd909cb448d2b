import { WHO5_BANDS } from '../domain/policy/presets/standards';
import { bandOf, changeOf, scoreOf } from './scoring';

describe('scoring the WHO-5', () => {
  it('sums five answers into a raw 0–25 and multiplies by 4 into a score 0–100', () => {
    expect(scoreOf('who5', [0, 0, 0, 0, 0])).toEqual({ raw: 0, score: 0 });
    expect(scoreOf('who5', [3, 4, 2, 5, 3])).toEqual({ raw: 17, score: 68 });
    expect(scoreOf('who5', [5, 5, 5, 5, 5])).toEqual({ raw: 25, score: 100 });
  });

  it.each([
    [[1, 2, 3, 4], 'WHO-5 needs exactly 5 answers, each an integer from 0 to 5; got 4'],
    [[1, 2, 3, 4, 5, 0], 'WHO-5 needs exactly 5 answers, each an integer from 0 to 5; got 6'],
    [[1, 2, 6, 4, 5], 'WHO-5 needs exactly 5 answers, each an integer from 0 to 5; answer 3 is 6'],
    [[1, 2, 3, -1, 5], 'WHO-5 needs exactly 5 answers, each an integer from 0 to 5; answer 4 is -1'],
    [[1, 2, 3, 4, 2.5], 'WHO-5 needs exactly 5 answers, each an integer from 0 to 5; answer 5 is 2.5'],
  ])('refuses to score %j rather than give a wrong score', (answers, message) => {
    expect(() => scoreOf('who5', answers)).toThrow(new RangeError(message));
  });
});

describe('WHO-5 bands under the standard limits (≤ 28 likely depression, ≤ 50 poor)', () => {
  it.each([
    [0, 'likely-depression'],
    [28, 'likely-depression'],
    [29, 'poor'],
    [50, 'poor'],
    [51, 'good'],
    [100, 'good'],
  ])('%i is %s', (score, band) => {
    expect(bandOf('who5', score, WHO5_BANDS)).toBe(band);
  });

  it('reads the limits from the policy it is given', () => {
    const stricter = { ...WHO5_BANDS, poorAtOrBelow: 60, depressionAtOrBelow: 36 };
    expect(bandOf('who5', 36, stricter)).toBe('likely-depression');
    expect(bandOf('who5', 60, stricter)).toBe('poor');
    expect(bandOf('who5', 61, stricter)).toBe('good');
  });
});

describe('a WHO-5 change of 10 points', () => {
  it.each([
    [44, 54, 'improved'],
    [44, 53, 'unchanged'],
    [44, 44, 'unchanged'],
    [44, 35, 'unchanged'],
    [44, 34, 'worsened'],
    [0, 100, 'improved'],
  ])('from %i to %i is %s', (previous, current, change) => {
    expect(changeOf(previous, current, WHO5_BANDS)).toBe(change);
  });

  it('reads the meaningful change from the policy it is given', () => {
    expect(changeOf(44, 52, { ...WHO5_BANDS, meaningfulChange: 8 })).toBe('improved');
  });
});
