import { codeAndParams, ErrorCode, ErrorParams } from '../contracts/error-codes';

type Coded = { code: ErrorCode; params?: ErrorParams };

/**
 * The code of each class-validator constraint the DTOs use, with its
 * parameters taken from the decorator's arguments. A constraint missing here
 * is answered `invalid-input`, and validation-problem-codes.spec.ts fails on
 * every constraint a DTO uses that is missing.
 */
const CONSTRAINT_CODES: Record<string, (constraints: unknown[], value: unknown) => Coded> = {
  whitelistValidation: () => codeAndParams('unknown-field'),
  isDefined: () => codeAndParams('required'),
  isNotEmpty: () => codeAndParams('must-not-be-empty'),
  arrayNotEmpty: () => codeAndParams('must-not-be-empty'),
  isString: () => codeAndParams('must-be-string'),
  isBoolean: () => codeAndParams('must-be-boolean'),
  isInt: () => codeAndParams('must-be-integer'),
  isNumber: () => codeAndParams('must-be-number'),
  isObject: () => codeAndParams('must-be-object'),
  nestedValidation: () => codeAndParams('must-be-nested-object'),
  isArray: () => codeAndParams('must-be-array'),
  isUuid: () => codeAndParams('must-be-uuid'),
  isEmail: () => codeAndParams('must-be-email'),
  isBase64: () => codeAndParams('must-be-base64'),
  isDateString: () => codeAndParams('must-be-iso-date'),
  isIso8601: () => codeAndParams('must-be-iso-date'),
  isTimeZone: () => codeAndParams('must-be-time-zone'),
  isIn: ([allowed]) => codeAndParams('not-in', { allowed: (allowed as unknown[]).map(String) }),
  min: ([min]) => codeAndParams('too-small', { min: Number(min) }),
  max: ([max]) => codeAndParams('too-large', { max: Number(max) }),
  minLength: ([min]) => codeAndParams('too-short', { min: Number(min) }),
  maxLength: ([max]) => codeAndParams('too-long', { max: Number(max) }),
  // One constraint, two complaints: which bound the value missed.
  isLength: ([min, max], value) =>
    typeof value === 'string' && value.length < Number(min)
      ? codeAndParams('too-short', { min: Number(min) })
      : codeAndParams('too-long', { max: Number(max) }),
  arrayMinSize: ([min]) => codeAndParams('too-few-items', { min: Number(min) }),
  arrayMaxSize: ([max]) => codeAndParams('too-many-items', { max: Number(max) }),
  arrayUnique: () => codeAndParams('items-not-unique'),
  matches: ([pattern]) => codeAndParams('must-match', { pattern: String(pattern) }),
};

export function constraintCode(name: string, constraints: unknown[], value: unknown): Coded {
  return CONSTRAINT_CODES[name]?.(constraints, value) ?? codeAndParams('invalid-input');
}

/** The constraints with a code, for the spec that every constraint a DTO uses has one. */
export const CODED_CONSTRAINTS = Object.keys(CONSTRAINT_CODES);
