import type { AgeRange } from '../../domain/policy/program-policy';
import type { Gender } from '../../persistence/entities';
import { calendarDateOf, wholeYearsBetween } from '../../calendar/calendar-date';

/** Her age in whole years on the day she is referred. */
export function ageAtReferral(birthDate: string, referredAt: Date): number {
  return wholeYearsBetween(birthDate, calendarDateOf(referredAt));
}

const SUBJECT: Record<Gender, string> = { female: 'she is', male: 'he is', other: 'they are' };

/** Why a young person of this age cannot be referred to the program, or undefined when she can. */
export function ageRefusal(age: number, gender: Gender | null, program: { slug: string; ageRange: AgeRange }): string | undefined {
  const { min, max } = program.ageRange;
  if (age >= min && age <= max) return undefined;
  return `${SUBJECT[gender ?? 'other']} ${age} at referral; program ${program.slug} takes ages ${min}–${max}`;
}
