import { BANDS } from '../domain/instruments';
import { CsvCell, toCsv } from './csv';
import type { MentorReport } from './mentor-report';
import type { OutcomeReport } from './outcome-report';
import type { ReferralReport } from './referral-report';
import type { WellBeingReport } from './well-being-report';

/** A report of single figures as two columns, each figure named by its path, e.g. "closed.byReason.completed". */
function figures(report: object): string {
  const rows: CsvCell[][] = [];
  const walk = (value: unknown, path: string) => {
    if (value !== null && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
    else rows.push([path, value as CsvCell]);
  };
  walk(report, '');
  return toCsv(['figure', 'value'], rows);
}

export function outcomeCsv(report: OutcomeReport): string {
  return figures(report);
}

export function mentorCsv(report: MentorReport): string {
  return figures(report);
}

/** One row per cohort and point: the same people's mean at each point up to the cohort's last. */
export function wellBeingCsv(report: WellBeingReport): string {
  const rows = report.cohorts.flatMap((cohort) =>
    cohort.points.map((point) => [
      report.instrument,
      cohort.through,
      cohort.n,
      point.duePoint,
      point.mean,
      ...BANDS.map((band) => point.bands?.[band]),
      point.duePoint === cohort.through ? cohort.changeFromStart : null,
    ]),
  );
  return toCsv(
    ['instrument', 'measured_through', 'n', 'due_point', 'mean', ...BANDS.map((band) => band.replace(/-/g, '_')), 'change_from_start'],
    rows,
  );
}

export function referralCsv(report: ReferralReport): string {
  const rows = report.municipalities.map((m) => [
    m.municipality,
    m.referrals,
    m.quota,
    m.shareOfQuota,
    m.daysToMatch.mean,
    m.daysToMatch.median,
    m.daysToMatch.n,
    m.declined,
    m.rematched,
  ]);
  return toCsv(
    [
      'municipality',
      'referrals',
      'quota',
      'share_of_quota',
      'days_to_match_mean',
      'days_to_match_median',
      'matched',
      'declined',
      'rematched',
    ],
    rows,
  );
}
