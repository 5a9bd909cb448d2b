import { refuse } from '../commands';
import { ActiveCourse } from './active-course';
import { checkMeasurementFits } from './measurement-rules';
import { checkAnswerFits, proposalOutcome } from './answer-rules';
import {
  AnswerProposalCommand,
  CloseCommand,
  ContinuationCommand,
  ExitConversationCommand,
  MeasurementCommand,
  MentorshipInput,
  Party,
  ProposeMatchCommand,
} from './messages';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A mentorship as a state machine, free of Temporal's APIs but for its
 * failure type: each command has a check (the update's validator, so a
 * refused command never reaches history) and an apply that checks again.
 */
export class Mentorship extends ActiveCourse {
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
      openNudges: [],
      openEscalations: [],
      escalationsRaised: [],
      missedMeetings: { inARow: 0, ids: [] },
      unansweredNudges: 0,
    });
  }

  // ---- referral, consent, intake
  checkConsent(): void {
    this.expectPhase('awaiting-consent');
  }
  consent(now: Date): void {
    this.checkConsent();
    this.enter('intake', now);
  }
  /** She refused: nothing follows a no. */
  refuseConsent(now: Date): void {
    this.checkConsent();
    this.enter('no-consent', now);
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
    if (!mentorId) refuse('field-required', { field: 'mentorId' });
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

  checkAnswer(answer: AnswerProposalCommand): void {
    checkAnswerFits(answer, { phase: this.state.phase, answers: this.currentAttempt?.answers ?? {} }, refuse);
  }
  /** Records one party's answer: a decline ends the attempt, two accepts start the match. */
  answer(command: AnswerProposalCommand, now: Date): 'declined' | 'accepted' | 'waiting' {
    this.checkAnswer(command);
    const attempt = this.currentAttempt!;
    attempt.answers[command.party] = command.answer;
    const outcome = proposalOutcome(attempt.answers);
    if (outcome === 'declined') {
      attempt.outcome = command.party === 'mentor' ? 'declined-by-mentor' : 'declined-by-young-person';
      this.state.mentorId = undefined;
      this.enter('matching', now);
    } else if (outcome === 'accepted') {
      attempt.outcome = 'accepted';
      if (this.input.policy.matchAgreementRequired) this.enter('agreeing', now);
      else this.startMatch(now);
    }
    return outcome;
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

  // ---- measurements
  /**
   * A slot already counted is refused, unless the command brings a WHO-5's flags: the course may have read the measurement from its
   * row (RecordedContact) between the API storing it and asking, and its flags must still be weighed (once per slot, CourseRisk).
   */
  checkMeasurement(measurement: MeasurementCommand): void {
    checkMeasurementFits(measurement, { phase: this.state.phase, policy: this.input.policy }, refuse);
    const { instrument, duePoint, wellBeing } = measurement;
    if (this.state.measurements.includes(`${instrument}@${duePoint}`) && !wellBeing) {
      refuse('measurement-already-submitted', { instrument, duePoint });
    }
  }
  measurementSubmitted(command: MeasurementCommand, now: Date): void {
    this.checkMeasurement(command);
    const slot = `${command.instrument}@${command.duePoint}`;
    if (!this.state.measurements.includes(slot)) this.state.measurements.push(slot);
    this.finishClosingIfDone(now);
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
    if (kind === 'planned' && this.state.phase !== 'active') refuse('planned-closure-not-active');
    if (kind === 'planned' && now.getTime() < (this.matchStartMs ?? 0) + this.input.policy.duration.minMs) {
      refuse('planned-closure-too-early', { minDays: Math.round(this.input.policy.duration.minMs / DAY_MS) });
    }
    if (kind === 'planned' && reason !== 'completed') refuse('planned-closure-reason');
    if (kind === 'early' && reason === 'completed') refuse('early-closure-reason');
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
    if (!this.exitPartiesNeeded().includes(party)) refuse('no-mentor-for-exit-conversation', { party });
    if (this.state.exitConversations.includes(party)) refuse('exit-conversation-recorded', { party });
  }
  recordExitConversation(command: ExitConversationCommand, now: Date): void {
    this.checkExitConversation(command);
    this.state.exitConversations.push(command.party);
    this.finishClosingIfDone(now);
  }

  /** What closing still waits for: exit conversations, then the closing measurements of a course that started. */
  closingOutstanding(): string[] {
    const parties = this.exitPartiesNeeded()
      .filter((p) => !this.state.exitConversations.includes(p))
      .map((p) => `exit conversation: ${p}`);
    const measurements =
      this.matchStartMs === undefined
        ? []
        : this.input.policy.closingInstruments
            .filter((i) => !this.state.measurements.includes(`${i}@close`))
            .map((i) => `measurement: ${i}`);
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
    if (!this.state.continuation?.askedAt) refuse('continuation-not-asked');
    if (this.state.continuation.answeredAt) refuse('continuation-answered');
  }
  recordContinuation(command: ContinuationCommand, now: Date): void {
    this.checkContinuation();
    this.state.continuation = { ...this.state.continuation, keptInTouch: command.keptInTouch, answeredAt: now.toISOString() };
  }
}
