import type { ErrorCode, ErrorParams } from '../contracts/error-codes';

type Coded = { code: ErrorCode; params?: ErrorParams };
type Mapper = (constraints: unknown[], value: unknown) => Coded;

const plain =
  (code: ErrorCode): Mapper =>
  () => ({ code });
/**
 * A code whose parameter is the decorator's first argument. Without it (no
 * rule found for the value, as for an array sent where an object belongs),
 * the code alone.
 */
const first =
  (code: ErrorCode, param: string, as: (constraint: unknown) => unknown = Number): Mapper =>
  ([constraint]) =>
    constraint === undefined ? { code } : { code, params: { [param]: as(constraint) } };

/**
 * The code of each class-validator constraint the DTOs use, with its
 * parameters taken from the decorator's arguments. A constraint missing here
 * is answered `invalid-input`, and problems.spec.ts fails on every constraint
 * a DTO uses that is missing.
 */
const CONSTRAINT_CODES: Record<string, Mapper> = {
  whitelistValidation: plain('unknown-field'),
  isDefined: plain('required'),
  isNotEmpty: plain('must-not-be-empty'),
  arrayNotEmpty: plain('must-not-be-empty'),
  isString: plain('must-be-string'),
  isBoolean: plain('must-be-boolean'),
  isInt: plain('must-be-integer'),
  isNumber: plain('must-be-number'),
  isObject: plain('must-be-object'),
  nestedValidation: plain('must-be-nested-object'),
  isArray: plain('must-be-array'),
  isUuid: plain('must-be-uuid'),
  isEmail: plain('must-be-email'),
  isBase64: plain('must-be-base64'),
  isDateString: plain('must-be-iso-date'),
  isIso8601: plain('must-be-iso-date'),
  isTimeZone: plain('must-be-time-zone'),
  isIn: first('not-in', 'allowed', (allowed) => [allowed].flat().map(String)),
  min: first('too-small', 'min'),
  max: first('too-large', 'max'),
  minLength: first('too-short', 'min'),
  maxLength: first('too-long', 'max'),
  // One constraint, two complaints: which bound the value missed.
  isLength: ([min, max], value) =>
    typeof value === 'string' && min !== undefined && value.length < Number(min)
      ? first('too-short', 'min')([min], value)
      : first('too-long', 'max')([max], value),
  arrayMinSize: first('too-few-items', 'min'),
  arrayMaxSize: first('too-many-items', 'max'),
  arrayUnique: plain('items-not-unique'),
  matches: first('must-match', 'pattern', String),
};

export function constraintCode(name: string, constraints: unknown[], value: unknown): Coded {
  return CONSTRAINT_CODES[name]?.(constraints, value) ?? { code: 'invalid-input' };
}

/** The constraints with a code, for the spec that every constraint a DTO uses has one. */
export const CODED_CONSTRAINTS = Object.keys(CONSTRAINT_CODES);
