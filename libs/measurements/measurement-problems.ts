import type { Problem } from '../validation/problems';
import { isQuestionnaire, questionnaire } from '../domain/instruments';
import { scaleProblem } from './item-scale';
import type { SubmitMeasurementDto } from './submit-measurement.dto';

type Submission = Pick<SubmitMeasurementDto, 'instrument' | 'answers' | 'status'>;

/** What the instrument asks of the other fields: a questionnaire's answers on its scale and no status, or a status and no answers. */
export function measurementProblems(submission: Submission): Problem[] {
  const { instrument, answers, status } = submission;
  if (!isQuestionnaire(instrument)) {
    return [
      ...(status ? [] : [{ path: 'status', problem: 'a status measurement needs a status: education, work or neither' }]),
      ...((answers?.length ?? 0) > 0 ? [{ path: 'answers', problem: 'a status measurement has no answers' }] : []),
    ];
  }
  const spec = questionnaire(instrument);
  const answersProblem = scaleProblem(answers, spec);
  return [
    ...(answersProblem ? [{ path: 'answers', problem: answersProblem }] : []),
    ...(status ? [{ path: 'status', problem: `only a status measurement has a status, not ${spec.name}` }] : []),
  ];
}
