import { BANDS } from '../domain/instruments';
import { CsvCell, CsvDialect, toCsv } from './csv';
import { CsvLanguage, headersIn } from './csv-headers';
import type { MentorReport } from './mentor-report';
import type { OutcomeReport } from './outcome-report';
import type { ReferralReport } from './referral-report';
import type { WellBeingReport } from './well-being-report';

/** How a CSV is written: its separator (and with it the decimal mark) and the language of its headers. */
export interface CsvOptions extends CsvDialect {
  language: CsvLanguage;
}

export const DEFAULT_CSV_OPTIONS: CsvOptions = { separator: ',', language: 'en' };

const write = (header: string[], rows: CsvCell[][], options: CsvOptions): string =>
  toCsv(headersIn(options.language, header), rows, options);

/** A report of single figures as two columns, each figure named by its path, e.g. "closed.byReason.completed". */
function figures(report: object, options: CsvOptions): string {
  const rows: CsvCell[][] = [];
  const walk = (value: unknown, path: string) => {
    if (value !== null && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
    else rows.push([path, value as CsvCell]);
  };
  walk(report, '');
  return write(['figure', 'value'], rows, options);
}

export function outcomeCsv(report: OutcomeReport, options = DEFAULT_CSV_OPTIONS): string {
  return figures(report, options);
}

export function mentorCsv(report: MentorReport, options = DEFAULT_CSV_OPTIONS): string {
  return figures(report, options);
}

/** One row per cohort and point: the same people's mean at each point up to the cohort's last. */
export function wellBeingCsv(report: WellBeingReport, options = DEFAULT_CSV_OPTIONS): string {
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
  return write(
    ['instrument', 'measured_through', 'n', 'due_point', 'mean', ...BANDS.map((band) => band.replace(/-/g, '_')), 'change_from_start'],
    rows,
    options,
  );
}

export function referralCsv(report: ReferralReport, options = DEFAULT_CSV_OPTIONS): string {
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
  return write(
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
    options,
  );
}
