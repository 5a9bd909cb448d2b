import { Problem, problemAt, problemWith } from '../validation/problems';
import { isQuestionnaire, questionnaire } from '../domain/instruments';
import { scaleProblem } from './item-scale';
import type { SubmitMeasurementDto } from './submit-measurement.dto';

type Submission = Pick<SubmitMeasurementDto, 'instrument' | 'answers' | 'status'>;

/** What the instrument asks of the other fields: a questionnaire's answers on its scale and no status, or a status and no answers. */
export function measurementProblems(submission: Submission): Problem[] {
  const { instrument, answers, status } = submission;
  if (!isQuestionnaire(instrument)) {
    return [
      ...(status ? [] : [problemAt('status', 'status-needed')]),
      ...((answers?.length ?? 0) > 0 ? [problemAt('answers', 'status-takes-no-answers')] : []),
    ];
  }
  const spec = questionnaire(instrument);
  const answersProblem = scaleProblem(answers, spec);
  return [
    ...(answersProblem ? [problemWith('answers', answersProblem)] : []),
    ...(status ? [problemAt('status', 'only-status-has-status', { instrument: spec.name })] : []),
  ];
}
