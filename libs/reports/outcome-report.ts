import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ProgramPolicy } from '../domain/policy/program-policy';
import {
  CLOSURE_KINDS,
  CLOSURE_REASONS,
  ClosureKind,
  ClosureReason,
  Outcome,
  OUTCOMES,
  PARTIES,
  Party,
} from '../../workflows/mentorship/messages';
import { dayIn } from '../../workflows/shared/calendar-day';
import { DAY_MS, daysBetween, MONTH_DAYS, periodIn, ReportScope } from './report-scope';
import { oneDecimal, Suppression } from './suppression';

export interface OutcomeReport {
  scope: ReportScope;
  minimumCount: number;
  /** Matches started in the period. */
  started: number | null;
  /** Matched and not yet closed on the period's last day. */
  activeAtEnd: number | null;
  closed: { total: number | null; byKind: Record<ClosureKind, number | null>; byReason: Record<ClosureReason, number | null> };
  /** Of the courses closed in the period. */
  outcomes: Record<Outcome, number | null>;
  /** Started education or a job, or kept one, at closure: a share of those closed. */
  inEducationOrJobAtClosure: number | null;
  durationDays: { mean: number | null; n: number | null };
  /** Of the courses closed in the period: exit conversations offered to each party and not held. */
  exitConversationsNotHeld: Record<Party, number | null>;
  contact: { hoursPerMonth: number | null; targetHoursPerMonth: number; mentorships: number | null };
}

interface CourseRow {
  id: string;
  matchStartedAt: Date | null;
  closedAt: Date | null;
  closureKind: ClosureKind | null;
  closureReason: ClosureReason | null;
  outcome: Outcome | null;
}

const WEEKS_PER_MONTH = MONTH_DAYS / 7;
const IN_EDUCATION_OR_JOB: readonly Outcome[] = ['education-started', 'job-started', 'retained'];

/** What happened to a program's courses in a period: starts, closures and why, outcomes, length, contact against target. */
@Injectable()
export class OutcomeReports {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `policy` is the program's current one: its contact target, and the time zone its days are counted in. */
  async build(scope: ReportScope, suppression: Suppression, policy: ProgramPolicy): Promise<OutcomeReport> {
    const { timeZone } = policy.notifications;
    const courses: CourseRow[] = await this.dataSource.query(
      `SELECT id, match_started_at AS "matchStartedAt", closed_at AS "closedAt",
              closure_kind AS "closureKind", closure_reason AS "closureReason", outcome
         FROM mentorships
        WHERE program_id = $1 AND ($2::uuid IS NULL OR municipality_id = $2) AND match_started_at IS NOT NULL`,
      [scope.programId, scope.municipalityId ?? null],
    );
    const dayOf = (instant: Date) => dayIn(instant, timeZone);
    const inPeriod = (instant: Date | null) => instant !== null && dayOf(instant) >= scope.from && dayOf(instant) <= scope.to;
    const closed = courses.filter((course) => inPeriod(course.closedAt));
    const tally = <K extends string>(keys: readonly K[], of: (course: CourseRow) => K | null) =>
      suppression.group(
        Object.fromEntries(keys.map((key) => [key, closed.filter((course) => of(course) === key).length])) as Record<K, number>,
      );
    const settled = closed.filter((course) => course.outcome !== null && IN_EDUCATION_OR_JOB.includes(course.outcome)).length;
    const outcomes = tally(OUTCOMES, (course) => course.outcome);

    return {
      scope,
      minimumCount: suppression.minimumCount,
      started: suppression.count(courses.filter((course) => inPeriod(course.matchStartedAt)).length),
      activeAtEnd: suppression.count(
        courses.filter(
          (course) => dayOf(course.matchStartedAt!) <= scope.to && (course.closedAt === null || dayOf(course.closedAt) > scope.to),
        ).length,
      ),
      closed: {
        total: suppression.count(closed.length),
        byKind: tally(CLOSURE_KINDS, (course) => course.closureKind),
        byReason: tally(CLOSURE_REASONS, (course) => course.closureReason),
      },
      outcomes,
      // The share sums some outcomes: beside hidden ones it would tell them apart (settled − the shown settled ones).
      inEducationOrJobAtClosure: suppression.hidesAny(outcomes) ? null : suppression.share(settled, closed.length),
      durationDays: suppression.mean(closed.map((course) => Math.round(daysBetween(course.matchStartedAt!, course.closedAt!)))),
      exitConversationsNotHeld: await this.exitConversationsNotHeld(closed, suppression),
      contact: await this.contact(scope, courses, suppression, policy),
    };
  }

  /** Each party on its own, not parts of a total shown, so each count is suppressed by itself. */
  private async exitConversationsNotHeld(closed: CourseRow[], suppression: Suppression): Promise<Record<Party, number | null>> {
    const rows: Array<{ party: Party; count: number }> = await this.dataSource.query(
      `SELECT party, COUNT(*)::int AS count FROM exit_conversations WHERE mentorship_id = ANY($1::uuid[]) AND NOT held GROUP BY party`,
      [closed.map((course) => course.id)],
    );
    return Object.fromEntries(
      PARTIES.map((party) => [party, suppression.count(rows.find((row) => row.party === party)?.count ?? 0)]),
    ) as Record<Party, number | null>;
  }

  /** Hours logged in the period per month of matched time in it, against the policy's target per month. */
  private async contact(
    scope: ReportScope,
    courses: CourseRow[],
    suppression: Suppression,
    policy: ProgramPolicy,
  ): Promise<OutcomeReport['contact']> {
    const { targetHours, per } = policy.contact;
    const targetHoursPerMonth = oneDecimal(per === 'week' ? targetHours * WEEKS_PER_MONTH : targetHours);
    const { startMs: periodStart, endMs: periodEnd } = periodIn(scope, policy.notifications.timeZone);
    const matchedDays = (course: CourseRow) =>
      Math.max(0, Math.min(periodEnd, course.closedAt?.getTime() ?? periodEnd) - Math.max(periodStart, course.matchStartedAt!.getTime())) /
      DAY_MS;
    const active = courses.filter((course) => matchedDays(course) > 0);
    const [{ minutes }] = await this.dataSource.query(
      `SELECT COALESCE(SUM(minutes), 0)::int AS minutes FROM meetings WHERE mentorship_id = ANY($1::uuid[]) AND held_on BETWEEN $2 AND $3`,
      [active.map((course) => course.id), scope.from, scope.to],
    );
    const months = active.reduce((sum, course) => sum + matchedDays(course), 0) / MONTH_DAYS;
    const mentorships = suppression.count(active.length);
    return {
      hoursPerMonth: mentorships === null || months === 0 ? null : oneDecimal(minutes / 60 / months),
      targetHoursPerMonth,
      mentorships,
    };
  }
}
