import { INSTRUMENTS, InstrumentId } from '../../libs/domain/instruments';
import type { ProgramPolicy } from '../../libs/domain/policy/program-policy';
import { demoId } from './demo-ids';

/** `good` answers sit in the upper part of every scale; `low` ones put a WHO-5 in its high-risk band (≤ 28 in every preset). */
export type Mood = 'good' | 'low';

/** A measurement body for POST /mentorships/:id/measurements. */
export interface MeasurementBody {
  id: string;
  instrument: InstrumentId;
  duePoint: string;
  measuredOn: string;
  answers?: number[];
  status?: 'education' | 'work' | 'neither';
}

/** The instruments the policy measures at this due point: an offset such as `0d`, or `close` for those it measures at closure. */
export function instrumentsDueAt(policy: ProgramPolicy, duePoint: string): InstrumentId[] {
  return policy.measurements.schedule
    .filter((due) => (duePoint === 'close' ? due.atClose : due.at.includes(duePoint)))
    .map((due) => due.instrument as InstrumentId);
}

/** One measurement with answers of this mood; its id is fixed by the course and slot, so a second run finds it submitted. */
export function measurement(
  courseKey: string,
  instrument: InstrumentId,
  duePoint: string,
  mood: Mood,
  measuredOn: string,
): MeasurementBody {
  const body = { id: demoId(courseKey, 'measurement', instrument, duePoint), instrument, duePoint, measuredOn };
  const spec = INSTRUMENTS[instrument];
  if (spec.type === 'status') return { ...body, status: mood === 'good' ? 'education' : 'neither' };
  const answer = mood === 'good' ? spec.scale.max - 1 : spec.scale.min + 1;
  return { ...body, answers: Array.from({ length: spec.scale.items }, () => answer) };
}
