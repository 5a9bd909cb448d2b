import type { Problem } from '../validation/problems';
import { scaleProblem } from './item-scale';
import { SELF_EFFICACY } from './self-efficacy';
import type { SubmitMeasurementDto } from './submit-measurement.dto';
import { WHO5 } from './who5';

type Submission = Pick<SubmitMeasurementDto, 'instrument' | 'answers' | 'status'>;

const SCALES = { who5: WHO5, 'self-efficacy': SELF_EFFICACY } as const;

/** What the instrument asks of the other fields: a questionnaire's answers on its scale and no status, or a status and no answers. */
export function measurementProblems(submission: Submission): Problem[] {
  const { instrument, answers, status } = submission;
  const hasAnswers = (answers?.length ?? 0) > 0;
  if (instrument === 'status') {
    return [
      ...(status ? [] : [{ path: 'status', problem: 'a status measurement needs a status: education, work or neither' }]),
      ...(hasAnswers ? [{ path: 'answers', problem: 'a status measurement has no answers' }] : []),
    ];
  }
  const answersProblem = scaleProblem(answers, SCALES[instrument]);
  return [
    ...(answersProblem ? [{ path: 'answers', problem: answersProblem }] : []),
    ...(status ? [{ path: 'status', problem: `only a status measurement has a status, not ${SCALES[instrument].name}` }] : []),
  ];
}
