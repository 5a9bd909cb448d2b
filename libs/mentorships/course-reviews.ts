import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MentorshipPhase, ReviewCommand, StoredReview } from '../../workflows/mentorship/messages';
import { ReviewCourse, ReviewedState, withStoredReviews } from '../../workflows/mentorship/review-rules';
import type { ProgramPolicy } from '../domain/policy/program-policy';
import { storedReviews } from '../meetings/recorded-contact';
import { reviewTerms } from '../programs/mentorship-policy';
import { coded } from '../validation/coded-exceptions';

/** The review point a review holds, and the planned end it extends the course to: what the rules answer (checkReviewFits). */
export interface ReviewHeld {
  reviewAtMs: number;
  extendedTo?: string;
}

/** A review stored, as the course takes it, with the course's reviews and planned end with it. */
export interface StoredReviewResult extends ReviewedState {
  held: StoredReview;
  /** False when a retry of the request that stored it found it (`hold`): the row is the first attempt's, not this one's to undo. */
  fresh: boolean;
}

/** A review as sent: who held it, what was decided, and the request that sent it. */
export interface ReviewSent {
  by: string;
  decision: ReviewCommand['decision'];
  /** The request's idempotency id (commandUpdateId), when it came with a key: its retry finds the review it stored as its own. */
  requestId?: string;
}

interface ReviewedRow {
  phase: MentorshipPhase;
  match_started_at: Date | null;
  reviews_in_records: boolean;
  reviews: StoredReview[];
  /** The policy version's parts a review is checked against. */
  terms: Pick<ProgramPolicy, 'duration' | 'reviews'>;
  /** The point of the review this request stored with this decision, if it did (a retry's own). */
  own_review_at_ms: string | null;
}

/**
 * A course's reviews as rows (course_reviews), for a course whose reviews are all stored here (Mentorship.reviewsInRecords): the
 * course reads them with its contact (RecordedContact.reviews), as it reads its meetings.
 */
@Injectable()
export class CourseReviews {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Stores the review `decide` finds due (refusing, it stores nothing), with the course's row locked, so two reviews sent at once
   * cannot both hold one point or both extend past the maximum. The course as `decide` sees it is made of its rows: its phase and
   * match start, its policy version's review points and durations, and its reviews stored (its planned end is the last extension's,
   * or the match start's planned duration). Undefined, storing nothing, for a course whose earlier reviews only its workflow holds.
   * A retry of a request that stored its review (the same request id and decision) gets that review again, not a refusal of it:
   * its first attempt may have failed after the review was stored, and the course must still be told.
   */
  hold(
    mentorshipId: string,
    { by, decision, requestId }: ReviewSent,
    decide: (course: ReviewCourse) => ReviewHeld,
  ): Promise<StoredReviewResult | undefined> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: ReviewedRow[] = await manager.query(
        `SELECT m.phase, m.match_started_at, m.reviews_in_records, ${storedReviews('m.id')} AS reviews,
                jsonb_build_object('duration', v.policy -> 'duration', 'reviews', v.policy -> 'reviews') AS terms,
                (SELECT r.review_at_ms FROM course_reviews r
                  WHERE r.mentorship_id = m.id AND r.request_id = $2 AND r.decision = $3) AS own_review_at_ms
           FROM mentorships m JOIN program_policy_versions v ON v.program_id = m.program_id AND v.version = m.policy_version
          WHERE m.id = $1 FOR UPDATE OF m`,
        [mentorshipId, requestId ?? null, decision],
      );
      if (!row) throw coded(NotFoundException, 'not-found', { thing: 'mentorship', id: mentorshipId });
      if (!row.reviews_in_records) return undefined;
      const matchStartedAt = row.match_started_at?.toISOString();
      const policy = reviewTerms(row.terms);
      const unreviewed: ReviewedState = {
        reviewsHeld: [],
        plannedEndAt: matchStartedAt && new Date(Date.parse(matchStartedAt) + policy.duration.plannedMs).toISOString(),
        extensions: 0,
      };
      const before = withStoredReviews(unreviewed, row.reviews);
      if (row.own_review_at_ms !== null) {
        const own = Number(row.own_review_at_ms);
        return { held: row.reviews.find(({ atMs }) => atMs === own)!, ...before, fresh: false };
      }
      const { reviewAtMs, extendedTo } = decide({ ...before, phase: row.phase, matchStartedAt, policy });
      await manager.query(
        `INSERT INTO course_reviews (mentorship_id, review_at_ms, decision, extended_to, held_by, request_id)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [mentorshipId, reviewAtMs, decision, extendedTo ?? null, by, requestId ?? null],
      );
      const held = { atMs: reviewAtMs, extendedTo };
      return { held, ...withStoredReviews(before, [held]), fresh: true };
    });
  }

  /** Takes back a review the course could not be told of: it reads only what is stored, so nothing of it is left half-held. */
  async discard(mentorshipId: string, reviewAtMs: number): Promise<void> {
    await this.dataSource.query(`DELETE FROM course_reviews WHERE mentorship_id = $1 AND review_at_ms = $2`, [mentorshipId, reviewAtMs]);
  }
}
