import { useTranslation } from 'react-i18next';
import { duePointWords } from '../intake/due-point';
import type { components } from '../api/schema';
import { formatDate, formatNumber } from '../i18n/format';
import { useMeasurements } from './course-data';

type Reading = components['schemas']['MeasurementReading'];
const WIDTH = 320;
const HEIGHT = 140;
const PAD = 20;
const BAND_BADGES: Record<string, string> = {
  good: 'badge badge-success',
  poor: 'badge badge-warning',
  'likely-depression': 'badge badge-error',
};

/** Each measurement with its band under the course's policy and its change since the one before; WHO-5's trend as a line. */
export function MeasurementsSection({ id }: { id: string }) {
  const { t } = useTranslation();
  // "ved start", "efter 3 måneder", "ved afslutning": the policy's label as she reads it, or as it is when not read.
  const duePointText = (label: string) => {
    const words = duePointWords(label);
    return words ? t(words.key, { count: words.count }) : label;
  };
  const readings = useMeasurements(id);
  const who5 = (readings.data ?? []).filter((reading) => reading.instrument === 'who5' && reading.score !== null);
  return (
    <section aria-labelledby="measurements-heading">
      <h2 id="measurements-heading">{t('course.measurements.title')}</h2>
      {readings.data?.length === 0 && <p>{t('course.measurements.none')}</p>}
      {who5.length > 1 && <Who5Trend readings={who5} />}
      {readings.data && readings.data.length > 0 && (
        <table className="table table--compact table--responsive-headers">
          <caption className="sr-only">{t('course.measurements.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('course.measurements.measuredOn')}</th>
              <th scope="col">{t('course.measurements.instrument')}</th>
              <th scope="col">{t('course.measurements.result')}</th>
              <th scope="col">{t('course.measurements.change')}</th>
            </tr>
          </thead>
          <tbody>
            {readings.data.map((reading) => (
              <tr key={reading.id}>
                <td data-title={t('course.measurements.measuredOn')}>{formatDate(reading.measuredOn)}</td>
                <td data-title={t('course.measurements.instrument')}>
                  {t(`instruments.${reading.instrument}`)} ({duePointText(reading.duePoint)})
                </td>
                <td data-title={t('course.measurements.result')}>
                  {reading.score !== null ? formatNumber(reading.score) : t(`course.lifeStatus.${reading.status}`)}
                  {reading.band && (
                    <>
                      {' '}
                      <span className={BAND_BADGES[reading.band]}>{t(`bands.${reading.band}`)}</span>
                    </>
                  )}
                </td>
                <td data-title={t('course.measurements.change')}>{reading.change ? t(`course.changes.${reading.change}`) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** WHO-5 scores (0–100) over the course, point by point, with the scale's middle marked. */
function Who5Trend({ readings }: { readings: Reading[] }) {
  const { t } = useTranslation();
  const x = (index: number) => PAD + (index * (WIDTH - 2 * PAD)) / Math.max(readings.length - 1, 1);
  const y = (score: number) => HEIGHT - PAD - (score / 100) * (HEIGHT - 2 * PAD);
  const points = readings.map((reading, index) => `${x(index)},${y(reading.score ?? 0)}`).join(' ');
  const summary = readings.map((reading) => formatNumber(reading.score ?? 0)).join(' → ');
  return (
    <figure className="contact-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('course.measurements.trend', { scores: summary })}>
        <line x1={PAD} x2={WIDTH - PAD} y1={y(0)} y2={y(0)} className="axis" />
        <line x1={PAD} x2={WIDTH - PAD} y1={y(50)} y2={y(50)} className="target" />
        <polyline points={points} className="trend" />
        {readings.map((reading, index) => (
          <circle key={reading.id} cx={x(index)} cy={y(reading.score ?? 0)} r={4} className="trend-point" />
        ))}
      </svg>
      <figcaption>{t('course.measurements.trend', { scores: summary })}</figcaption>
    </figure>
  );
}
