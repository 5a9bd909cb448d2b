import { throughput } from './throughput';

describe('throughput', () => {
  it('leaves the ramp-up and the tail out of the sustained rate', () => {
    // 101 operations: ten slow ones at the start, 81 at one a millisecond, ten slow ones at the end.
    const completions = [
      ...Array.from({ length: 10 }, (_, i) => i * 100),
      ...Array.from({ length: 81 }, (_, i) => 1000 + i),
      ...Array.from({ length: 10 }, (_, i) => 1180 + i * 100),
    ];
    const figures = throughput(0, completions);
    expect(figures.count).toBe(101);
    expect(figures.perSecondSustained).toBe(1000);
    expect(figures.sustainedSpanS).toBe(0.1);
    expect(figures.perSecondOverall).toBe(Math.round((101 / 2080) * 1000 * 10) / 10);
  });

  it('falls back on the overall rate when there is no middle to measure', () => {
    expect(throughput(0, [500])).toEqual({ count: 1, perSecondOverall: 2, perSecondSustained: 2, sustainedSpanS: 0 });
    expect(throughput(0, [])).toEqual({ count: 0, perSecondOverall: 0, perSecondSustained: 0, sustainedSpanS: 0 });
  });
});
