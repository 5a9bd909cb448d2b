import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MentorshipPhase, ReviewCommand, StoredReview } from '../../workflows/mentorship/messages';
import { ReviewCourse, ReviewedState, withStoredReviews } from '../../workflows/mentorship/review-rules';
import { durationMs } from '../domain/duration';
import { storedReviews } from '../meetings/recorded-contact';
import { coded } from '../validation/coded-exceptions';

/** The review point a review holds, and the planned end it extends the course to: what the rules answer (checkReviewFits). */
export interface ReviewHeld {
  reviewAtMs: number;
  extendedTo?: string;
}

/** A review stored, as the course takes it, with the course's reviews and planned end with it. */
export interface StoredReviewResult extends ReviewedState {
  held: StoredReview;
}

interface ReviewedRow {
  phase: MentorshipPhase;
  match_started_at: Date | null;
  reviews_in_records: boolean;
  reviews: StoredReview[];
  reviews_at: string[];
  planned: string;
  extension: string;
  max: string;
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
   */
  hold(
    mentorshipId: string,
    by: string,
    decision: ReviewCommand['decision'],
    decide: (course: ReviewCourse) => ReviewHeld,
  ): Promise<StoredReviewResult | undefined> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: ReviewedRow[] = await manager.query(
        `SELECT m.phase, m.match_started_at, m.reviews_in_records, ${storedReviews('m.id')} AS reviews,
                v.policy #> '{reviews,at}' AS reviews_at, v.policy #>> '{duration,planned}' AS planned,
                v.policy #>> '{duration,extension}' AS extension, v.policy #>> '{duration,max}' AS max
           FROM mentorships m JOIN program_policy_versions v ON v.program_id = m.program_id AND v.version = m.policy_version
          WHERE m.id = $1 FOR UPDATE OF m`,
        [mentorshipId],
      );
      if (!row) throw coded(NotFoundException, 'not-found', { thing: 'mentorship', id: mentorshipId });
      if (!row.reviews_in_records) return undefined;
      const matchStartedAt = row.match_started_at?.toISOString();
      const unreviewed: ReviewedState = {
        reviewsHeld: [],
        plannedEndAt: matchStartedAt && new Date(Date.parse(matchStartedAt) + durationMs(row.planned)).toISOString(),
        extensions: 0,
      };
      const before = withStoredReviews(unreviewed, row.reviews);
      const policy = {
        reviewsAtMs: row.reviews_at.map(durationMs).sort((a, b) => a - b),
        duration: { extensionMs: durationMs(row.extension), maxMs: durationMs(row.max) },
      };
      const { reviewAtMs, extendedTo } = decide({ ...before, phase: row.phase, matchStartedAt, policy });
      await manager.query(
        `INSERT INTO course_reviews (mentorship_id, review_at_ms, decision, extended_to, held_by) VALUES ($1, $2, $3, $4, $5)`,
        [mentorshipId, reviewAtMs, decision, extendedTo ?? null, by],
      );
      const held = { atMs: reviewAtMs, extendedTo };
      return { held, ...withStoredReviews(before, [held]) };
    });
  }

  /** Takes back a review the course could not be told of: it reads only what is stored, so nothing of it is left half-held. */
  async discard(mentorshipId: string, reviewAtMs: number): Promise<void> {
    await this.dataSource.query(`DELETE FROM course_reviews WHERE mentorship_id = $1 AND review_at_ms = $2`, [mentorshipId, reviewAtMs]);
  }
}
