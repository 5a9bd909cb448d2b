import { wellBeingChart } from './well-being-chart';
import type { WellBeingReport } from './well-being-report';

const scope = { programId: 'p-1', from: '2025-01-01', to: '2025-12-31' };
const cohort = {
  through: 'P3M',
  n: 5,
  changeFromStart: 9,
  points: [
    { duePoint: '0d', mean: 44 },
    { duePoint: 'P3M', mean: 53 },
  ],
};
const bandLabels = (svg: string) => [...svg.matchAll(/<g class="band">.*?<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
const yTicks = (svg: string) => [...svg.matchAll(/<text[^>]*text-anchor="end"[^>]*>([\d.]+)<\/text>/g)].map((match) => match[1]);

describe('wellBeingChart', () => {
  it("draws a WHO-5 on 0–100 with a line at each of the program's band limits, highest first", () => {
    const report: WellBeingReport = {
      scope,
      minimumCount: 5,
      instrument: 'who5',
      duePoints: ['0d', 'P3M'],
      cohorts: [cohort],
      bandLimits: { poorAtOrBelow: 50, depressionAtOrBelow: 28 },
    };
    const svg = wellBeingChart(report);
    expect(svg).toContain('<title>WHO-5 well-being, 2025-01-01 to 2025-12-31</title>');
    expect(bandLabels(svg)).toEqual(['poor well-being (≤ 50)', 'likely depression (≤ 28)']);
    expect(yTicks(svg)[0]).toBe('0');
    expect(yTicks(svg).at(-1)).toBe('100');
  });

  it('draws self-efficacy on the sum of its items, 10–40, without band lines', () => {
    const report: WellBeingReport = {
      scope,
      minimumCount: 5,
      instrument: 'self-efficacy',
      duePoints: ['0d', 'P3M'],
      cohorts: [
        {
          ...cohort,
          points: [
            { duePoint: '0d', mean: 24 },
            { duePoint: 'P3M', mean: 27 },
          ],
        },
      ],
    };
    const svg = wellBeingChart(report);
    expect(svg).toContain('<title>Self-efficacy, 2025-01-01 to 2025-12-31</title>');
    expect(bandLabels(svg)).toEqual([]);
    expect(yTicks(svg)[0]).toBe('10');
    expect(yTicks(svg).at(-1)).toBe('40');
  });
});
