import { useTranslation } from 'react-i18next';
import { formatMinutes } from '../i18n/format';

const WIDTH = 320;
const HEIGHT = 160;
const AXIS = 24;

/**
 * Meetings' minutes per contact period against the policy's target, as bars with the target as a line, drawn in the browser. The
 * same figures follow as a table, for a screen reader and for reading exact values.
 */
export function ContactChart({
  minutesByPeriod,
  periods,
  targetMinutes,
}: {
  minutesByPeriod: Record<number, number>;
  periods: number;
  targetMinutes: number;
}) {
  const { t } = useTranslation();
  const rows = Array.from({ length: Math.max(periods, 1) }, (_, period) => ({ period, minutes: minutesByPeriod[period] ?? 0 }));
  const top = Math.max(targetMinutes, ...rows.map((row) => row.minutes)) * 1.15 || 60;
  const slot = (WIDTH - AXIS) / rows.length;
  const y = (minutes: number) => HEIGHT - AXIS - (minutes / top) * (HEIGHT - AXIS - 8);
  return (
    <figure className="contact-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="contact-chart-title">
        <title id="contact-chart-title">{t('course.contact.chartTitle', { target: formatMinutes(targetMinutes) })}</title>
        <line x1={AXIS} x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} className="axis" />
        {rows.map((row) => {
          const x = AXIS + row.period * slot + slot * 0.15;
          return (
            <g key={row.period}>
              <rect
                x={x}
                y={y(row.minutes)}
                width={slot * 0.7}
                height={HEIGHT - AXIS - y(row.minutes)}
                className={row.minutes >= targetMinutes ? 'bar bar-met' : 'bar bar-short'}
              />
              <text x={x + slot * 0.35} y={HEIGHT - 8} textAnchor="middle" className="label">
                {row.period + 1}
              </text>
            </g>
          );
        })}
        <line x1={AXIS} x2={WIDTH} y1={y(targetMinutes)} y2={y(targetMinutes)} className="target" />
      </svg>
      <figcaption>
        <span className="legend legend-target" aria-hidden="true" /> {t('course.contact.target', { target: formatMinutes(targetMinutes) })}
      </figcaption>
      <table className="table table--compact">
        <caption className="sr-only">{t('course.contact.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('course.contact.period')}</th>
            <th scope="col">{t('course.contact.minutes')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.period}>
              <td>{row.period + 1}</td>
              <td>
                {formatMinutes(row.minutes)} {row.minutes < targetMinutes ? `(${t('course.contact.short')})` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
