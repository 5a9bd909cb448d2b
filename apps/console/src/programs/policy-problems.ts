import type { ApiProblem } from '../api/api-error';
import { POLICY_PARTS } from './policy-fields';

const FIELD_PATHS = POLICY_PARTS.flatMap(({ fields }) => fields.map((field) => field.path));

/** A problem's path within the policy: the API names it from the request body ("policy.duration.min"). */
export const policyPath = (problem: ApiProblem): string => problem.path.replace(/^policy\.?/, '');

/**
 * The field a problem belongs beside: the one its path names or lies within ("reviews.at.1" → reviews.at), or, for a rule
 * between two fields of a part ("duration" with params.field "min"), the first of the two. Undefined when no field fits.
 */
export function fieldOf(problem: ApiProblem): string | undefined {
  const path = policyPath(problem);
  const named = typeof problem.params?.field === 'string' ? `${path}.${problem.params.field}` : path;
  return FIELD_PATHS.filter((field) => named === field || named.startsWith(`${field}.`)).sort((a, b) => b.length - a.length)[0];
}

/** The problems of each field, and those no field holds (shown above the form). */
export function problemsByField(problems: ApiProblem[]): { byField: Map<string, ApiProblem[]>; elsewhere: ApiProblem[] } {
  const byField = new Map<string, ApiProblem[]>();
  const elsewhere: ApiProblem[] = [];
  for (const problem of problems) {
    const field = fieldOf(problem);
    if (field) byField.set(field, [...(byField.get(field) ?? []), problem]);
    else elsewhere.push(problem);
  }
  return { byField, elsewhere };
}
