import { isBanded, limitedBands, questionnaire } from '../domain/instruments';
import { scoreRange } from '../measurements/scoring';
import { LineChart, lineChartSvg } from './line-chart';
import type { WellBeingReport } from './well-being-report';

/** "0d" reads as "start", "P3M" as "3 months"; other labels as the policy wrote them. */
export function duePointLabel(duePoint: string): string {
  if (/^0[a-zA-Z]*$/.test(duePoint)) return 'start';
  const months = /^P(\d+)M$/.exec(duePoint);
  if (months) return `${months[1]} ${months[1] === '1' ? 'month' : 'months'}`;
  return duePoint;
}

/** One line per cohort (the mentees measured through a point), over the program's due points; suppressed means are gaps. */
export function wellBeingChart(report: WellBeingReport): string {
  // Each instrument on its own fixed scale (WHO-5 0–100), so charts of different groups compare at a glance.
  const scale = scoreRange(report.instrument);
  const cohorts = report.cohorts.filter((cohort) => cohort.n !== null && cohort.n > 0);
  return lineChartSvg({
    title: `${questionnaire(report.instrument).title}, ${report.scope.from} to ${report.scope.to}`,
    xLabels: report.duePoints.map(duePointLabel),
    series: cohorts.map((cohort) => ({
      name: `measured through ${duePointLabel(cohort.through)} (n=${cohort.n})`,
      values: report.duePoints.map((duePoint) => cohort.points.find((point) => point.duePoint === duePoint)?.mean ?? null),
    })),
    yMin: scale.min,
    yMax: scale.max,
    yLabel: 'mean score',
    bands: limitLines(report),
  });
}

/** A line at each band limit the report was read against, labelled with its band, e.g. "poor well-being (≤ 50)". */
function limitLines({ instrument, bandLimits }: WellBeingReport): NonNullable<LineChart['bands']> {
  if (!isBanded(instrument) || !bandLimits) return [];
  return limitedBands(instrument).flatMap(({ atOrBelow, label }) => {
    const value = bandLimits[atOrBelow];
    return value === undefined ? [] : [{ label: `${label} (≤ ${value})`, value }];
  });
}
