import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { invalidInput } from '../validation/coded-exceptions';
import { ProgramsService } from '../programs/programs.service';
import { MentorReport, MentorReports } from './mentor-report';
import { OutcomeReport, OutcomeReports } from './outcome-report';
import { ReferralReport, ReferralReports } from './referral-report';
import { CsvOptions, mentorCsv, outcomeCsv, referralCsv, wellBeingCsv } from './report-csv';
import type { ReportScope } from './report-scope';
import { Suppression } from './suppression';
import { ReportedInstrument, WellBeingReport, WellBeingReports } from './well-being-report';
import { problemAt } from '../validation/problems';

export const REPORT_KINDS = ['outcomes', 'well-being', 'referrals', 'mentors'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** Every report by name, as JSON or CSV, with the configured small-count suppression; for the API and the CLI alike. */
@Injectable()
export class Reports {
  constructor(
    private readonly outcomes: OutcomeReports,
    private readonly wellBeing: WellBeingReports,
    private readonly referrals: ReferralReports,
    private readonly mentors: MentorReports,
    private readonly programs: ProgramsService,
    private readonly config: AppConfig,
  ) {}

  /** The report, and its CSV on demand. */
  async build(kind: ReportKind, scope: ReportScope, instrument: ReportedInstrument = 'who5'): Promise<BuiltReport> {
    if (scope.from > scope.to) throw invalidInput([problemAt('to', 'must-not-be-before', { other: 'from', date: scope.from })]);
    // An unknown program is a 404 for every report, not an empty one.
    // The current policy, read once: each report's days, targets and schedule.
    const { policy } = await this.programs.policy(scope.programId);
    const suppression = new Suppression(this.config.reports.minimumCount);
    switch (kind) {
      case 'outcomes':
        return withCsv(await this.outcomes.build(scope, suppression, policy), outcomeCsv);
      case 'well-being':
        return withCsv(await this.wellBeing.build(scope, instrument, suppression, policy), wellBeingCsv);
      case 'referrals':
        return withCsv(await this.referrals.build(scope, suppression, policy.notifications.timeZone), referralCsv);
      case 'mentors':
        return withCsv(await this.mentors.build(scope, suppression, policy), mentorCsv);
    }
  }
}

export interface BuiltReport {
  report: OutcomeReport | WellBeingReport | ReferralReport | MentorReport;
  /** Its CSV, in the dialect and language asked for (RFC 4180 with English headers unless told). */
  csv(options?: CsvOptions): string;
}

function withCsv<R extends BuiltReport['report']>(report: R, toCsv: (report: R, options?: CsvOptions) => string): BuiltReport {
  return { report, csv: (options) => toCsv(report, options) };
}
