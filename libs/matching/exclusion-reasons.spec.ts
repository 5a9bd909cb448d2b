import { EXCLUSION_CODES, EXCLUSION_REASONS, exclusion } from './exclusion-reasons';

describe('matching exclusion reasons', () => {
  it('are kebab-case codes, each with one parameter object', () => {
    expect(EXCLUSION_CODES).toEqual(['no-free-slot', 'gender-not-preferred', 'gender-not-recorded']);
    for (const code of EXCLUSION_CODES) {
      expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(EXCLUSION_REASONS[code].length).toBe(1);
    }
  });

  it('carry their params and the English the API gave before it had codes', () => {
    expect(exclusion('no-free-slot', { taken: 20, capacity: 20 })).toEqual({
      code: 'no-free-slot',
      params: { taken: 20, capacity: 20 },
      message: 'no free slot (20 of 20 taken)',
    });
    expect(exclusion('gender-not-preferred', { mentorGender: 'male', preferredGender: 'female' }).message).toBe(
      'the mentor is male; the young person prefers a female mentor',
    );
    expect(exclusion('gender-not-recorded', { preferredGender: 'male' }).message).toBe(
      "the mentor's gender is not recorded; the young person prefers a male mentor",
    );
  });
});
