import { QUESTIONNAIRE_ITEMS } from '../../../../libs/domain/instrument-items';
import { INSTRUMENTS, type QuestionnaireId } from '../../../../libs/domain/instruments';
import { useCourseContext } from '../course/course-data';
import { dueDays } from './due-point';

/** The same texts the young person reads when she answers herself, so an answer entered for her means the same. */
export { INSTRUMENTS, QUESTIONNAIRE_ITEMS };

export interface DueMeasurement {
  instrument: QuestionnaireId;
  duePoint: string;
}

const isQuestionnaire = (instrument: string): instrument is QuestionnaireId => instrument in QUESTIONNAIRE_ITEMS;

/**
 * The questionnaires the course's policy version schedules, whose time has come, and the course has not had yet: each one a due
 * point to enter (the closing one only while the course closes). Education and job status has no items and is not entered here.
 */
export function useDueMeasurements(id: string, submitted: string[], closing: boolean, startedAt: string | undefined) {
  const context = useCourseContext(id);
  const schedule = context.data?.policy.measurements.schedule;
  const due: DueMeasurement[] = (schedule ?? []).flatMap(({ instrument, at, atClose }) =>
    isQuestionnaire(instrument)
      ? [...at, ...(closing && atClose ? ['close'] : [])]
          .filter((duePoint) => !submitted.includes(`${instrument}@${duePoint}`) && hasCome(duePoint, startedAt))
          .map((duePoint) => ({ instrument, duePoint }))
      : [],
  );
  return { due, isPending: context.isPending };
}

/** Due by now: its offset from the match start has passed (a label not read as days is left to the engine to judge). */
function hasCome(duePoint: string, matchStartedAt: string | undefined): boolean {
  const days = dueDays(duePoint);
  if (days === undefined || !matchStartedAt) return true;
  return Date.parse(matchStartedAt) + days * 86_400_000 <= Date.now();
}
