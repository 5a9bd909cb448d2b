import { ValidationError } from 'class-validator';

/** One thing wrong with an input: where (a dotted path) and what. The one error detail shape. */
export interface Problem {
  path: string;
  problem: string;
}

/** Flattens class-validator's nested errors into one Problem per broken constraint. */
export function validationProblems(errors: ValidationError[], prefix = ''): Problem[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path, problem: withoutProperty(message, error.property) }));
    return [...own, ...validationProblems(error.children ?? [], path)];
  });
}

export function formatProblem({ path, problem }: Problem): string {
  return path ? `${path}: ${problem}` : problem;
}

/** class-validator starts its messages with the property name; the path already says it. */
function withoutProperty(message: string, property: string): string {
  if (message.startsWith(`property ${property} `)) return message.slice(`property ${property} `.length);
  return message.startsWith(property + ' ') ? message.slice(property.length + 1) : message;
}
