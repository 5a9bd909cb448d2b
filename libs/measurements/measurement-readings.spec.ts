import type { Measurement } from '../persistence/entities';
import { readingsOf } from './measurement-readings';

const LIMITS = { poorAtOrBelow: 50, depressionAtOrBelow: 28, meaningfulChange: 10 };
const row = (id: string, instrument: Measurement['instrument'], score: number | null, status: Measurement['status'] = null) =>
  ({ id, instrument, duePoint: '0d', measuredOn: '2026-03-01', score, status }) as Measurement;

describe("a course's measurement readings", () => {
  it('band each WHO-5 under the limits given and compare it with the WHO-5 before it, leaving other instruments unbanded', () => {
    const readings = readingsOf(
      [
        row('a', 'who5', 24),
        row('b', 'self-efficacy', 22),
        row('c', 'who5', 44),
        row('d', 'who5', 48),
        row('e', 'status', null, 'education'),
        row('f', 'who5', 64),
      ],
      LIMITS,
    );
    expect(readings.map(({ id, band, change }) => [id, band, change])).toEqual([
      ['a', 'likely-depression', undefined],
      ['b', undefined, undefined],
      ['c', 'poor', 'improved'],
      ['d', 'poor', 'unchanged'],
      ['e', undefined, undefined],
      ['f', 'good', 'improved'],
    ]);
    expect(readings[4]).toMatchObject({ status: 'education', score: null });
  });
});
