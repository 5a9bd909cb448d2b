import type { Gender, MatchingProfile } from '../persistence/entities/matching-profile';
import { CandidateMentor, rankMentors, Seeker } from './rank-mentors';

const profile = (fields: Partial<MatchingProfile> = {}): MatchingProfile => ({
  languages: [],
  interests: [],
  area: null,
  availability: [],
  ...fields,
});
const seeker = (wishes: Partial<MatchingProfile> = {}, preferredMentorGender: Gender | null = null): Seeker => ({
  wishes: profile(wishes),
  preferredMentorGender,
});
const mentor = (
  id: string,
  fields: Partial<Omit<CandidateMentor, 'profile'>> & { profile?: Partial<MatchingProfile> } = {},
): CandidateMentor => ({
  id,
  gender: 'female',
  activeMentorships: 0,
  capacity: 4,
  ...fields,
  profile: profile(fields.profile),
});
const ids = (rows: Array<{ mentorId: string }>) => rows.map((row) => row.mentorId);

describe('rankMentors', () => {
  const aisha = seeker({
    languages: ['arabic', 'danish'],
    interests: ['drawing', 'football'],
    area: 'Vollsmose',
    availability: ['weekday-evenings', 'weekends'],
  });

  it('scores each factor and explains each, comparing tags case-insensitively and trimmed', () => {
    const maria = mentor('maria', {
      activeMentorships: 1,
      profile: {
        languages: ['Danish ', 'ARABIC', 'english'],
        interests: ['football', 'chess'],
        area: ' vollsmose',
        availability: ['Weekends'],
      },
    });
    expect(rankMentors(aisha, [maria])).toEqual({
      candidates: [
        {
          mentorId: 'maria',
          score: 58,
          freeSlots: 3,
          explanation: [
            { factor: 'languages', points: 20, detail: 'shares arabic, danish' },
            { factor: 'interests', points: 5, detail: 'shares football' },
            { factor: 'area', points: 15, detail: 'both in Vollsmose' },
            { factor: 'availability', points: 15, detail: 'shares weekends' },
            { factor: 'free-capacity', points: 3, detail: '3 of 4 slots free' },
          ],
        },
      ],
      excluded: [],
    });
  });

  // The mentor lacking the factor has the id that sorts first, so only the factor's points can put the other ahead.
  it.each([
    ['a shared language', { profile: { languages: ['arabic'] } }, 10],
    ['a shared interest', { profile: { interests: ['drawing'] } }, 5],
    ['the same area', { profile: { area: 'Vollsmose' } }, 15],
    ['an overlapping availability', { profile: { availability: ['weekends'] } }, 15],
    ['more free slots', { activeMentorships: 0 }, 3],
  ])('ranks the mentor with %s higher, by its points', (_, better, points) => {
    const lacking = mentor('a-lacking', { activeMentorships: 3 });
    const having = mentor('b-having', { activeMentorships: 3, ...better });
    const { candidates } = rankMentors(aisha, [lacking, having]);
    expect(ids(candidates)).toEqual(['b-having', 'a-lacking']);
    expect(candidates[0].score - candidates[1].score).toBe(points);
  });

  it('counts at most three shared interests, so a long list cannot outweigh language or area', () => {
    const wishes = seeker({ interests: ['drawing', 'football', 'music', 'cooking'] });
    const { candidates } = rankMentors(wishes, [mentor('m', { profile: { interests: ['cooking', 'music', 'football', 'drawing'] } })]);
    expect(candidates[0].explanation[1]).toEqual({ factor: 'interests', points: 15, detail: 'shares drawing, football, music, cooking' });
  });

  it('counts a tag she wrote twice once', () => {
    const { candidates } = rankMentors(seeker({ languages: ['danish', ' Danish'] }), [mentor('m', { profile: { languages: ['danish'] } })]);
    expect(candidates[0].explanation[0]).toEqual({ factor: 'languages', points: 10, detail: 'shares danish' });
  });

  it('explains what did not match, and what she did not ask for', () => {
    const wishes = seeker({ languages: ['somali'], area: 'Odense C' });
    const { candidates } = rankMentors(wishes, [
      mentor('m', { profile: { languages: ['danish'], interests: ['chess'], area: 'Nyborg', availability: ['weekends'] } }),
    ]);
    expect(candidates[0].explanation).toEqual([
      { factor: 'languages', points: 0, detail: 'shares none of: somali' },
      { factor: 'interests', points: 0, detail: 'no interests wished' },
      { factor: 'area', points: 0, detail: 'not in Odense C' },
      { factor: 'availability', points: 0, detail: 'no availability wished' },
      { factor: 'free-capacity', points: 4, detail: '4 of 4 slots free' },
    ]);
  });

  it('excludes a mentor with no free slot, also one above a capacity lowered since', () => {
    const ranking = rankMentors(aisha, [
      mentor('full', { activeMentorships: 4 }),
      mentor('over', { activeMentorships: 5 }),
      mentor('free', { activeMentorships: 3 }),
    ]);
    expect(ids(ranking.candidates)).toEqual(['free']);
    expect(ranking.excluded).toEqual([
      {
        mentorId: 'full',
        reason: 'no free slot (4 of 4 taken)',
        reasons: [{ code: 'no-free-slot', params: { taken: 4, capacity: 4 }, message: 'no free slot (4 of 4 taken)' }],
      },
      {
        mentorId: 'over',
        reason: 'no free slot (5 of 4 taken)',
        reasons: [{ code: 'no-free-slot', params: { taken: 5, capacity: 4 }, message: 'no free slot (5 of 4 taken)' }],
      },
    ]);
  });

  it('excludes a mentor whose gender contradicts her preference, or is not recorded, giving every reason', () => {
    const mentors = [
      mentor('female'),
      mentor('male', { gender: 'male' }),
      mentor('unrecorded', { gender: null }),
      mentor('male-full', { gender: 'male', activeMentorships: 4 }),
    ];
    const ranking = rankMentors(seeker({}, 'female'), mentors);
    expect(ids(ranking.candidates)).toEqual(['female']);
    expect(ranking.excluded.map(({ mentorId, reason }) => ({ mentorId, reason }))).toEqual([
      { mentorId: 'male', reason: 'the mentor is male; the young person prefers a female mentor' },
      { mentorId: 'male-full', reason: 'no free slot (4 of 4 taken); the mentor is male; the young person prefers a female mentor' },
      { mentorId: 'unrecorded', reason: "the mentor's gender is not recorded; the young person prefers a female mentor" },
    ]);
    // Each reason by its code and params too, for a client to say in its own language.
    expect(ranking.excluded.map(({ reasons }) => reasons.map(({ code, params }) => ({ code, params })))).toEqual([
      [{ code: 'gender-not-preferred', params: { mentorGender: 'male', preferredGender: 'female' } }],
      [
        { code: 'no-free-slot', params: { taken: 4, capacity: 4 } },
        { code: 'gender-not-preferred', params: { mentorGender: 'male', preferredGender: 'female' } },
      ],
      [{ code: 'gender-not-recorded', params: { preferredGender: 'female' } }],
    ]);
  });

  it('ranks every gender when she states no preference', () => {
    const ranking = rankMentors(seeker(), [mentor('male', { gender: 'male' }), mentor('unrecorded', { gender: null })]);
    expect(ranking.excluded).toEqual([]);
    expect(ids(ranking.candidates)).toEqual(['male', 'unrecorded']);
  });

  it('breaks ties by fewer active mentorships, then by id, whatever the input order', () => {
    // With capacity 20, 20 and 19 free slots both round to the full free-capacity points: equal scores.
    const mentors = [
      mentor('a-busier', { capacity: 20, activeMentorships: 1 }),
      mentor('m-2', { capacity: 20 }),
      mentor('m-1', { capacity: 20 }),
    ];
    const expected = ['m-1', 'm-2', 'a-busier'];
    expect(ids(rankMentors(aisha, mentors).candidates)).toEqual(expected);
    expect(ids(rankMentors(aisha, [...mentors].reverse()).candidates)).toEqual(expected);
    expect(new Set(rankMentors(aisha, mentors).candidates.map((candidate) => candidate.score)).size).toBe(1);
  });
});
