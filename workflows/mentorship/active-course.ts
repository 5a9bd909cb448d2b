import { refuse } from '../commands';
import { checkCheckInFits, checkMeetingFits, ContactCourse, contactPeriodOf, contactPeriodsStartMs } from './contact-rules';
import { CheckInCommand, LogMeetingCommand, RecordedContact, ReviewCommand } from './messages';
import { MentorshipCore } from './mentorship-core';

const DAY_MS = 24 * 60 * 60 * 1000;

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
   * measurements without waking the course: the counts and days as they are now, the minutes of the contact periods not yet
   * checked (a period already checked stays as it was judged), and the measurements it had not counted yet, where the reading has
   * them (one recorded before it did is replayed as it was taken).
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

  /** The earliest review point reached and not yet held. */
  dueReview(now: Date): number | undefined {
    const elapsed = now.getTime() - (this.matchStartMs ?? now.getTime());
    return this.input.policy.reviewsAtMs.find((at) => at <= elapsed && !this.state.reviewsHeld.includes(at));
  }
  checkReview({ decision }: ReviewCommand, now: Date): void {
    this.expectPhase('active');
    if (this.dueReview(now) === undefined) refuse('no-review-due');
    if (decision === 'extend') this.checkExtension();
  }
  recordReview(command: ReviewCommand, now: Date): void {
    this.checkReview(command, now);
    this.state.reviewsHeld.push(this.dueReview(now)!);
    if (command.decision === 'extend') {
      this.state.plannedEndAt = new Date(Date.parse(this.state.plannedEndAt!) + this.input.policy.duration.extensionMs).toISOString();
      this.state.extensions += 1;
    }
  }
  private checkExtension(): void {
    const { extensionMs, maxMs } = this.input.policy.duration;
    if (Date.parse(this.state.plannedEndAt!) + extensionMs > this.matchStartMs! + maxMs) {
      refuse('extension-too-long', { maxDays: Math.round(maxMs / DAY_MS) });
    }
  }
}
