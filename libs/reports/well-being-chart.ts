import { SELF_EFFICACY } from '../measurements/self-efficacy';
import { lineChartSvg } from './line-chart';
import type { WellBeingReport } from './well-being-report';

/** Each instrument on its own fixed scale: WHO-5 0–100, self-efficacy the sum of its items. */
const SCALES = {
  who5: { yMin: 0, yMax: 100, title: 'WHO-5 well-being' },
  'self-efficacy': { yMin: SELF_EFFICACY.items * SELF_EFFICACY.min, yMax: SELF_EFFICACY.items * SELF_EFFICACY.max, title: 'Self-efficacy' },
} as const;

/** "0d" reads as "start", "P3M" as "3 months"; other labels as the policy wrote them. */
export function duePointLabel(duePoint: string): string {
  if (/^0[a-zA-Z]*$/.test(duePoint)) return 'start';
  const months = /^P(\d+)M$/.exec(duePoint);
  if (months) return `${months[1]} ${months[1] === '1' ? 'month' : 'months'}`;
  return duePoint;
}

/** One line per cohort (the mentees measured through a point), over the program's due points; suppressed means are gaps. */
export function wellBeingChart(report: WellBeingReport): string {
  const scale = SCALES[report.instrument];
  const cohorts = report.cohorts.filter((cohort) => cohort.n !== null && cohort.n > 0);
  return lineChartSvg({
    title: `${scale.title}, ${report.scope.from} to ${report.scope.to}`,
    xLabels: report.duePoints.map(duePointLabel),
    series: cohorts.map((cohort) => ({
      name: `measured through ${duePointLabel(cohort.through)} (n=${cohort.n})`,
      values: report.duePoints.map((duePoint) => cohort.points.find((point) => point.duePoint === duePoint)?.mean ?? null),
    })),
    yMin: scale.yMin,
    yMax: scale.yMax,
    yLabel: 'mean score',
    bands: report.bandLimits
      ? [
          { label: `poor well-being (≤ ${report.bandLimits.poorAtOrBelow})`, value: report.bandLimits.poorAtOrBelow },
          { label: `likely depression (≤ ${report.bandLimits.depressionAtOrBelow})`, value: report.bandLimits.depressionAtOrBelow },
        ]
      : [],
  });
}
