import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BANDS, type Band, type BandLimits, INSTRUMENT_IDS, type InstrumentId, isBanded } from '../domain/instruments';
import { LIFE_STATUSES, type LifeStatus, type Measurement } from '../persistence/entities';
import { bandOf, type Change, changeOf } from './scoring';

/** One measurement as a course's page shows it: the score, its band under the course's policy, and the change since the one before. */
export class MeasurementReading {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: INSTRUMENT_IDS }) instrument!: InstrumentId;
  @ApiProperty({ example: 'P3M' }) duePoint!: string;
  @ApiProperty({ example: '2026-03-01' }) measuredOn!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'WHO-5 0–100, self-efficacy 10–40; null for a status' }) score!: number | null;
  @ApiProperty({ enum: LIFE_STATUSES, nullable: true }) status!: LifeStatus | null;
  @ApiPropertyOptional({ enum: BANDS, description: "A banded instrument's band under the limits of the course's policy" }) band?: Band;
  @ApiPropertyOptional({
    enum: ['improved', 'worsened', 'unchanged'],
    description: "Against the same instrument's measurement before it, by the policy's meaningful change",
  })
  change?: Change;
}

/** The readings of a course's measurements, in the order measured (as MeasurementsService.list gives them). */
export function readingsOf(measurements: Measurement[], limits: BandLimits): MeasurementReading[] {
  const previous = new Map<InstrumentId, number>();
  return measurements.map(({ id, instrument, duePoint, measuredOn, score, status }) => {
    const reading: MeasurementReading = { id, instrument, duePoint, measuredOn, score, status };
    if (isBanded(instrument) && score !== null) {
      reading.band = bandOf(instrument, score, limits);
      const before = previous.get(instrument);
      if (before !== undefined) reading.change = changeOf(before, score, limits);
    }
    if (score !== null) previous.set(instrument, score);
    return reading;
  });
}
