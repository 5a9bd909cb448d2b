import '../programs/admin.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { FilterSelect } from '../components/FilterSelect';
import { today } from '../i18n/format';
import { usePageTitle } from '../layout/page-title';
import { usePrograms } from '../programs/program-data';
import { MentorFigures, OutcomeFigures, ReferralFigures } from './ReportFigures';
import { ReportSection } from './ReportSection';
import type { MentorReport, OutcomeReport, ReferralReport, ReportPeriod, WellBeingReport } from './report-types';
import { WellBeingChart } from './WellBeingChart';

/** The four reports for one of her programs over a period (this year so far unless she picks another), each with its CSV. */
export function ReportsPage() {
  const { t } = useTranslation();
  usePageTitle(t('reports.title'));
  const programs = usePrograms();
  const [chosen, setChosen] = useState<Partial<ReportPeriod>>({ from: `${today().slice(0, 4)}-01-01`, to: today() });
  const programId = chosen.programId ?? programs.data?.[0]?.id ?? '';
  const period: ReportPeriod = { programId, from: chosen.from ?? '', to: chosen.to ?? '' };
  if (programs.isPending) return <Loading />;
  if (programs.error) return <ErrorMessage error={programs.error} />;
  return (
    <>
      <h1>{t('reports.title')}</h1>
      <p>{t('reports.intro')}</p>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <FilterSelect
          id="report-program"
          label={t('reports.program')}
          value={programId}
          options={programs.data.map((program) => ({ value: program.id, label: program.name }))}
          onChange={(id) => setChosen({ ...chosen, programId: id })}
        />
        <div className="form-group">
          <label className="form-label" htmlFor="report-from">
            {t('reports.from')}
          </label>
          <input
            id="report-from"
            className="form-input"
            type="date"
            value={period.from}
            onChange={(event) => setChosen({ ...chosen, from: event.target.value })}
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="report-to">
            {t('reports.to')}
          </label>
          <input
            id="report-to"
            className="form-input"
            type="date"
            value={period.to}
            onChange={(event) => setChosen({ ...chosen, to: event.target.value })}
          />
        </div>
      </form>
      {programs.data.length === 0 && <p>{t('programs.none')}</p>}
      {programId && (
        <>
          <ReportSection<OutcomeReport> kind="outcomes" period={period}>
            {(report) => <OutcomeFigures report={report} />}
          </ReportSection>
          <ReportSection<WellBeingReport> kind="well-being" period={period}>
            {(report) => <WellBeingChart report={report} />}
          </ReportSection>
          <ReportSection<ReferralReport> kind="referrals" period={period}>
            {(report) => <ReferralFigures report={report} />}
          </ReportSection>
          <ReportSection<MentorReport> kind="mentors" period={period}>
            {(report) => <MentorFigures report={report} />}
          </ReportSection>
        </>
      )}
    </>
  );
}
