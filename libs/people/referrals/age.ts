import type { AgeRange } from '../../domain/policy/program-policy';
import type { ErrorArgs } from '../../contracts/error-codes';
import type { Gender } from '../../persistence/entities';
import { calendarDateOf, wholeYearsBetween } from '../../calendar/calendar-date';

/** Her age in whole years on the day she is referred. */
export function ageAtReferral(birthDate: string, referredAt: Date): number {
  return wholeYearsBetween(birthDate, calendarDateOf(referredAt));
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
