import type { Questionnaire } from '../domain/instruments';

/**
 * Both the input checks and the scoring read a questionnaire's scale from
 * here, so what is refused and what is scored can never disagree.
 */

/** Why these answers do not fit the questionnaire's scale, or undefined when they do. */
export function scaleProblem(answers: readonly unknown[] | null | undefined, { name, scale }: Questionnaire): string | undefined {
  const count = answers?.length ?? 0;
  const wanted = `${name} needs exactly ${scale.items} answers, each an integer from ${scale.min} to ${scale.max}`;
  if (!answers || count !== scale.items) return `${wanted}; got ${count}`;
  const wrong = answers.findIndex(
    (answer) => !Number.isInteger(answer) || (answer as number) < scale.min || (answer as number) > scale.max,
  );
  return wrong === -1 ? undefined : `${wanted}; answer ${wrong + 1} is ${JSON.stringify(answers[wrong])}`;
}

/** The sum of the answers; refuses answers that do not fit, since a total of them would be a wrong score, not a low one. */
export function sumOnScale(answers: readonly number[], questionnaire: Questionnaire): number {
  const problem = scaleProblem(answers, questionnaire);
  if (problem) throw new RangeError(problem);
  return answers.reduce((sum, answer) => sum + answer, 0);
}
