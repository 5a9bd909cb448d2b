import { thingName, type Thing } from './things';

const SUBJECT = { female: 'she is', male: 'he is', other: 'they are' };

/**
 * What can be wrong with one field of an input: each item of `problems` has
 * one of these codes (see error-codes.ts for the rules every code keeps).
 */
export const FIELD_PROBLEMS = {
  // class-validator's constraints, worded as class-validator words them (validation-problem-codes.spec.ts holds them to it)
  'unknown-field': () => 'should not exist',
  required: () => 'should not be null or undefined',
  'must-not-be-empty': () => 'should not be empty',
  'must-be-string': () => 'must be a string',
  'must-be-boolean': () => 'must be a boolean value',
  'must-be-integer': () => 'must be an integer number',
  'must-be-number': () => 'must be a number conforming to the specified constraints',
  'must-be-object': () => 'must be an object',
  'must-be-nested-object': () => 'must be either object or array',
  'must-be-array': () => 'must be an array',
  'must-be-uuid': () => 'must be a UUID',
  'must-be-email': () => 'must be an email',
  'must-be-base64': () => 'must be base64 encoded',
  'must-be-iso-date': () => 'must be a valid ISO 8601 date string',
  'must-be-time-zone': () => 'must be a valid IANA time-zone',
  'not-in': (p: { allowed: string[] }) => `must be one of the following values: ${p.allowed.join(', ')}`,
  'too-small': (p: { min: number }) => `must not be less than ${p.min}`,
  'too-large': (p: { max: number }) => `must not be greater than ${p.max}`,
  'too-short': (p: { min: number }) => `must be longer than or equal to ${p.min} characters`,
  'too-long': (p: { max: number }) => `must be shorter than or equal to ${p.max} characters`,
  'too-few-items': (p: { min: number }) => `must contain at least ${p.min} elements`,
  'too-many-items': (p: { max: number }) => `must contain no more than ${p.max} elements`,
  'items-not-unique': () => 'must not hold the same value twice',
  'must-match': (p: { pattern: string }) => `must match ${p.pattern} regular expression`,
  // Mentorflow's own rules for a field
  'must-be-date': () => 'must be a date written YYYY-MM-DD',
  'must-be-iso-moment': () => 'must be an ISO 8601 date or date-time',
  'must-be-moment': () => 'must be a date, or a date-time ending in Z or an offset such as +01:00',
  'must-be-duration': () => 'must be a duration such as "P6M", "30d" or "6 months"',
  'must-be-due-point': (p: { close: string }) => `must be a duration such as "0d" or "P3M", or "${p.close}"`,
  'must-be-clock-time': () => 'must be a time of day as HH:MM',
  'must-not-be-in-future': () => 'must not be in the future',
  'must-be-after': (p: { other: string }) => `must be after ${p.other}`,
  'must-not-be-before': (p: { other: string; date: string }) => `must not be before ${p.other} (${p.date})`,
  'must-be-slug': () => 'must be lower-case letters and digits separated by single hyphens',
  'must-be-program-slug': () => 'must be a program slug',
  'must-be-kebab-case': () => 'must be kebab-case, e.g. mental-health',
  'must-be-sign-in-token': () => 'must be a sign-in token',
  'must-be-municipality-code': () => 'must be the official code: 1 to 8 digits',
  'must-be-phone': () => 'must be digits, spaces, ( ) and -, optionally after a leading +',
  'idempotency-key-malformed': () => 'must be 8 to 100 printable ASCII characters without spaces',
  'contains-nul': (p: { inName: boolean }) => `${p.inName ? 'its name ' : ''}must not contain the NUL character (U+0000)`,
  'contains-lone-surrogate': (p: { inName: boolean }) =>
    `${p.inName ? 'its name ' : ''}must be well-formed Unicode (it holds a lone surrogate, U+D800–U+DFFF)`,
  'nested-too-deep': (p: { maxDepth: number }) => `nested deeper than the limit of ${p.maxDepth} levels`,
  // What an id points at
  'no-such': (p: { thing: Thing; id?: string }) => `no such ${thingName(p.thing)}${p.id ? `: ${p.id}` : ''}`,
  'reference-archived': (p: { thing: Thing }) => `the ${thingName(p.thing)} is archived`,
  'not-mentors-of-program': (p: { program: string; ids: string[] }) => `not mentors of program ${p.program}: ${p.ids.join(', ')}`,
  'not-on-panel': (p: { id: string; program: string }) => `${p.id} is not on the panel of program ${p.program}`,
  'program-not-taking-referrals': (p: { program: string; status: string }) =>
    `program ${p.program} is ${p.status}; only an active program takes referrals`,
  'consent-required': () => 'must be true: a young person is referred only with her consent',
  'program-not-for-municipality': (p: { program: string }) =>
    `program ${p.program} has no referral quota with your municipality today, so it takes no referrals from it`,
  'age-outside-range': (p: { age: number; gender: 'female' | 'male' | 'other'; program: string; min: number; max: number }) =>
    `${SUBJECT[p.gender]} ${p.age} at referral; program ${p.program} takes ages ${p.min}–${p.max}`,
  'not-a-program-category': (p: { allowed: string[] }) => `must be one of this program's categories: ${p.allowed.join(', ')}`,
  'not-an-escalation-category': (p: { category: string; allowed: string[] }) =>
    `"${p.category}" is not one of the program's escalation categories (${p.allowed.join(', ')})`,
  // A measurement's answers
  'status-needed': () => 'a status measurement needs a status: education, work or neither',
  'status-takes-no-answers': () => 'a status measurement has no answers',
  'only-status-has-status': (p: { instrument: string }) => `only a status measurement has a status, not ${p.instrument}`,
  'wrong-answer-count': (p: { instrument: string; items: number; min: number; max: number; got: number }) =>
    `${p.instrument} needs exactly ${p.items} answers, each an integer from ${p.min} to ${p.max}; got ${p.got}`,
  'answer-off-scale': (p: { instrument: string; items: number; min: number; max: number; answer: number; value: string }) =>
    `${p.instrument} needs exactly ${p.items} answers, each an integer from ${p.min} to ${p.max}; answer ${p.answer} is ${p.value}`,
};

/** The rules across a program policy's fields (libs/domain/policy/policy-rules.ts). */
export const POLICY_PROBLEMS = {
  'must-not-exceed': (p: { field: string; value: string | number; other: string; otherValue: string | number }) =>
    `${p.field} (${p.value}) must not exceed ${p.other} (${p.otherValue})`,
  'must-be-below': (p: { field: string; value: number; other: string; otherValue: number }) =>
    `${p.field} (${p.value}) must be below ${p.other} (${p.otherValue})`,
  'must-be-longer-than-zero': () => 'must be longer than zero',
  'duration-out-of-range': (p: { least: string; most: string; got: string }) => `must be from ${p.least} to ${p.most}; got ${p.got}`,
  'child-offence-certificate-required': (p: { minAge: number; byLaw: boolean }) =>
    `must include "child-offence-certificate": mentees can be ${p.minAge} and ${
      p.byLaw ? 'Danish law requires it for contact with children under 15' : 'the policy requires it'
    }`,
  'due-points-after-maximum': (p: { max: string; late: string[] }) =>
    `due points after the maximum duration (${p.max}): ${p.late.join(', ')}`,
  'instrument-repeated': (p: { repeated: string[] }) => `each instrument once; repeated: ${p.repeated.join(', ')}`,
  'review-points-outside-course': (p: { max: string; outside: string[] }) =>
    `review points must fall after the start and by the maximum duration (${p.max}): ${p.outside.join(', ')}`,
  'unknown-automatic-categories': (p: { categories: string[]; raisedAs: string[] }) =>
    `categories must be among escalations.categories (${p.categories.join(', ')}): ${p.raisedAs.join('; ')}`,
};
