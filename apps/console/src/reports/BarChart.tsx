import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';
import type { Figure } from './report-types';

export interface Bar {
  key: string;
  label: string;
  value: Figure;
}

const WIDTH = 560;
const ROW = 28;
const LABEL = 200;

/**
 * Horizontal bars drawn in the browser, one per figure; a suppressed figure gets no bar but the word "hidden", so the chart tells
 * no more than the table. The same figures follow as a table, for a screen reader and for exact values.
 */
export function BarChart({ title, bars, minimumCount, digits = 0 }: { title: string; bars: Bar[]; minimumCount: number; digits?: number }) {
  const { t } = useTranslation();
  const titleId = useId();
  const top = Math.max(1, ...bars.map((bar) => bar.value ?? 0));
  const height = bars.length * ROW + 8;
  const shown = (value: Figure) => (value === null ? t('reports.suppressed', { minimum: minimumCount }) : formatNumber(value, digits));
  return (
    <figure className="report-chart">
      <figcaption className="h4">{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{title}</title>
        {bars.map((bar, index) => {
          const y = 4 + index * ROW;
          const length = bar.value === null ? 0 : ((WIDTH - LABEL - 90) * bar.value) / top;
          return (
            <g key={bar.key}>
              <text x={LABEL - 8} y={y + ROW / 2 + 4} textAnchor="end" className="label">
                {bar.label}
              </text>
              {bar.value === null ? (
                <rect x={LABEL} y={y + 4} width={WIDTH - LABEL - 90} height={ROW - 8} className="bar bar-suppressed" />
              ) : (
                <rect x={LABEL} y={y + 4} width={length} height={ROW - 8} className="bar" />
              )}
              <text x={LABEL + (bar.value === null ? 8 : length + 6)} y={y + ROW / 2 + 4} className="label value">
                {shown(bar.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="table table--compact">
        <caption className="sr-only">{title}</caption>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.key}>
              <th scope="row">{bar.label}</th>
              <td>{shown(bar.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
