import type { Refuser } from './contact-rules';
import type { MentorshipPhase, MentorshipPolicy, MentorshipState, ReviewCommand, StoredReview } from './messages';

// Pure and free of @temporalio at run time (types only), as contact-rules.ts: the API keeps these rules too.

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the review rules read of a course: its phase, match start, planned end and the reviews it has held. */
export interface ReviewCourse {
  phase: MentorshipPhase;
  matchStartedAt?: string;
  plannedEndAt?: string;
  /** Review points (ms after the match start) already held. */
  reviewsHeld: readonly number[];
  policy: { reviewsAtMs: readonly number[]; duration: Pick<MentorshipPolicy['duration'], 'extensionMs' | 'maxMs'> };
}

/** The earliest review point reached by `now` and not yet held. */
export function dueReview({ matchStartedAt, reviewsHeld, policy }: ReviewCourse, now: Date): number | undefined {
  const elapsed = now.getTime() - (matchStartedAt ? Date.parse(matchStartedAt) : now.getTime());
  return policy.reviewsAtMs.find((at) => at <= elapsed && !reviewsHeld.includes(at));
}

/**
 * A review fits an active course with a review point reached and not held; extending, when the planned end moved by the policy's
 * extension stays within the maximum duration. Answers the review point it holds, and the planned end an extension moves to. The
 * course kept these while each review reached it as a command; the API keeps them as it stores a review (CourseReviews).
 */
export function checkReviewFits(
  { decision }: Pick<ReviewCommand, 'decision'>,
  course: ReviewCourse,
  now: Date,
  refuse: Refuser,
): { reviewAtMs: number; extendedTo?: string } {
  if (course.phase !== 'active') refuse('wrong-phase', { subject: 'mentorship', phase: course.phase, needed: ['active'] });
  const reviewAtMs = dueReview(course, now);
  if (reviewAtMs === undefined) refuse('no-review-due');
  if (decision !== 'extend') return { reviewAtMs };
  const { extensionMs, maxMs } = course.policy.duration;
  const extendedTo = Date.parse(course.plannedEndAt!) + extensionMs;
  if (extendedTo > Date.parse(course.matchStartedAt!) + maxMs) refuse('extension-too-long', { maxDays: Math.round(maxMs / DAY_MS) });
  return { reviewAtMs, extendedTo: new Date(extendedTo).toISOString() };
}

/** What a course's reviews change of its state. */
export type ReviewedState = Pick<MentorshipState, 'reviewsHeld' | 'plannedEndAt' | 'extensions'>;

/**
 * The course's reviews with those the API stored that it has not taken yet, each once, in the order held: a point held, and an
 * extension's planned end. The course takes them so when it reads its contact, and every answer about it shows them so.
 */
export function withStoredReviews(state: ReviewedState, stored: readonly StoredReview[]): ReviewedState {
  const next: ReviewedState = { reviewsHeld: [...state.reviewsHeld], plannedEndAt: state.plannedEndAt, extensions: state.extensions };
  for (const { atMs, extendedTo } of stored) {
    if (next.reviewsHeld.includes(atMs)) continue;
    next.reviewsHeld.push(atMs);
    if (extendedTo) {
      next.plannedEndAt = extendedTo;
      next.extensions += 1;
    }
  }
  return next;
}
