import type { CheckInParty, RecordedContact, StoredReview } from '../../workflows/mentorship/messages';

interface Contact {
  meetings: Array<{ heldOn: string; minutes: number }>;
  checkIns: CheckInParty[];
  measurements: string[];
  reviews: StoredReview[];
}

/**
 * The meetings, check_ins, measurements and course_reviews tables, in memory, for the workflow tests: the API's side stores
 * contact here (course-steps' `meet`, `checkIn`, `storeMeasurement` and `holdReview`), and the course reads it through
 * `readRecordedContact`, with the contract of the real activity (libs/meetings/recorded-contact.ts).
 */
export class ContactLog {
  private readonly courses = new Map<string, Contact>();

  meeting(mentorshipId: string, heldOn: string, minutes: number): void {
    this.of(mentorshipId).meetings.push({ heldOn, minutes });
  }

  checkIn(mentorshipId: string, party: CheckInParty): void {
    this.of(mentorshipId).checkIns.push(party);
  }

  /** A measurement's slot, "instrument@duePoint". */
  measurement(mentorshipId: string, slot: string): void {
    this.of(mentorshipId).measurements.push(slot);
  }

  review(mentorshipId: string, review: StoredReview): void {
    const { reviews } = this.of(mentorshipId);
    if (reviews.some(({ atMs }) => atMs === review.atMs))
      throw new Error(`review point ${review.atMs} of ${mentorshipId} is stored already`);
    reviews.push(review);
    reviews.sort((a, b) => a.atMs - b.atMs);
  }

  reviewsOf(mentorshipId: string): StoredReview[] {
    return [...this.of(mentorshipId).reviews];
  }

  meetingsOf(mentorshipId: string): number {
    return this.of(mentorshipId).meetings.length;
  }

  async readRecordedContact({ mentorshipId, minutesFrom }: { mentorshipId: string; minutesFrom: string }): Promise<RecordedContact> {
    const { meetings, checkIns, measurements, reviews } = this.of(mentorshipId);
    const days = meetings.map((meeting) => meeting.heldOn).sort();
    const minutesByDay: Record<string, number> = {};
    for (const { heldOn, minutes } of meetings) if (heldOn >= minutesFrom) minutesByDay[heldOn] = (minutesByDay[heldOn] ?? 0) + minutes;
    const count = (party: CheckInParty) => checkIns.filter((p) => p === party).length;
    return {
      meetings: {
        count: meetings.length,
        minutes: meetings.reduce((sum, meeting) => sum + meeting.minutes, 0),
        ...(days.length > 0 ? { firstHeldOn: days[0], lastHeldOn: days.at(-1) } : {}),
      },
      minutesByDay,
      checkIns: { 'young-person': count('young-person'), mentor: count('mentor'), referrer: count('referrer') },
      measurements: [...measurements],
      reviews: [...reviews],
    };
  }

  private of(mentorshipId: string): Contact {
    let contact = this.courses.get(mentorshipId);
    if (!contact) this.courses.set(mentorshipId, (contact = { meetings: [], checkIns: [], measurements: [], reviews: [] }));
    return contact;
  }
}

/** One log for every test file's courses: their ids are unique, and the fixtures' activities and the steps must share it. */
export const contactLog = new ContactLog();
