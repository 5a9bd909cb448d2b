import type { Gender } from '../persistence/entities/matching-profile';

/**
 * Why an available mentor cannot be proposed to a young person: each reason a stable code with its parameters, so a client says it
 * in its own language (the console: `matching.exclusions.<code>`), and the English text here for clients that show the API's
 * words. The rules of libs/contracts/error-codes.ts hold: kebab-case, never renamed or given other parameters once released,
 * parameters are numbers and enum values, never a person's data.
 */
export const EXCLUSION_REASONS = {
  'no-free-slot': (p: { taken: number; capacity: number }) => `no free slot (${p.taken} of ${p.capacity} taken)`,
  'gender-not-preferred': (p: { mentorGender: Gender; preferredGender: Gender }) =>
    `the mentor is ${p.mentorGender}; the young person prefers a ${p.preferredGender} mentor`,
  // An unrecorded gender cannot honour her preference either: she asked, so nobody is proposed on a guess.
  'gender-not-recorded': (p: { preferredGender: Gender }) =>
    `the mentor's gender is not recorded; the young person prefers a ${p.preferredGender} mentor`,
} as const;

export type ExclusionCode = keyof typeof EXCLUSION_REASONS;
type ExclusionParams<Code extends ExclusionCode> = Parameters<(typeof EXCLUSION_REASONS)[Code]>[0];

/** Every code, for a client to check it has a text for each in each of its languages. */
export const EXCLUSION_CODES = Object.keys(EXCLUSION_REASONS) as ExclusionCode[];

export interface ExclusionReason {
  code: ExclusionCode;
  params: Record<string, string | number>;
  /** The English text of the code with its parameters. */
  message: string;
}

/** A reason with its parameters and the English words they make. */
export function exclusion<Code extends ExclusionCode>(code: Code, params: ExclusionParams<Code>): ExclusionReason {
  const message = (EXCLUSION_REASONS[code] as (given: ExclusionParams<Code>) => string)(params);
  return { code, params: { ...params }, message };
}
