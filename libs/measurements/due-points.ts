import { durationMs } from '../domain/duration';
import type { ProgramPolicy } from '../domain/policy/program-policy';
import type { InstrumentId } from '../domain/instruments';

/** The due point of a measurement taken at closure rather than at an offset. */
export const CLOSE_DUE_POINT = 'close';

export interface MeasurementDuePoint {
  instrument: InstrumentId;
  /** The policy's own label ("0d", "P3M"), which the submitted measurement names. */
  duePoint: string;
  /** After the match start. */
  offsetMs: number;
}

/** Every scheduled measurement, earliest first; at the same offset in the order the policy lists its instruments. */
export function measurementDuePoints(policy: Pick<ProgramPolicy, 'measurements'>): MeasurementDuePoint[] {
  return policy.measurements.schedule
    .flatMap(({ instrument, at }) => at.map((duePoint) => ({ instrument, duePoint, offsetMs: durationMs(duePoint) })))
    .sort((a, b) => a.offsetMs - b.offsetMs);
}

/** The instruments measured at closure, whenever the course closes. */
export function closingInstruments(policy: Pick<ProgramPolicy, 'measurements'>): InstrumentId[] {
  return policy.measurements.schedule.filter((due) => due.atClose).map((due) => due.instrument);
}
