import { refuse } from '../commands';
import { checkCheckInFits, checkMeetingFits, ContactCourse, contactPeriodOf, contactPeriodsStartMs } from './contact-rules';
import { CheckInCommand, LogMeetingCommand, RecordedContact, ReviewCommand, StoredReview } from './messages';
import { MentorshipCore } from './mentorship-core';
import { checkReviewFits, ReviewCourse, withStoredReviews } from './review-rules';

/** The active course's part of the state machine: meetings, contact against the policy's target, check-ins and reviews. */
export abstract class ActiveCourse extends MentorshipCore {
  checkMeeting(meeting: LogMeetingCommand, now: Date): void {
    if (this.state.meetings.ids.includes(meeting.meetingId)) return; // a retried log is no new meeting
    checkMeetingFits(meeting, this.contactCourse, now, refuse);
  }
  logMeeting(command: LogMeetingCommand, now: Date): boolean {
    this.checkMeeting(command, now);
    const { meetings } = this.state;
    if (meetings.ids.includes(command.meetingId)) return false;
    meetings.ids.push(command.meetingId);
    meetings.count += 1;
    meetings.minutes += command.minutes;
    if (!meetings.lastHeldOn || command.heldOn > meetings.lastHeldOn) meetings.lastHeldOn = command.heldOn;
    if (!this.state.firstMeetingOn || command.heldOn < this.state.firstMeetingOn) this.state.firstMeetingOn = command.heldOn;
    const period = this.contactPeriodOf(command.heldOn);
    if (period >= this.state.contact.periodsChecked) {
      this.state.contact.minutesByPeriod[period] = (this.state.contact.minutesByPeriod[period] ?? 0) + command.minutes;
    }
    return true;
  }

  /**
   * Takes the course's contact as PostgreSQL holds it, where the API stores meetings, check-ins and (while it is active)
   * measurements and reviews, waking the course only for what it waits on: the counts and days as they are now, the minutes of
   * the contact periods not yet checked (a period already checked stays as it was judged), and the measurements and reviews it
   * had not taken yet, where the reading has them (one recorded before it did is replayed as it was taken).
   */
  learnContact(recorded: RecordedContact): void {
    const { meetings, contact } = this.state;
    meetings.count = recorded.meetings.count;
    meetings.minutes = recorded.meetings.minutes;
    meetings.lastHeldOn = recorded.meetings.lastHeldOn;
    this.state.firstMeetingOn = recorded.meetings.firstHeldOn;
    this.state.checkIns = { ...recorded.checkIns };
    contact.minutesByPeriod = {};
    for (const [day, minutes] of Object.entries(recorded.minutesByDay)) {
      const period = this.contactPeriodOf(day);
      if (period >= contact.periodsChecked) contact.minutesByPeriod[period] = (contact.minutesByPeriod[period] ?? 0) + minutes;
    }
    const counted = this.state.measurements;
    for (const slot of recorded.measurements ?? []) if (!counted.includes(slot)) counted.push(slot);
    this.takeReviews(recorded.reviews ?? []);
  }

  /** The first day of the oldest contact period not yet checked: the course reads the minutes met from it on. */
  get uncheckedContactFrom(): string {
    return new Date(this.contactPeriodsStartMs + this.state.contact.periodsChecked * this.input.policy.contact.periodMs)
      .toISOString()
      .slice(0, 10);
  }

  /** What the rules shared with the API read of the course (contact-rules.ts). */
  get contactCourse(): ContactCourse {
    const { policy } = this.input;
    return {
      phase: this.state.phase,
      matchStartedAt: this.state.matchStartedAt,
      maxMs: policy.duration.maxMs,
      timeZone: policy.timeZone ?? 'UTC',
    };
  }

  /** Closes the oldest unchecked contact period; true when it fell short of the policy's target. */
  checkContactPeriod(now: Date): { period: number; behind: boolean } {
    this.closeContactPeriodsMet(now);
    const { contact } = this.state;
    const period = contact.periodsChecked;
    const minutes = contact.minutesByPeriod[period] ?? 0;
    delete contact.minutesByPeriod[period];
    contact.periodsChecked += 1;
    return { period, behind: minutes < this.input.policy.contact.targetMinutes };
  }

  /** Closes, without a word, the periods that ended having reached the target: nothing in them needs chasing. */
  closeContactPeriodsMet(now: Date): void {
    const { contact } = this.state;
    while (this.contactPeriodEndMs(contact.periodsChecked) <= now.getTime() && this.contactPeriodMet(contact.periodsChecked)) {
      delete contact.minutesByPeriod[contact.periodsChecked];
      contact.periodsChecked += 1;
    }
  }

  contactPeriodMet(period: number): boolean {
    return (this.state.contact.minutesByPeriod[period] ?? 0) >= this.input.policy.contact.targetMinutes;
  }

  contactPeriodEndMs(period: number): number {
    return this.contactPeriodsStartMs + (period + 1) * this.input.policy.contact.periodMs;
  }

  private get contactPeriodsStartMs(): number {
    return contactPeriodsStartMs(this.state.matchStartedAt!);
  }

  private contactPeriodOf(day: string): number {
    return contactPeriodOf(this.state.matchStartedAt!, this.input.policy.contact.periodMs, day);
  }

  checkCheckIn(checkIn: CheckInCommand, now: Date): void {
    checkCheckInFits(checkIn, this.contactCourse, now, refuse);
  }
  recordCheckIn(command: CheckInCommand, now: Date): void {
    this.checkCheckIn(command, now);
    this.state.checkIns[command.party] += 1;
  }

  /** What the review rules shared with the API read of the course (review-rules.ts). */
  get reviewCourse(): ReviewCourse {
    const { phase, matchStartedAt, plannedEndAt, reviewsHeld } = this.state;
    return { phase, matchStartedAt, plannedEndAt, reviewsHeld, policy: this.input.policy };
  }

  /** A review sent as a command: by courses begun before the API stored them, whose earlier reviews only the workflow holds. */
  checkReview(review: ReviewCommand, now: Date): void {
    checkReviewFits(review, this.reviewCourse, now, refuse);
  }
  recordReview(review: ReviewCommand, now: Date): void {
    const { reviewAtMs, extendedTo } = checkReviewFits(review, this.reviewCourse, now, refuse);
    this.takeReviews([{ atMs: reviewAtMs, extendedTo }]);
  }

  /** Reviews held: their points, and an extension's planned end; one taken already is not taken again. */
  takeReviews(reviews: StoredReview[]): void {
    Object.assign(this.state, withStoredReviews(this.state, reviews));
  }
}
