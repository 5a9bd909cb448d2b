import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { Problem, problemAt, validationProblems } from '../../validation/problems';
import { policyRuleProblems } from './policy-rules';
import { ProgramPolicy } from './program-policy';

export type PolicyValidation = { ok: true; policy: ProgramPolicy } | { ok: false; problems: Problem[] };

/**
 * Checks a policy as a whole: every field first, then the rules across fields
 * (only when the fields are sound, since the rules read them).
 */
export function validatePolicy(plain: unknown, pathPrefix = ''): PolicyValidation {
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) {
    return { ok: false, problems: [problemAt(pathPrefix, 'must-be-object')] };
  }
  const policy = plainToInstance(ProgramPolicy, plain);
  const fieldProblems = validationProblems(validateSync(policy, { whitelist: true, forbidNonWhitelisted: true }), pathPrefix);
  if (fieldProblems.length > 0) return { ok: false, problems: fieldProblems };
  const ruleProblems = policyRuleProblems(policy).map((problem) => ({
    ...problem,
    path: pathPrefix ? `${pathPrefix}.${problem.path}` : problem.path,
  }));
  return ruleProblems.length > 0 ? { ok: false, problems: ruleProblems } : { ok: true, policy };
}
