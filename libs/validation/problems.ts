import { getMetadataStorage, ValidationError } from 'class-validator';
import { codeAndParams, ErrorArgs, ErrorCode, ErrorParams, errorText, textOf } from '../contracts/error-codes';
import { constraintCode } from './constraint-codes';

/**
 * One thing wrong with an input: where (a dotted path), what in English, and
 * the same as a code with its parameters for a client to word in its own
 * language. The one error detail shape.
 */
export interface Problem {
  path: string;
  problem: string;
  code: ErrorCode;
  params?: ErrorParams;
}

/** A problem at a path, its text made from its code and parameters. */
export function problemAt<Code extends ErrorCode>(path: string, code: Code, ...params: ErrorArgs<Code>): Problem {
  return { path, problem: errorText(code, ...params), ...codeAndParams(code, ...params) };
}

/** A problem whose code and parameters a check worked out, typed there (e.g. a measurement's scale). */
export function problemWith(path: string, { code, params }: { code: ErrorCode; params?: ErrorParams }): Problem {
  return { path, problem: textOf(code, params), code, ...(params && Object.keys(params).length > 0 ? { params } : {}) };
}

/**
 * Flattens class-validator's nested errors into one Problem per broken
 * constraint, with class-validator's text and the constraint's code: the one
 * a decorator names in its context, else the one its constraint maps to.
 */
export function validationProblems(errors: ValidationError[], prefix = ''): Problem[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([name, message]) => ({
      path,
      problem: withoutProperty(message, error.property),
      ...codeOf(error, name),
    }));
    return [...own, ...validationProblems(error.children ?? [], path)];
  });
}

export function formatProblem({ path, problem }: Problem): string {
  return path ? `${path}: ${problem}` : problem;
}

function codeOf(error: ValidationError, name: string): { code: ErrorCode; params?: ErrorParams } {
  const named = error.contexts?.[name] as { code?: ErrorCode; params?: ErrorParams } | undefined;
  if (named?.code) return { code: named.code, ...(named.params ? { params: named.params } : {}) };
  return constraintCode(name, constraintsOf(error, name), error.value);
}

/** The arguments the decorator was given (a length's bounds, the allowed values), read from class-validator's metadata. */
function constraintsOf(error: ValidationError, name: string): unknown[] {
  if (!error.target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(error.target.constructor, '', true, false)
    .find((rule) => rule.propertyName === error.property && (rule.name ?? rule.type) === name);
  return metadata?.constraints ?? [];
}

/** class-validator starts its messages with the property name; the path already says it. */
function withoutProperty(message: string, property: string): string {
  if (message.startsWith(`property ${property} `)) return message.slice(`property ${property} `.length);
  return message.startsWith(property + ' ') ? message.slice(property.length + 1) : message;
}
