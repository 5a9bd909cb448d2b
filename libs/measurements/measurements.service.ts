import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { WellBeingFlags } from '../../workflows/mentorship/messages';
import { coded, invalidInput, refused } from '../validation/coded-exceptions';
import { Measurement, MeasurementEnteredBy } from '../persistence/entities';
import { Band, bandingOf, BandLimits, InstrumentId, isBanded, isQuestionnaire } from '../domain/instruments';
import { measurementProblems } from './measurement-problems';
import { bandOf, Change, changeOf, scoreOf } from './scoring';
import type { SubmitMeasurementDto } from './submit-measurement.dto';

/** What a workflow may learn of a measurement: flags to act on, never the answers or the score (health data stays in Postgres). */
export interface MeasurementFlags {
  instrument: InstrumentId;
  duePoint: string;
  /** For an instrument read in bands (instruments.ts), as the WHO-5. */
  band?: Band;
  /** Against the mentorship's previous measurement of the instrument; absent for the first. */
  change?: Change;
}

/** Measurements of a mentorship: one per instrument and due point, scored when submitted. */
@Injectable()
export class MeasurementsService {
  constructor(@InjectRepository(Measurement) private readonly measurements: Repository<Measurement>) {}

  /**
   * Stores a submission with its score. A retry (the same id) answers the row
   * already stored, unchanged; a second measurement at the same due point is
   * refused, as is an id already used for a different measurement.
   * `enteredBy` says whether the young person answered herself or someone entered it on her behalf.
   */
  async record(
    mentorshipId: string,
    dto: SubmitMeasurementDto,
    submittedBy: string,
    enteredBy: MeasurementEnteredBy,
  ): Promise<Measurement> {
    const problems = measurementProblems(dto);
    if (problems.length > 0) throw invalidInput(problems);
    const { id, instrument, duePoint, measuredOn } = dto;
    // ON CONFLICT DO NOTHING: concurrent retries cannot fail on each other, and the read below tells which row won.
    await this.measurements
      .createQueryBuilder()
      .insert()
      .values({ id, mentorshipId, instrument, duePoint, measuredOn, submittedBy, enteredBy, ...scored(dto) })
      .orIgnore()
      .execute();
    const stored = await this.measurements.findOneBy({ id });
    if (!stored) throw refused('measurement-already-submitted', { instrument, duePoint });
    if (stored.mentorshipId !== mentorshipId || stored.instrument !== instrument || stored.duePoint !== duePoint) {
      throw refused('measurement-id-taken', { id });
    }
    return stored;
  }

  /** Undoes record() when the mentorship refused the measurement, so nothing is left half-written. */
  async discard(measurementId: string): Promise<void> {
    await this.measurements.delete({ id: measurementId });
  }

  /** Of these nudge keys, those raised, each with whether it still chases its thing (not settled). */
  async nudgesRaised(keys: string[]): Promise<Map<string, boolean>> {
    const rows: Array<{ key: string; open: boolean }> = await this.measurements.query(
      `SELECT key, settled_at IS NULL AS open FROM nudges WHERE key = ANY($1)`,
      [keys],
    );
    return new Map(rows.map(({ key, open }) => [key, open]));
  }

  /** In the order they were measured. */
  list(mentorshipId: string): Promise<Measurement[]> {
    return this.measurements.find({ where: { mentorshipId }, order: { measuredOn: 'ASC', submittedAt: 'ASC' } });
  }

  /**
   * The flags a workflow acts on: a banded instrument's band under the program's limits, and its change since the one measured before it.
   */
  async assess(measurementId: string, limits: BandLimits): Promise<MeasurementFlags> {
    const { measurement, previousScore } = await this.withPrevious(measurementId);
    const { instrument, duePoint, score } = measurement;
    if (!isBanded(instrument) || score === null) return { instrument, duePoint };
    const flags: MeasurementFlags = { instrument, duePoint, band: bandOf(instrument, score, limits) };
    return previousScore === null ? flags : { ...flags, change: changeOf(previousScore, score, limits) };
  }

  /** A WHO-5 as the course's risk rules read it (flags only): in the instrument's high-risk band, and down by the meaningful change. */
  async wellBeingFlags(measurementId: string, limits: BandLimits): Promise<WellBeingFlags> {
    const { instrument, band, change } = await this.assess(measurementId, limits);
    return { highRisk: band !== undefined && band === bandingOf(instrument)?.highRisk, sharpDrop: change === 'worsened' };
  }

  /** A measurement and the score of the same instrument measured just before it in the same course (null for the first). */
  async withPrevious(measurementId: string): Promise<{ measurement: Measurement; previousScore: number | null }> {
    const measurement = await this.measurements.findOneBy({ id: measurementId });
    if (!measurement) throw coded(NotFoundException, 'not-found', { thing: 'measurement', id: measurementId });
    const earlier = await this.measurements.find({
      where: { mentorshipId: measurement.mentorshipId, instrument: measurement.instrument },
      order: { measuredOn: 'ASC', submittedAt: 'ASC' },
    });
    return { measurement, previousScore: earlier[earlier.findIndex((row) => row.id === measurementId) - 1]?.score ?? null };
  }
}

/** The columns an instrument fills: answers and score for a questionnaire, the status for a status. */
function scored(dto: SubmitMeasurementDto): Pick<Measurement, 'answers' | 'score' | 'status'> {
  if (!isQuestionnaire(dto.instrument)) return { answers: [], score: null, status: dto.status! };
  return { answers: dto.answers!, score: scoreOf(dto.instrument, dto.answers!).score, status: null };
}
