import { refuse } from '../commands';
import { CheckInCommand, LogMeetingCommand, MEETING_MINUTES, ReviewCommand } from './messages';
import { MentorshipCore } from './mentorship-core';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The active course's part of the state machine: meetings, contact against the policy's target, check-ins and reviews. */
export abstract class ActiveCourse extends MentorshipCore {
  checkMeeting({ meetingId, heldOn, minutes }: LogMeetingCommand, now: Date): void {
    if (this.state.meetings.ids.includes(meetingId)) return; // a retried log is no new meeting
    this.expectPhase('active');
    const today = now.toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(heldOn)) refuse('not-a-date', { field: 'heldOn' });
    if (heldOn > today) refuse('date-in-future', { field: 'heldOn', date: heldOn });
    if (heldOn < this.state.matchStartedAt!.slice(0, 10))
      refuse('before-match-start', { field: 'heldOn', date: heldOn, matchStart: this.state.matchStartedAt!.slice(0, 10) });
    const lastDay = new Date(this.matchStartMs! + this.input.policy.duration.maxMs).toISOString().slice(0, 10);
    if (heldOn > lastDay) refuse('past-maximum-duration', { lastDay });
    if (!Number.isInteger(minutes) || minutes < MEETING_MINUTES.min || minutes > MEETING_MINUTES.max) {
      refuse('minutes-out-of-range', { min: MEETING_MINUTES.min, max: MEETING_MINUTES.max });
    }
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

  /** Contact periods run from the match's first day, in whole days, as meetings are logged by date. */
  get contactPeriodsStartMs(): number {
    return Date.parse(`${this.state.matchStartedAt!.slice(0, 10)}T00:00:00.000Z`);
  }

  private contactPeriodOf(heldOn: string): number {
    const elapsed = Date.parse(`${heldOn}T00:00:00.000Z`) - this.contactPeriodsStartMs;
    return Math.max(0, Math.floor(elapsed / this.input.policy.contact.periodMs));
  }

  checkCheckIn({ heldOn }: CheckInCommand, now: Date): void {
    this.expectPhase('active');
    if (heldOn > now.toISOString().slice(0, 10)) refuse('date-in-future', { field: 'heldOn', date: heldOn });
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
