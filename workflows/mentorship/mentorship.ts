import { refuse } from '../commands';
import {
  AnswerProposalCommand,
  CheckInCommand,
  CloseCommand,
  ContinuationCommand,
  ExitConversationCommand,
  LogMeetingCommand,
  MEETING_MINUTES,
  MeasurementCommand,
  MentorshipInput,
  MentorshipPhase,
  MentorshipState,
  Party,
  PHASES_HOLDING_A_SLOT,
  ProposeMatchCommand,
  ReviewCommand,
} from './messages';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A mentorship as a state machine, free of Temporal's APIs but for its
 * failure type: each command has a check (the update's validator, so a
 * refused command never reaches history) and an apply that checks again.
 */
export class Mentorship {
  /**
   * Contact periods that reach their target are closed quietly at the next
   * occasion instead of waking the course at their end (lean histories; runs
   * begun before them check every period at its end).
   */
  quietContactChecks = false;
  /**
   * Reminders another mail of the same moment already gives are left out
   * (batched deadlines; runs begun before them send each): the welcome asks
   * for the measurements due at the start, and a review due by the planned
   * end, or the maximum reached at it, stands for the planned-end reminder.
   */
  coalescedReminders = false;

  constructor(
    readonly input: MentorshipInput,
    readonly state: MentorshipState,
  ) {}

  static fresh(input: MentorshipInput, now: Date): Mentorship {
    return new Mentorship(input, {
      mentorshipId: input.mentorshipId,
      phase: 'awaiting-consent',
      phaseSince: now.toISOString(),
      attempts: [],
      extensions: 0,
      meetings: { count: 0, minutes: 0, ids: [] },
      contact: { periodsChecked: 0, minutesByPeriod: {} },
      checkIns: { 'young-person': 0, mentor: 0, referrer: 0 },
      measurements: [],
      reviewsHeld: [],
      exitConversations: [],
      nudgesSent: [],
    });
  }

  get holdsSlot(): boolean {
    return PHASES_HOLDING_A_SLOT.includes(this.state.phase);
  }
  get currentAttempt() {
    return this.state.attempts.at(-1);
  }
  get matchStartMs(): number | undefined {
    return this.state.matchStartedAt ? Date.parse(this.state.matchStartedAt) : undefined;
  }

  // ---- referral, consent, intake
  checkConsent(): void {
    this.expectPhase('awaiting-consent');
  }
  consent(now: Date): void {
    this.checkConsent();
    this.enter('intake', now);
  }
  /** The policy's time for consent ran out. */
  expireConsent(now: Date): void {
    if (this.state.phase === 'awaiting-consent') this.enter('no-consent', now);
  }

  checkIntake(): void {
    this.expectPhase('intake');
  }
  completeIntake(now: Date): void {
    this.checkIntake();
    this.enter('matching', now);
  }

  // ---- matching
  checkPropose({ mentorId }: ProposeMatchCommand): void {
    this.expectPhase('matching');
    if (!mentorId) refuse('mentorId is required');
  }
  /** Opens an attempt; undone by withdrawProposal if the mentor's slot cannot be reserved. */
  propose(command: ProposeMatchCommand, now: Date): number {
    this.checkPropose(command);
    const attempt = this.state.attempts.length + 1;
    this.state.attempts.push({ attempt, mentorId: command.mentorId, proposedAt: now.toISOString(), answers: {} });
    this.state.mentorId = command.mentorId;
    this.enter('proposed', now);
    return attempt;
  }
  withdrawProposal(phaseSince: string): void {
    this.state.attempts.pop();
    this.state.mentorId = this.state.attempts.findLast((a) => a.outcome === 'accepted')?.mentorId;
    this.state.phase = 'matching';
    this.state.phaseSince = phaseSince;
  }

  checkAnswer({ party, answer }: AnswerProposalCommand): void {
    this.expectPhase('proposed');
    if (answer !== 'accept' && answer !== 'decline') refuse('answer must be accept or decline');
    if (this.currentAttempt!.answers[party]) refuse(`the ${party} has already answered (${this.currentAttempt!.answers[party]})`);
  }
  /** Records one party's answer: a decline ends the attempt, two accepts start the match. */
  answer(command: AnswerProposalCommand, now: Date): 'declined' | 'accepted' | 'waiting' {
    this.checkAnswer(command);
    const attempt = this.currentAttempt!;
    attempt.answers[command.party] = command.answer;
    if (command.answer === 'decline') {
      attempt.outcome = command.party === 'mentor' ? 'declined-by-mentor' : 'declined-by-young-person';
      this.state.mentorId = undefined;
      this.enter('matching', now);
      return 'declined';
    }
    if (attempt.answers['young-person'] === 'accept' && attempt.answers.mentor === 'accept') {
      attempt.outcome = 'accepted';
      if (this.input.policy.matchAgreementRequired) this.enter('agreeing', now);
      else this.startMatch(now);
      return 'accepted';
    }
    return 'waiting';
  }

  checkAgreement(): void {
    this.expectPhase('agreeing');
  }
  recordAgreement(now: Date): void {
    this.checkAgreement();
    this.startMatch(now);
  }

  private startMatch(now: Date): void {
    this.state.matchStartedAt = now.toISOString();
    this.state.plannedEndAt = new Date(now.getTime() + this.input.policy.duration.plannedMs).toISOString();
    this.enter('active', now);
  }

  // ---- the active course
  checkMeeting({ meetingId, heldOn, minutes }: LogMeetingCommand, now: Date): void {
    if (this.state.meetings.ids.includes(meetingId)) return; // a retried log is no new meeting
    this.expectPhase('active');
    const today = now.toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(heldOn)) refuse('heldOn must be a date, YYYY-MM-DD');
    if (heldOn > today) refuse(`heldOn ${heldOn} is in the future`);
    if (heldOn < this.state.matchStartedAt!.slice(0, 10)) refuse(`heldOn ${heldOn} is before the match started (${this.state.matchStartedAt!.slice(0, 10)})`);
    const lastDay = new Date(this.matchStartMs! + this.input.policy.duration.maxMs).toISOString().slice(0, 10);
    if (heldOn > lastDay) refuse(`the course passed its maximum duration on ${lastDay}; close it`);
    if (!Number.isInteger(minutes) || minutes < MEETING_MINUTES.min || minutes > MEETING_MINUTES.max) {
      refuse(`minutes must be a whole number from ${MEETING_MINUTES.min} to ${MEETING_MINUTES.max}`);
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
    if (this.quietContactChecks) this.closeContactPeriodsMet(now);
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
    if (heldOn > now.toISOString().slice(0, 10)) refuse(`heldOn ${heldOn} is in the future`);
  }
  recordCheckIn(command: CheckInCommand, now: Date): void {
    this.checkCheckIn(command, now);
    this.state.checkIns[command.party] += 1;
  }

  checkMeasurement({ instrument, duePoint }: MeasurementCommand): void {
    this.expectPhase('active', 'closing');
    const known = duePoint === 'close' ? this.input.policy.closingInstruments.includes(instrument) : this.input.policy.measurements.some((d) => d.instrument === instrument && d.duePoint === duePoint);
    if (!known) refuse(`${instrument} is not scheduled at ${duePoint} in this program`);
    if (duePoint === 'close' && this.state.phase !== 'closing') refuse('closing measurements are taken once the course is closing');
    if (this.state.measurements.includes(`${instrument}@${duePoint}`)) refuse(`${instrument} at ${duePoint} was already submitted`);
  }
  measurementSubmitted(command: MeasurementCommand, now: Date): void {
    this.checkMeasurement(command);
    this.state.measurements.push(`${command.instrument}@${command.duePoint}`);
    this.finishClosingIfDone(now);
  }

  /** The earliest review point reached and not yet held. */
  dueReview(now: Date): number | undefined {
    const elapsed = now.getTime() - (this.matchStartMs ?? now.getTime());
    return this.input.policy.reviewsAtMs.find((at) => at <= elapsed && !this.state.reviewsHeld.includes(at));
  }
  checkReview({ decision }: ReviewCommand, now: Date): void {
    this.expectPhase('active');
    if (this.dueReview(now) === undefined) refuse('no review is due yet');
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
      refuse(`an extension would pass the program's maximum duration (${Math.round(maxMs / DAY_MS)} days from the match start)`);
    }
  }

  // ---- endings
  checkMentorLeft(): void {
    this.expectPhase('proposed', 'agreeing', 'active');
  }
  /** The young person goes back to matching; the course's history keeps the attempt. */
  mentorLeft(now: Date): string {
    this.checkMentorLeft();
    const mentorId = this.state.mentorId!;
    this.currentAttempt!.outcome = 'mentor-left';
    this.state.mentorId = undefined;
    this.enter('matching', now);
    return mentorId;
  }

  checkClose({ kind, reason }: CloseCommand, now: Date): void {
    this.expectPhase('intake', 'matching', 'proposed', 'agreeing', 'active');
    if (kind === 'planned' && this.state.phase !== 'active') refuse('only an active course can close as planned');
    if (kind === 'planned' && now.getTime() < (this.matchStartMs ?? 0) + this.input.policy.duration.minMs) {
      refuse(`a planned closure needs the minimum duration (${Math.round(this.input.policy.duration.minMs / DAY_MS)} days); close early instead`);
    }
    if (kind === 'planned' && reason !== 'completed') refuse('a planned closure has the reason "completed"');
    if (kind === 'early' && reason === 'completed') refuse('an early closure needs the reason it ended early');
  }
  /** Moves to closing; returns the mentor whose slot the course held, if any. */
  close(command: CloseCommand, now: Date): string | undefined {
    this.checkClose(command, now);
    const slotHolder = this.holdsSlot ? this.state.mentorId : undefined;
    if (this.state.phase === 'proposed') this.currentAttempt!.outcome = 'closed';
    this.state.closure = { kind: command.kind, reason: command.reason, outcome: command.outcome, by: command.by, at: now.toISOString() };
    this.enter('closing', now);
    this.finishClosingIfDone(now);
    return slotHolder;
  }

  checkExitConversation({ party }: ExitConversationCommand): void {
    this.expectPhase('closing');
    if (!this.exitPartiesNeeded().includes(party)) refuse(`no exit conversation with the ${party}: the course never had a mentor`);
    if (this.state.exitConversations.includes(party)) refuse(`the exit conversation with the ${party} is already recorded`);
  }
  recordExitConversation(command: ExitConversationCommand, now: Date): void {
    this.checkExitConversation(command);
    this.state.exitConversations.push(command.party);
    this.finishClosingIfDone(now);
  }

  /** What closing still waits for: exit conversations, then the closing measurements of a course that started. */
  closingOutstanding(): string[] {
    const parties = this.exitPartiesNeeded().filter((p) => !this.state.exitConversations.includes(p)).map((p) => `exit conversation: ${p}`);
    const measurements = this.matchStartMs === undefined ? [] : this.input.policy.closingInstruments.filter((i) => !this.state.measurements.includes(`${i}@close`)).map((i) => `measurement: ${i}`);
    return [...parties, ...measurements];
  }

  private exitPartiesNeeded(): Party[] {
    return this.state.attempts.some((a) => a.outcome === 'accepted') ? ['young-person', 'mentor'] : ['young-person'];
  }

  private finishClosingIfDone(now: Date): void {
    if (this.state.phase === 'closing' && this.closingOutstanding().length === 0) this.enter('closed', now);
  }

  // ---- continuation
  checkContinuation(): void {
    this.expectPhase('closed');
    if (!this.state.continuation?.askedAt) refuse('the program has not asked about continuation yet');
    if (this.state.continuation.answeredAt) refuse('the continuation answer is already recorded');
  }
  recordContinuation(command: ContinuationCommand, now: Date): void {
    this.checkContinuation();
    this.state.continuation = { ...this.state.continuation, keptInTouch: command.keptInTouch, answeredAt: now.toISOString() };
  }

  private expectPhase(...phases: MentorshipPhase[]): void {
    if (!phases.includes(this.state.phase)) {
      refuse(`the mentorship is ${this.state.phase}; this needs ${phases.length > 1 ? 'one of ' : ''}${phases.join(', ')}`);
    }
  }

  private enter(phase: MentorshipPhase, now: Date): void {
    this.state.phase = phase;
    this.state.phaseSince = now.toISOString();
  }
}
