import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { EscalationEvidence } from '../../workflows/escalation/messages';
import type { Who5Bands } from '../domain/policy/program-policy';
import { MeasurementsService } from '../measurements/measurements.service';
import { bandOf } from '../measurements/scoring';
import { EscalationFacts, MissedMeeting } from '../persistence/entities';

/**
 * What the panel is told about an escalation the engine raised: the facts
 * that set it off, read from Postgres by the ids the workflow saw, and no more
 * (one score and the one before it, not the course's whole record).
 */
@Injectable()
export class EscalationFactsReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly measurements: MeasurementsService,
  ) {}

  async of(evidence: EscalationEvidence, bands: Who5Bands): Promise<EscalationFacts> {
    if ('measurementId' in evidence) {
      const { measurement, previousScore } = await this.measurements.withPrevious(evidence.measurementId);
      const score = measurement.score ?? 0;
      return {
        instrument: 'who5',
        duePoint: measurement.duePoint,
        measuredOn: measurement.measuredOn,
        score,
        previousScore,
        band: bandOf('who5', score, bands),
      };
    }
    if ('missedMeetingIds' in evidence) {
      const missed = await this.dataSource
        .getRepository(MissedMeeting)
        .find({ where: { id: In(evidence.missedMeetingIds) }, order: { plannedOn: 'ASC' } });
      return { missedInARow: evidence.missedMeetingIds.length, plannedOn: missed.map(({ plannedOn }) => plannedOn) };
    }
    return { unansweredNudges: evidence.unansweredNudges };
  }
}
