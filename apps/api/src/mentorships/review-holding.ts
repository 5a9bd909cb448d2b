import { Injectable } from '@nestjs/common';
import { CourseReviews, StoredReviewResult } from '../../../../libs/mentorships/course-reviews';
import { recordReviewUpdate, type ReviewCommand } from '../../../../workflows/mentorship/messages';
import { checkReviewFits } from '../../../../workflows/mentorship/review-rules';
import { currentCommandUpdateId } from '../idempotency/command-update-id';
import { storeThenSignal } from '../workflow-commands';
import { MentorshipWorkflows } from './mentorship-workflows';
import { ReviewHeldView } from './mentorship-state.view';
import { refuseHere } from './refuse-here';

/**
 * A review held at the course's review point: checked against its rows by the rules the course keeps (review-rules.ts), stored
 * (CourseReviews), and the course told (reviewHeldSignal) with what it would read with its contact. It is always told: a review is
 * due only from its point on, when the course raised (or is raising) the nudge that chases it, and an extension moves the planned
 * end it waits for. Telling is a signal, so the answer does not wait for the course. A signal that failed but may have landed (a
 * timeout) leaves the review stored, as the course may hold it: the client's retry with the same Idempotency-Key finds it as its own
 * and tells the course again. A course whose earlier reviews only its workflow holds takes the review as a command, as before the
 * API stored them.
 */
@Injectable()
export class ReviewHolding {
  constructor(
    private readonly workflows: MentorshipWorkflows,
    private readonly reviews: CourseReviews,
  ) {}

  async hold(mentorshipId: string, { by, decision }: ReviewCommand): Promise<ReviewHeldView> {
    const sent = { by, decision, requestId: currentCommandUpdateId() };
    const stored = await this.reviews.hold(mentorshipId, sent, (course) => checkReviewFits({ decision }, course, new Date(), refuseHere));
    if (!stored) {
      const state = await this.workflows.command(mentorshipId, recordReviewUpdate, { by, decision });
      // The point a command holds is the one it added last (ActiveCourse.recordReview).
      return viewOf(mentorshipId, decision, { ...state, held: { atMs: state.reviewsHeld.at(-1)! } });
    }
    // Told of nothing, the course would not settle the nudge chasing the review until it next reads its contact: a review surely
    // not told is taken back, to be sent again.
    const discard = () => this.reviews.discard(mentorshipId, stored.held.atMs);
    await storeThenSignal(
      async () => (stored.fresh ? discard : undefined),
      () => this.workflows.reviewHeld(mentorshipId, stored.held),
    );
    return viewOf(mentorshipId, decision, stored);
  }
}

function viewOf(mentorshipId: string, decision: ReviewCommand['decision'], stored: Omit<StoredReviewResult, 'fresh'>): ReviewHeldView {
  const { held, reviewsHeld, plannedEndAt, extensions } = stored;
  return { mentorshipId, decision, reviewAtMs: held.atMs, reviewsHeld, plannedEndAt: plannedEndAt!, extensions };
}
