import type { AgeRange } from '../../domain/policy/program-policy';
import type { ErrorArgs } from '../../contracts/error-codes';
import type { Gender } from '../../persistence/entities';
import { wholeYearsBetween } from '../../calendar/calendar-date';
import { dayIn } from '../../../workflows/shared/calendar-day';

/** Her age in whole years on the day she is referred, in the program's time zone: her birthday begins at midnight there. */
export function ageAtReferral(birthDate: string, referredAt: Date, timeZone: string): number {
  return wholeYearsBetween(birthDate, dayIn(referredAt, timeZone));
}

/** Why a young person of this age cannot be referred to the program, or undefined when she can. */
export function ageRefusal(
  age: number,
  gender: Gender | null,
  program: { slug: string; ageRange: AgeRange },
): ErrorArgs<'age-outside-range'>[0] | undefined {
  const { min, max } = program.ageRange;
  if (age >= min && age <= max) return undefined;
  return { age, gender: gender ?? 'other', program: program.slug, min, max };
}
