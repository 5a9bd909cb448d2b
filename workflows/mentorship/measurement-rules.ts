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
