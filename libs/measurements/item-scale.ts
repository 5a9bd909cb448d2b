import { ErrorArgs, textOf } from '../contracts/error-codes';
import type { Questionnaire } from '../domain/instruments';

/** Why answers do not fit a scale, as a problem's code and parameters. */
export type ScaleProblem =
  | { code: 'wrong-answer-count'; params: ErrorArgs<'wrong-answer-count'>[0] }
  | { code: 'answer-off-scale'; params: ErrorArgs<'answer-off-scale'>[0] };

/**
 * Both the input checks and the scoring read a questionnaire's scale from
 * here, so what is refused and what is scored can never disagree.
 */

/** Why these answers do not fit the questionnaire's scale, or undefined when they do. */
export function scaleProblem(answers: readonly unknown[] | null | undefined, { name, scale }: Questionnaire): ScaleProblem | undefined {
  const count = answers?.length ?? 0;
  const wanted = { instrument: name, items: scale.items, min: scale.min, max: scale.max };
  if (!answers || count !== scale.items) return { code: 'wrong-answer-count', params: { ...wanted, got: count } };
  const wrong = answers.findIndex(
    (answer) => !Number.isInteger(answer) || (answer as number) < scale.min || (answer as number) > scale.max,
  );
  if (wrong === -1) return undefined;
  return { code: 'answer-off-scale', params: { ...wanted, answer: wrong + 1, value: JSON.stringify(answers[wrong]) } };
}

/** The sum of the answers; refuses answers that do not fit, since a total of them would be a wrong score, not a low one. */
export function sumOnScale(answers: readonly number[], questionnaire: Questionnaire): number {
  const problem = scaleProblem(answers, questionnaire);
  if (problem) throw new RangeError(textOf(problem.code, problem.params));
  return answers.reduce((sum, answer) => sum + answer, 0);
}
