import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { csvUrl, useReport } from './report-data';
import type { ReportKind, ReportPeriod } from './report-types';

/** One report: its heading, what the API answered drawn by `children`, and its CSV download in the separator she chooses. */
export function ReportSection<T>({
  kind,
  period,
  children,
}: {
  kind: ReportKind;
  period: ReportPeriod;
  children: (report: T) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const report = useReport<T>(kind, period);
  const [separator, setSeparator] = useState<',' | ';'>(i18n.language === 'en' ? ',' : ';');
  const id = `report-${kind}`;
  return (
    <section aria-labelledby={`${id}-heading`} className="report-section">
      <h2 id={`${id}-heading`}>{t(`reports.kinds.${kind}`)}</h2>
      {report.isPending && <Loading />}
      {report.error && <ErrorMessage error={report.error} />}
      {report.data && children(report.data)}
      <div className="csv-download">
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-separator`}>
            {t('reports.csv.separator')}
          </label>
          <select
            id={`${id}-separator`}
            className="form-select"
            value={separator}
            onChange={(event) => setSeparator(event.target.value as ',' | ';')}
          >
            <option value=";">{t('reports.csv.semicolon')}</option>
            <option value=",">{t('reports.csv.comma')}</option>
          </select>
        </div>
        <a className="button button-secondary" href={csvUrl(kind, period, separator, i18n.language)} download>
          {t('reports.csv.download', { report: t(`reports.kinds.${kind}`) })}
        </a>
      </div>
    </section>
  );
}
