import type { Gender, MatchingProfile } from '../persistence/entities/matching-profile';
import { exclusion, type ExclusionReason } from './exclusion-reasons';

/**
 * The weights of fit. Language, area and availability decide whether the pair
 * can meet and talk at all, so they weigh most; shared interests give them
 * something to do together; free capacity only nudges, so the load spreads
 * across mentors without outweighing any real fit.
 */

/** Per shared language: a mentor who also shares her mother tongue ranks above one who shares only Danish. */
const POINTS_PER_SHARED_LANGUAGE = 10;
/** Per shared interest, counting at most MAX_COUNTED_INTERESTS, so a long interest list cannot outweigh language or area. */
const POINTS_PER_SHARED_INTEREST = 5;
const MAX_COUNTED_INTERESTS = 3;
/** Meeting near where she lives (she chooses the place) makes the meetings happen. */
const SAME_AREA_POINTS = 15;
/** Any shared time slot: without one, the pair cannot meet, however well they fit otherwise. */
const OVERLAPPING_AVAILABILITY_POINTS = 15;
/** Given in proportion to the share of capacity that is free: at most this, less than one shared interest. */
const MAX_FREE_CAPACITY_POINTS = 4;

/** What a score is made of, in the order each explanation lists them. */
export const FACTORS = ['languages', 'interests', 'area', 'availability', 'free-capacity'] as const;
export type Factor = (typeof FACTORS)[number];

export interface ExplanationLine {
  factor: Factor;
  points: number;
  detail: string;
}

export interface Seeker {
  wishes: MatchingProfile;
  preferredMentorGender: Gender | null;
}

export interface CandidateMentor {
  id: string;
  gender: Gender | null;
  profile: MatchingProfile;
  /** Mentorships holding one of the mentor's slots. */
  activeMentorships: number;
  /** Mentees the mentor may carry at once (the program's policy). */
  capacity: number;
}

export interface RankedMentor {
  mentorId: string;
  score: number;
  freeSlots: number;
  explanation: ExplanationLine[];
}

export interface ExcludedMentor {
  mentorId: string;
  /** The reasons' English texts joined, as the API gave them before they had codes. */
  reason: string;
  reasons: ExclusionReason[];
}

export interface MentorRanking {
  candidates: RankedMentor[];
  excluded: ExcludedMentor[];
}

/**
 * Ranks the mentors for one young person, best fit first, each score
 * explained factor by factor. A mentor with no free slot, or of a gender she
 * did not ask for, is not ranked but listed as excluded with the reason, so
 * the coordinator sees why a mentor they expected is missing.
 */
export function rankMentors(seeker: Seeker, mentors: CandidateMentor[]): MentorRanking {
  const ranked: Array<{ mentor: CandidateMentor; candidate: RankedMentor }> = [];
  const excluded: ExcludedMentor[] = [];
  for (const mentor of mentors) {
    const reasons = exclusionReasons(seeker, mentor);
    if (reasons.length > 0) excluded.push({ mentorId: mentor.id, reason: reasons.map((reason) => reason.message).join('; '), reasons });
    else ranked.push({ mentor, candidate: score(seeker.wishes, mentor) });
  }
  ranked.sort(
    (a, b) =>
      b.candidate.score - a.candidate.score ||
      a.mentor.activeMentorships - b.mentor.activeMentorships ||
      compareIds(a.mentor.id, b.mentor.id),
  );
  excluded.sort((a, b) => compareIds(a.mentorId, b.mentorId));
  return { candidates: ranked.map(({ candidate }) => candidate), excluded };
}

function exclusionReasons({ preferredMentorGender }: Seeker, mentor: CandidateMentor): ExclusionReason[] {
  const reasons: ExclusionReason[] = [];
  if (freeSlots(mentor) === 0) reasons.push(exclusion('no-free-slot', { taken: mentor.activeMentorships, capacity: mentor.capacity }));
  if (preferredMentorGender && mentor.gender !== preferredMentorGender) {
    reasons.push(
      mentor.gender
        ? exclusion('gender-not-preferred', { mentorGender: mentor.gender, preferredGender: preferredMentorGender })
        : exclusion('gender-not-recorded', { preferredGender: preferredMentorGender }),
    );
  }
  return reasons;
}

function score(wishes: MatchingProfile, mentor: CandidateMentor): RankedMentor {
  const explanation = [
    languages(wishes.languages, mentor.profile.languages),
    interests(wishes.interests, mentor.profile.interests),
    area(wishes.area, mentor.profile.area),
    availability(wishes.availability, mentor.profile.availability),
    freeCapacity(mentor),
  ];
  const total = explanation.reduce((sum, line) => sum + line.points, 0);
  return { mentorId: mentor.id, score: total, freeSlots: freeSlots(mentor), explanation };
}

function languages(wished: string[], offered: string[]): ExplanationLine {
  const shared = sharedTags(wished, offered);
  return { factor: 'languages', points: shared.length * POINTS_PER_SHARED_LANGUAGE, detail: tagDetail('languages', wished, shared) };
}

function interests(wished: string[], offered: string[]): ExplanationLine {
  const shared = sharedTags(wished, offered);
  const points = Math.min(shared.length, MAX_COUNTED_INTERESTS) * POINTS_PER_SHARED_INTEREST;
  return { factor: 'interests', points, detail: tagDetail('interests', wished, shared) };
}

function availability(wished: string[], offered: string[]): ExplanationLine {
  const shared = sharedTags(wished, offered);
  return {
    factor: 'availability',
    points: shared.length > 0 ? OVERLAPPING_AVAILABILITY_POINTS : 0,
    detail: tagDetail('availability', wished, shared),
  };
}

function area(wished: string | null, offered: string | null): ExplanationLine {
  const wishedArea = wished?.trim();
  if (!wishedArea) return { factor: 'area', points: 0, detail: 'no area wished' };
  if (offered !== null && tagKey(offered) === tagKey(wishedArea))
    return { factor: 'area', points: SAME_AREA_POINTS, detail: `both in ${wishedArea}` };
  return { factor: 'area', points: 0, detail: `not in ${wishedArea}` };
}

function freeCapacity(mentor: CandidateMentor): ExplanationLine {
  const free = freeSlots(mentor);
  const points = Math.round((MAX_FREE_CAPACITY_POINTS * free) / mentor.capacity);
  return { factor: 'free-capacity', points, detail: `${free} of ${mentor.capacity} slots free` };
}

function freeSlots({ capacity, activeMentorships }: CandidateMentor): number {
  // A policy revised to a lower capacity can leave a mentor above it: that is no free slot, not a negative one.
  return Math.max(capacity - activeMentorships, 0);
}

/** Her wished tags (as she wrote them, trimmed, each once) that the mentor offers too. */
function sharedTags(wished: string[], offered: string[]): string[] {
  const offeredKeys = new Set(offered.map(tagKey));
  const seen = new Set<string>();
  return wished
    .map((tag) => tag.trim())
    .filter((tag) => {
      const key = tagKey(tag);
      if (seen.has(key) || !offeredKeys.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function tagDetail(what: string, wished: string[], shared: string[]): string {
  if (wished.length === 0) return `no ${what} wished`;
  if (shared.length === 0) return `shares none of: ${wished.map((tag) => tag.trim()).join(', ')}`;
  return `shares ${shared.join(', ')}`;
}

/** Tags are typed by people: "Danish " and "danish" are the same language. */
function tagKey(tag: string): string {
  return tag.trim().toLowerCase();
}

/** Plain code-unit order, so the ranking is the same whatever the server's locale. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
