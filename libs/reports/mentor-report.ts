import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ProgramPolicy } from '../domain/policy/program-policy';
import { MENTOR_PHASES, MentorPhase } from '../../workflows/mentor/messages';
import { PHASES_HOLDING_A_SLOT } from '../../workflows/mentorship/messages';
import { ReportScope, type ReportTimeZone } from './report-scope';
import { Suppression } from './suppression';

export interface MentorReport {
  scope: ReportScope;
  minimumCount: number;
  /** Mentors by the phase of their path today. */
  byPhase: Record<MentorPhase, number | null>;
  /** Days spent in screening and in the course, for those who left that phase in the period. */
  screeningDays: { mean: number | null; n: number | null };
  courseDays: { mean: number | null; n: number | null };
  /** Slots of the available mentors (the policy's capacity each) and how many hold a course today. */
  capacity: { mentors: number | null; slots: number | null; used: number | null; share: number | null };
}

/** A program's mentors: where they are on their path, how long screening and the course take, and how full they are. */
@Injectable()
export class MentorReports {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `policy` is the program's current one: its mentors' capacity, and the time zone its days are counted in. */
  async build(scope: ReportScope, suppression: Suppression, policy: ProgramPolicy): Promise<MentorReport> {
    const { timeZone } = policy.notifications;
    const params = [scope.programId, scope.municipalityId ?? null];
    const phases: Array<{ phase: MentorPhase; mentors: number }> = await this.dataSource.query(
      `SELECT path_phase AS phase, COUNT(*)::int AS mentors FROM mentors
        WHERE program_id = $1 AND ($2::uuid IS NULL OR municipality_id = $2) AND path_phase IS NOT NULL GROUP BY path_phase`,
      params,
    );
    const counts = Object.fromEntries(
      MENTOR_PHASES.map((phase) => [phase, phases.find((row) => row.phase === phase)?.mentors ?? 0]),
    ) as Record<MentorPhase, number>;
    const [{ used }] = await this.dataSource.query(
      `SELECT COUNT(*)::int AS used FROM mentorships course JOIN mentors mentor ON mentor.id = course.mentor_id
        WHERE mentor.program_id = $1 AND ($2::uuid IS NULL OR mentor.municipality_id = $2)
          AND mentor.path_phase = 'available' AND course.phase = ANY($3)`,
      [...params, PHASES_HOLDING_A_SLOT],
    );
    const slots = counts.available * policy.mentors.capacity;
    const byPhase = suppression.group(counts);
    // The available mentors are one of the phases: where the group hides them, their slots (a multiple of them) stay hidden too.
    const availableHidden = byPhase.available === null;
    return {
      scope,
      minimumCount: suppression.minimumCount,
      byPhase,
      screeningDays: suppression.mean(await this.daysIn('screening', scope, timeZone)),
      courseDays: suppression.mean(await this.daysIn('course', scope, timeZone)),
      capacity: {
        mentors: byPhase.available,
        slots: availableHidden ? null : suppression.count(slots),
        used: suppression.count(used),
        share: availableHidden ? null : suppression.share(used, slots),
      },
    };
  }

  /** From a mentor's first event in the phase to the first event after it in another phase, for phases left in the period. */
  private async daysIn(phase: 'screening' | 'course', scope: ReportScope, timeZone: ReportTimeZone): Promise<number[]> {
    const rows: Array<{ days: number }> = await this.dataSource.query(
      `WITH steps AS (
         SELECT event.mentor_id, event.phase, event.at,
                LAG(event.phase) OVER (PARTITION BY event.mentor_id ORDER BY event.at, event.id) AS before
           FROM mentor_path_events event JOIN mentors mentor ON mentor.id = event.mentor_id
          WHERE mentor.program_id = $1 AND ($2::uuid IS NULL OR mentor.municipality_id = $2)
       ), entered AS (
         SELECT mentor_id, MIN(at) AS at FROM steps WHERE phase = $3 AND before IS DISTINCT FROM $3 GROUP BY mentor_id
       ), left_phase AS (
         SELECT mentor_id, MIN(at) AS at FROM steps WHERE before = $3 AND phase <> $3 GROUP BY mentor_id
       )
       SELECT ROUND(EXTRACT(EPOCH FROM left_phase.at - entered.at) / 86400)::int AS days
         FROM entered JOIN left_phase USING (mentor_id)
        WHERE (left_phase.at AT TIME ZONE $6)::date BETWEEN $4 AND $5`,
      [scope.programId, scope.municipalityId ?? null, phase, scope.from, scope.to, timeZone],
    );
    return rows.map((row) => row.days);
  }
}
