import type { Refuser } from './contact-rules';
import type { MeasurementCommand, MentorshipPhase, MentorshipPolicy } from './messages';

// Pure and free of @temporalio at run time (types only), as contact-rules.ts: the API keeps these rules too.

/** What the measurement rules read of a course: its phase and its policy's schedule. */
export interface MeasurementCourse {
  phase: MentorshipPhase;
  policy: Pick<MentorshipPolicy, 'measurements' | 'closingInstruments'>;
}

/**
 * A measurement fits a course that is active or closing, in a slot its policy schedules: one of the schedule's due points, or the
 * closing one of a closing instrument once the course is closing. The course keeps these, and the API, which stores an active
 * course's measurement without asking the course (MeasurementSubmission).
 */
export function checkMeasurementFits(
  { instrument, duePoint }: Pick<MeasurementCommand, 'instrument' | 'duePoint'>,
  { phase, policy }: MeasurementCourse,
  refuse: Refuser,
): void {
  if (phase !== 'active' && phase !== 'closing') refuse('wrong-phase', { subject: 'mentorship', phase, needed: ['active', 'closing'] });
  const known =
    duePoint === 'close'
      ? policy.closingInstruments.includes(instrument)
      : policy.measurements.some((due) => due.instrument === instrument && due.duePoint === duePoint);
  if (!known) refuse('measurement-not-scheduled', { instrument, duePoint });
  if (duePoint === 'close' && phase !== 'closing') refuse('closing-measurement-too-early');
}

/** What chases a measurement that is late: its due reminder (for a due point after the start) and its overdue one. */
export type MeasurementNudgeKind = 'measurement-due' | 'measurement-overdue';

/** A course's deadline key for a measurement's nudge; its nudge row's key is the course's workflow id, a slash, and this. */
export const measurementNudgeKey = (kind: MeasurementNudgeKind, { instrument, duePoint }: { instrument: string; duePoint: string }) =>
  `${kind}:${instrument}@${duePoint}`;

/**
 * The nudges that chase a scheduled measurement while it is not submitted, each with when the course raises it, in ms after the
 * match start: the welcome asks for those due at the start, so only a later due point has a due reminder.
 */
export function measurementNudges(
  due: { instrument: string; duePoint: string; offsetMs: number },
  policy: Pick<MentorshipPolicy, 'measurementOverdueAfterMs'>,
): Array<{ kind: MeasurementNudgeKind; key: string; afterStartMs: number }> {
  const nudge = (kind: MeasurementNudgeKind, afterStartMs: number) => ({ kind, key: measurementNudgeKey(kind, due), afterStartMs });
  return [
    ...(due.offsetMs > 0 ? [nudge('measurement-due', due.offsetMs)] : []),
    nudge('measurement-overdue', due.offsetMs + policy.measurementOverdueAfterMs),
  ];
}
