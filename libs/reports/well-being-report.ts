import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { measurementDuePoints } from '../measurements/due-points';
import { Who5Band, who5Band } from '../measurements/who5';
import { ProgramsService } from '../programs/programs.service';
import { ReportScope } from './report-scope';
import { oneDecimal, Suppression } from './suppression';

export const REPORTED_INSTRUMENTS = ['who5', 'self-efficacy'] as const;
export type ReportedInstrument = (typeof REPORTED_INSTRUMENTS)[number];

export interface PointFigures {
  duePoint: string;
  mean: number | null;
  /** WHO-5 only: how many fell in each band at this point. */
  bands?: Record<Who5Band, number | null>;
}

/** The mentees measured at every point up to and including `through`, and their figures at each of those points. */
export interface Cohort {
  through: string;
  n: number | null;
  points: PointFigures[];
  /** Mean of each mentee's change from the start to `through`. */
  changeFromStart: number | null;
}

export interface WellBeingReport {
  scope: ReportScope;
  minimumCount: number;
  instrument: ReportedInstrument;
  /** The program's due points for the instrument, in order. */
  duePoints: string[];
  cohorts: Cohort[];
  /** WHO-5 only: the program's band limits the counts were read against. */
  bandLimits?: { poorAtOrBelow: number; depressionAtOrBelow: number };
}

const BANDS: Who5Band[] = ['likely-depression', 'poor', 'good'];

/**
 * Well-being over a course, as an evaluation reports it: for each due point,
 * the mentees measured at every point through it (so each row compares the
 * same people), their mean at each point, the WHO-5 bands, and the change
 * from the start. Courses whose match started in the period count.
 */
@Injectable()
export class WellBeingReports {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programs: ProgramsService,
  ) {}

  async build(scope: ReportScope, instrument: ReportedInstrument, suppression: Suppression): Promise<WellBeingReport> {
    const { policy } = await this.programs.policy(scope.programId);
    const duePoints = measurementDuePoints(policy).filter((due) => due.instrument === instrument).map((due) => due.duePoint);
    const rows: Array<{ mentorshipId: string; duePoint: string; score: number }> = await this.dataSource.query(
      `SELECT measurement.mentorship_id AS "mentorshipId", measurement.due_point AS "duePoint", measurement.score
         FROM measurements measurement
         JOIN mentorships course ON course.id = measurement.mentorship_id
        WHERE course.program_id = $1 AND ($2::uuid IS NULL OR course.municipality_id = $2)
          AND (course.match_started_at AT TIME ZONE 'UTC')::date BETWEEN $3 AND $4
          AND measurement.instrument = $5 AND measurement.score IS NOT NULL`,
      [scope.programId, scope.municipalityId ?? null, scope.from, scope.to, instrument],
    );
    const scores = new Map<string, Map<string, number>>();
    for (const { mentorshipId, duePoint, score } of rows) scores.set(mentorshipId, (scores.get(mentorshipId) ?? new Map()).set(duePoint, score));

    const cohorts = duePoints.map((through, index) => {
      const points = duePoints.slice(0, index + 1);
      const members = [...scores.values()].filter((measured) => points.every((point) => measured.has(point)));
      const n = suppression.count(members.length);
      const at = (point: string) => members.map((measured) => measured.get(point)!);
      return {
        through,
        n,
        points: points.map((duePoint) => ({
          duePoint,
          mean: suppression.mean(at(duePoint)).mean,
          ...(instrument === 'who5' ? { bands: this.bands(at(duePoint), policy.measurements.who5, suppression) } : {}),
        })),
        changeFromStart: n === null || members.length === 0 ? null : oneDecimal(members.reduce((sum, measured) => sum + measured.get(through)! - measured.get(points[0])!, 0) / members.length),
      };
    });
    const { poorAtOrBelow, depressionAtOrBelow } = policy.measurements.who5;
    return { scope, minimumCount: suppression.minimumCount, instrument, duePoints, cohorts, ...(instrument === 'who5' ? { bandLimits: { poorAtOrBelow, depressionAtOrBelow } } : {}) };
  }

  private bands(scores: number[], limits: Parameters<typeof who5Band>[1], suppression: Suppression): Record<Who5Band, number | null> {
    return suppression.group(Object.fromEntries(BANDS.map((band) => [band, scores.filter((score) => who5Band(score, limits) === band).length])) as Record<Who5Band, number>);
  }
}
