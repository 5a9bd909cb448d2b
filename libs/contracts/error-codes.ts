import { REFUSALS } from '../../workflows/refusals';
import { API_ERRORS } from './api-errors';
import { FIELD_PROBLEMS, POLICY_PROBLEMS } from './problem-codes';

/**
 * Every code an error body (`code`) or one of its `problems` can carry, with
 * the English text its parameters make. Clients (the console) show their own
 * language by the code and its parameters; the `message` and `problem` texts
 * are the English, made here, so the two never disagree.
 *
 * The rules every code keeps: kebab-case; never renamed or given other
 * parameters once released (add a new code instead); parameters are numbers,
 * dates, enum values, field and step names and ids, never a person's name,
 * address or words, since a workflow's refusals are kept in its history.
 * A code used anywhere must be here, or the build fails.
 */
export const ERROR_TEMPLATES = { ...API_ERRORS, ...FIELD_PROBLEMS, ...POLICY_PROBLEMS, ...REFUSALS };

export type ErrorCode = keyof typeof ERROR_TEMPLATES;
/** A code's parameters, as the arguments after the code: none for a code without any. */
export type ErrorArgs<Code extends ErrorCode> = Parameters<(typeof ERROR_TEMPLATES)[Code]>;
/** What a body carries beside a code: parameter names to values. */
export type ErrorParams = Record<string, unknown>;

/** Every code, for a client to check it has a text for each in each of its languages. */
export const ERROR_CODES = Object.keys(ERROR_TEMPLATES) as ErrorCode[];

/** The English text of a code with its parameters. */
export function errorText<Code extends ErrorCode>(code: Code, ...params: ErrorArgs<Code>): string {
  return textOf(code, params[0] as ErrorParams | undefined);
}

/** The same, for a code and parameters known only at run time (read back from a workflow's refusal). */
export function textOf(code: ErrorCode, params: ErrorParams | undefined): string {
  return (ERROR_TEMPLATES[code] as (params?: ErrorParams) => string)(params);
}

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(ERROR_TEMPLATES, code);
}

/** A code with its parameters, as an error body and each of its problems carry them (`params` only when there are any). */
export function codeAndParams<Code extends ErrorCode>(code: Code, ...params: ErrorArgs<Code>): { code: Code; params?: ErrorParams } {
  const given = params[0] as ErrorParams | undefined;
  return given && Object.keys(given).length > 0 ? { code, params: given } : { code };
}
