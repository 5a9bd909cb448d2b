import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';
import { BarChart } from './BarChart';
import type { Figure, MentorReport, OutcomeReport, ReferralReport } from './report-types';

/** A report's single figures as a definition list; a suppressed one says so. */
function Figures({ minimumCount, figures }: { minimumCount: number; figures: Array<[string, Figure, number?]> }) {
  const { t } = useTranslation();
  return (
    <dl className="report-figures">
      {figures.map(([label, value, digits]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value === null ? t('reports.suppressed', { minimum: minimumCount }) : formatNumber(value, digits ?? 0)}</dd>
        </div>
      ))}
    </dl>
  );
}

const percent = (share: Figure): Figure => (share === null ? null : share * 100);

export function OutcomeFigures({ report }: { report: OutcomeReport }) {
  const { t } = useTranslation();
  const bars = (group: Record<string, Figure>, keys: string) =>
    Object.entries(group).map(([key, value]) => ({ key, label: t(`${keys}.${key}`, key), value }));
  return (
    <>
      <Figures
        minimumCount={report.minimumCount}
        figures={[
          [t('reports.outcomes.started'), report.started],
          [t('reports.outcomes.activeAtEnd'), report.activeAtEnd],
          [t('reports.outcomes.closed'), report.closed.total],
          [t('reports.outcomes.inEducationOrJob'), percent(report.inEducationOrJobAtClosure), 1],
          [t('reports.outcomes.durationDays'), report.durationDays.mean, 1],
          [
            t('reports.outcomes.hoursPerMonth', { target: formatNumber(report.contact.targetHoursPerMonth, 1) }),
            report.contact.hoursPerMonth,
            1,
          ],
        ]}
      />
      <BarChart
        title={t('reports.outcomes.byReason')}
        bars={bars(report.closed.byReason, 'course.closureReasons')}
        minimumCount={report.minimumCount}
      />
      <BarChart title={t('reports.outcomes.outcomes')} bars={bars(report.outcomes, 'course.outcomes')} minimumCount={report.minimumCount} />
    </>
  );
}

export function ReferralFigures({ report }: { report: ReferralReport }) {
  const { t } = useTranslation();
  if (report.municipalities.length === 0) return <p>{t('reports.referrals.none')}</p>;
  return (
    <>
      <BarChart
        title={t('reports.referrals.byMunicipality')}
        bars={report.municipalities.map((m) => ({ key: m.municipalityId, label: m.municipality, value: m.referrals }))}
        minimumCount={report.minimumCount}
      />
      <BarChart
        title={t('reports.referrals.shareOfQuota')}
        bars={report.municipalities.map((m) => ({ key: m.municipalityId, label: m.municipality, value: percent(m.shareOfQuota) }))}
        minimumCount={report.minimumCount}
        digits={1}
      />
    </>
  );
}

export function MentorFigures({ report }: { report: MentorReport }) {
  const { t } = useTranslation();
  return (
    <>
      <Figures
        minimumCount={report.minimumCount}
        figures={[
          [t('reports.mentors.screeningDays'), report.screeningDays.mean, 1],
          [t('reports.mentors.courseDays'), report.courseDays.mean, 1],
          [t('reports.mentors.slots'), report.capacity.slots],
          [t('reports.mentors.used'), report.capacity.used],
        ]}
      />
      <BarChart
        title={t('reports.mentors.byPhase')}
        bars={Object.entries(report.byPhase).map(([key, value]) => ({ key, label: t(`reports.mentorPhases.${key}`, key), value }))}
        minimumCount={report.minimumCount}
      />
    </>
  );
}
