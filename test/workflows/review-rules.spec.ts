import type { Refuser } from '../../workflows/mentorship/contact-rules';
import { checkReviewFits, ReviewCourse, withStoredReviews } from '../../workflows/mentorship/review-rules';

const DAY_MS = 24 * 60 * 60 * 1000;
const MATCH_START = '2026-01-05T09:00:00.000Z';
const at = (days: number) => new Date(Date.parse(MATCH_START) + days * DAY_MS);

const refuse: Refuser = (code, ...params) => {
  throw Object.assign(new Error(code), { code, params: params[0] });
};
const refusal = (check: () => unknown): { code: string; params?: object } | undefined => {
  try {
    check();
    return undefined;
  } catch (error) {
    return error as { code: string; params?: object };
  }
};

/** Reviews at 90 and 180 days, six months planned and a year at most, extended by 90 days at a time. */
const course = (changes: Partial<ReviewCourse> = {}): ReviewCourse => ({
  phase: 'active',
  matchStartedAt: MATCH_START,
  plannedEndAt: at(180).toISOString(),
  reviewsHeld: [],
  policy: { reviewsAtMs: [90 * DAY_MS, 180 * DAY_MS], duration: { extensionMs: 90 * DAY_MS, maxMs: 365 * DAY_MS } },
  ...changes,
});

describe('the review rules the course and the API keep', () => {
  it('holds the earliest point reached and not held', () => {
    expect(checkReviewFits({ decision: 'continue' }, course(), at(200), refuse)).toEqual({ reviewAtMs: 90 * DAY_MS });
    const held = course({ reviewsHeld: [90 * DAY_MS] });
    expect(checkReviewFits({ decision: 'continue' }, held, at(200), refuse)).toEqual({ reviewAtMs: 180 * DAY_MS });
  });

  it('refuses before the first point, when every point reached is held, and outside an active course', () => {
    expect(refusal(() => checkReviewFits({ decision: 'continue' }, course(), at(89), refuse))?.code).toBe('no-review-due');
    const held = course({ reviewsHeld: [90 * DAY_MS] });
    expect(refusal(() => checkReviewFits({ decision: 'continue' }, held, at(120), refuse))?.code).toBe('no-review-due');
    expect(refusal(() => checkReviewFits({ decision: 'continue' }, course({ phase: 'closing' }), at(120), refuse))).toMatchObject({
      code: 'wrong-phase',
      params: { phase: 'closing', needed: ['active'] },
    });
  });

  it('extends the planned end by the extension, up to the maximum and not past it', () => {
    expect(checkReviewFits({ decision: 'extend' }, course(), at(100), refuse)).toEqual({
      reviewAtMs: 90 * DAY_MS,
      extendedTo: at(270).toISOString(),
    });
    const toTheMaximum = course({ plannedEndAt: at(275).toISOString(), reviewsHeld: [90 * DAY_MS] });
    expect(checkReviewFits({ decision: 'extend' }, toTheMaximum, at(200), refuse).extendedTo).toBe(at(365).toISOString());
    const pastIt = course({ plannedEndAt: at(276).toISOString(), reviewsHeld: [90 * DAY_MS] });
    expect(refusal(() => checkReviewFits({ decision: 'extend' }, pastIt, at(200), refuse))).toMatchObject({
      code: 'extension-too-long',
      params: { maxDays: 365 },
    });
  });

  it('takes stored reviews each once, in the order of their points, the last extension giving the planned end', () => {
    const state = { reviewsHeld: [90 * DAY_MS], plannedEndAt: at(180).toISOString(), extensions: 0 };
    const stored = [
      { atMs: 90 * DAY_MS, extendedTo: at(999).toISOString() },
      { atMs: 180 * DAY_MS, extendedTo: at(270).toISOString() },
    ];
    expect(withStoredReviews(state, stored)).toEqual({
      reviewsHeld: [90 * DAY_MS, 180 * DAY_MS],
      plannedEndAt: at(270).toISOString(),
      extensions: 1,
    });
    expect(withStoredReviews(withStoredReviews(state, stored), stored)).toEqual(withStoredReviews(state, stored));
    expect(state.reviewsHeld).toEqual([90 * DAY_MS]);
  });
});
