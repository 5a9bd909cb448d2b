import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';
import { useDurationText } from '../programs/policy-text';
import type { WellBeingReport } from './report-types';

const WIDTH = 560;
const HEIGHT = 240;
const LEFT = 36;
const BOTTOM = 28;

/**
 * Each cohort's mean score at each due point it was measured through (the same people throughout), as lines on 0–100; a
 * suppressed mean is a gap in its line, never a point. A table follows with the same means.
 */
export function WellBeingChart({ report }: { report: WellBeingReport }) {
  const { t } = useTranslation();
  const durationText = useDurationText();
  const titleId = useId();
  const points = report.duePoints;
  const x = (index: number) => LEFT + 12 + (index * (WIDTH - LEFT - 24)) / Math.max(points.length - 1, 1);
  const y = (mean: number) => HEIGHT - BOTTOM - (mean / 100) * (HEIGHT - BOTTOM - 10);
  const pointName = (duePoint: string) => (duePoint === '0d' ? t('reports.wellBeing.start') : durationText(duePoint));
  const cohortName = (through: string) => t('reports.wellBeing.cohort', { through: pointName(through) });
  const shown = (mean: number | null) =>
    mean === null ? t('reports.suppressed', { minimum: report.minimumCount }) : formatNumber(mean, 1);
  // A point after the cohort's last was not measured for it: a dash, not a hidden figure.
  const measuredAt = (cohortPoints: Array<{ duePoint: string; mean: number | null }>, duePoint: string) => {
    const point = cohortPoints.find((candidate) => candidate.duePoint === duePoint);
    return point ? shown(point.mean) : '–';
  };
  const title = t('reports.wellBeing.chartTitle', { instrument: t(`instruments.${report.instrument}`, report.instrument) });
  return (
    <figure className="report-chart">
      <figcaption className="h4">{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{title}</title>
        {[0, 25, 50, 75, 100].map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH} y1={y(tick)} y2={y(tick)} className="grid" />
            <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end" className="label">
              {tick}
            </text>
          </g>
        ))}
        {points.map((duePoint, index) => (
          <text key={duePoint} x={x(index)} y={HEIGHT - 8} textAnchor="middle" className="label">
            {pointName(duePoint)}
          </text>
        ))}
        {report.cohorts.map((cohort, line) =>
          // A suppressed mean breaks the line: each unbroken run is drawn on its own.
          runs(cohort.points.map((point) => ({ index: points.indexOf(point.duePoint), mean: point.mean }))).map((run, part) => (
            <g key={`${cohort.through}-${part}`} className={`series series-${line % 4}`}>
              <polyline points={run.map((point) => `${x(point.index)},${y(point.mean)}`).join(' ')} />
              {run.map((point) => (
                <circle key={point.index} cx={x(point.index)} cy={y(point.mean)} r={4} />
              ))}
            </g>
          )),
        )}
      </svg>
      {/* Wider than a phone: a region she can scroll with the keyboard. */}
      <div className="table--responsive-scroll" role="region" aria-label={title} tabIndex={0}>
        <table className="table table--compact">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.wellBeing.cohortColumn')}</th>
              <th scope="col">{t('reports.wellBeing.n')}</th>
              {points.map((duePoint) => (
                <th key={duePoint} scope="col">
                  {pointName(duePoint)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.cohorts.map((cohort, line) => (
              <tr key={cohort.through}>
                <th scope="row">
                  <span className={`legend series-${line % 4}`} aria-hidden="true" /> {cohortName(cohort.through)}
                </th>
                <td>{cohort.n === null ? t('reports.suppressed', { minimum: report.minimumCount }) : formatNumber(cohort.n)}</td>
                {points.map((duePoint) => (
                  <td key={duePoint}>{measuredAt(cohort.points, duePoint)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** The points with a mean, split where one is missing. */
function runs(points: Array<{ index: number; mean: number | null }>): Array<Array<{ index: number; mean: number }>> {
  const result: Array<Array<{ index: number; mean: number }>> = [[]];
  for (const point of points) {
    if (point.mean === null) result.push([]);
    else result[result.length - 1].push({ index: point.index, mean: point.mean });
  }
  return result.filter((run) => run.length > 0);
}
