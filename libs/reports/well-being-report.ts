import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { measurementDuePoints } from '../measurements/due-points';
import {
  Band,
  BandedId,
  BandLimitName,
  BandLimits,
  INSTRUMENTS,
  isBanded,
  limitedBands,
  QUESTIONNAIRE_IDS,
  QuestionnaireId,
} from '../domain/instruments';
import { bandOf } from '../measurements/scoring';
import type { ProgramPolicy } from '../domain/policy/program-policy';
import { ReportScope } from './report-scope';
import { oneDecimal, Suppression } from './suppression';

/** Every instrument with a score to report: the questionnaires of the registry. */
export const REPORTED_INSTRUMENTS = QUESTIONNAIRE_IDS;
export type ReportedInstrument = QuestionnaireId;

/** A banded instrument's limits as the report names them, e.g. { poorAtOrBelow: 50, depressionAtOrBelow: 28 }. */
export type ReportedBandLimits = Partial<Record<BandLimitName, number>>;

export interface PointFigures {
  duePoint: string;
  mean: number | null;
  /** For a banded instrument (WHO-5): how many fell in each band at this point. */
  bands?: Partial<Record<Band, number | null>>;
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
  /** For a banded instrument (WHO-5): the program's band limits the counts were read against. */
  bandLimits?: ReportedBandLimits;
}

/**
 * Well-being over a course, as an evaluation reports it: for each due point,
 * the mentees measured at every point through it (so each row compares the
 * same people), their mean at each point, the WHO-5 bands, and the change
 * from the start. Courses whose match started in the period count.
 */
@Injectable()
export class WellBeingReports {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async build(
    scope: ReportScope,
    instrument: ReportedInstrument,
    suppression: Suppression,
    /** The program's current policy: its schedule, its bands' limits, and the time zone its days are counted in. */
    policy: ProgramPolicy,
  ): Promise<WellBeingReport> {
    const { timeZone } = policy.notifications;
    const duePoints = measurementDuePoints(policy)
      .filter((due) => due.instrument === instrument)
      .map((due) => due.duePoint);
    const rows: Array<{ mentorshipId: string; duePoint: string; score: number }> = await this.dataSource.query(
      `SELECT measurement.mentorship_id AS "mentorshipId", measurement.due_point AS "duePoint", measurement.score
         FROM measurements measurement
         JOIN mentorships course ON course.id = measurement.mentorship_id
        WHERE course.program_id = $1 AND ($2::uuid IS NULL OR course.municipality_id = $2)
          AND (course.match_started_at AT TIME ZONE $6)::date BETWEEN $3 AND $4
          AND measurement.instrument = $5 AND measurement.score IS NOT NULL`,
      [scope.programId, scope.municipalityId ?? null, scope.from, scope.to, instrument, timeZone],
    );
    const banded = isBanded(instrument) ? { instrument, limits: INSTRUMENTS[instrument].bands.limitsIn(policy.measurements) } : undefined;
    const scores = new Map<string, Map<string, number>>();
    for (const { mentorshipId, duePoint, score } of rows)
      scores.set(mentorshipId, (scores.get(mentorshipId) ?? new Map()).set(duePoint, score));

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
          ...(banded ? { bands: bandCounts(banded.instrument, at(duePoint), banded.limits, suppression) } : {}),
        })),
        changeFromStart:
          n === null || members.length === 0
            ? null
            : oneDecimal(members.reduce((sum, measured) => sum + measured.get(through)! - measured.get(points[0])!, 0) / members.length),
      };
    });
    return {
      scope,
      minimumCount: suppression.minimumCount,
      instrument,
      duePoints,
      cohorts,
      ...(banded ? { bandLimits: reportedLimits(banded.instrument, banded.limits) } : {}),
    };
  }
}

/** How many scores fall in each of the instrument's bands, suppressed as one group that adds up to the n. */
function bandCounts(
  instrument: BandedId,
  scores: number[],
  limits: BandLimits,
  suppression: Suppression,
): Partial<Record<Band, number | null>> {
  const counts = INSTRUMENTS[instrument].bands.order.map(({ band }) => [
    band,
    scores.filter((score) => bandOf(instrument, score, limits) === band).length,
  ]);
  return suppression.group(Object.fromEntries(counts) as Record<Band, number>);
}

/** The limits the bands were read against, under the policy's names, highest first as a chart draws them. */
function reportedLimits(instrument: BandedId, limits: BandLimits): ReportedBandLimits {
  return Object.fromEntries(limitedBands(instrument).map(({ atOrBelow }) => [atOrBelow, limits[atOrBelow]]));
}
