import { refuse } from '../commands';
import { ENDED_PHASES, EndCommand, MentorPathInput, MentorPathState, MentorPhase, ScreeningStepCommand, SlotResult } from './messages';

/**
 * A mentor's path as a state machine, free of Temporal: each command has a
 * check (used as the update's validator, so a refused command never reaches
 * history) and an apply that checks again and changes the state.
 */
export class MentorPath {
  constructor(
    readonly input: MentorPathInput,
    readonly state: MentorPathState,
  ) {}

  static fresh(input: MentorPathInput, now: Date): MentorPath {
    return new MentorPath(input, {
      mentorId: input.mentorId,
      phase: 'applied',
      phaseSince: now.toISOString(),
      screening: [],
      mentorships: [],
      capacity: input.policy.capacity,
      nudgesSent: [],
      openNudges: [],
    });
  }

  get ended(): boolean {
    return ENDED_PHASES.includes(this.state.phase);
  }

  /** Steps the policy requires that have not passed yet. */
  get pendingSteps() {
    const passed = new Set(this.state.screening.filter((r) => r.result === 'passed').map((r) => r.step));
    return this.input.policy.screeningSteps.filter((step) => !passed.has(step));
  }

  checkBeginScreening(): void {
    this.expectPhase('applied');
  }
  beginScreening(now: Date): void {
    this.checkBeginScreening();
    this.enter(this.pendingSteps.length ? 'screening' : this.afterScreening(), now);
  }

  checkScreeningStep({ step, result }: ScreeningStepCommand): void {
    this.expectPhase('screening');
    if (!this.input.policy.screeningSteps.includes(step)) {
      refuse('not-a-screening-step', { step, steps: this.input.policy.screeningSteps });
    }
    if (!this.pendingSteps.includes(step)) refuse('step-already-passed', { step });
    if (result !== 'passed' && result !== 'failed') refuse('not-one-of', { field: 'result', allowed: ['passed', 'failed'] });
  }
  recordScreeningStep(command: ScreeningStepCommand, now: Date): void {
    this.checkScreeningStep(command);
    this.state.screening.push({ step: command.step, result: command.result, by: command.by, at: now.toISOString() });
    if (command.result === 'failed') this.end('rejected', 'failed-screening', now);
    else if (this.pendingSteps.length === 0) this.enter(this.afterScreening(), now);
  }

  checkEnrol(): void {
    this.expectPhase('course');
    if (this.state.courseEnrolledAt) refuse('already-enrolled');
  }
  enrol(now: Date): void {
    this.checkEnrol();
    this.state.courseEnrolledAt = now.toISOString();
  }

  checkCompleteCourse(): void {
    this.expectPhase('course');
    if (!this.state.courseEnrolledAt) refuse('not-enrolled');
  }
  completeCourse(now: Date): void {
    this.checkCompleteCourse();
    this.state.courseCompletedAt = now.toISOString();
    this.enter('awaiting-approval', now);
  }

  checkApprove(): void {
    this.expectPhase('awaiting-approval');
  }
  approve(by: string, now: Date): void {
    this.checkApprove();
    this.state.approvedBy = by;
    this.state.approvedAt = now.toISOString();
    this.enter('available', now);
  }

  checkPause(): void {
    this.expectPhase('available');
  }
  pause(now: Date): void {
    this.checkPause();
    this.enter('paused', now);
  }

  checkResume(): void {
    this.expectPhase('paused');
  }
  resume(now: Date): void {
    this.checkResume();
    this.enter('available', now);
  }

  checkRetire(): void {
    this.expectPhase('available', 'paused');
    const carried = this.state.mentorships.length;
    if (carried > 0) refuse('mentor-carries-mentorships', { count: carried });
  }
  retire(command: EndCommand, now: Date): void {
    this.checkRetire();
    this.end('retired', command.reason, now);
  }

  checkReject(): void {
    this.expectPhase('applied', 'screening', 'course', 'awaiting-approval');
  }
  reject(command: EndCommand, now: Date): void {
    this.checkReject();
    this.end('rejected', command.reason, now);
  }

  /** A mentor may withdraw at any time; mentorships they carried go back to matching. */
  checkWithdraw(): void {
    if (this.ended) refuse('path-ended', { phase: this.state.phase });
  }
  withdraw(command: EndCommand, now: Date): void {
    this.checkWithdraw();
    this.end('withdrawn', command.reason, now);
  }

  checkReserveSlot(mentorshipId: string): void {
    if (this.state.mentorships.includes(mentorshipId)) return; // a retried reservation is no new reservation
    this.expectPhase('available');
    if (this.state.mentorships.length >= this.state.capacity) {
      refuse('no-free-slot', { taken: this.state.mentorships.length, capacity: this.state.capacity });
    }
  }
  reserveSlot(mentorshipId: string): SlotResult {
    this.checkReserveSlot(mentorshipId);
    if (!this.state.mentorships.includes(mentorshipId)) this.state.mentorships.push(mentorshipId);
    return this.slots(mentorshipId);
  }

  /** Releasing is always allowed and idempotent: a closing mentorship must never be stuck on it. */
  releaseSlot(mentorshipId: string): SlotResult {
    this.state.mentorships = this.state.mentorships.filter((id) => id !== mentorshipId);
    return this.slots(mentorshipId);
  }

  private slots(mentorshipId: string): SlotResult {
    return { mentorshipId, activeMentorships: this.state.mentorships.length, capacity: this.state.capacity };
  }

  private afterScreening(): MentorPhase {
    return this.input.policy.courseRequired ? 'course' : 'awaiting-approval';
  }

  private expectPhase(...phases: MentorPhase[]): void {
    if (!phases.includes(this.state.phase)) {
      refuse('wrong-phase', { subject: 'mentor', phase: this.state.phase, needed: phases });
    }
  }

  private enter(phase: MentorPhase, now: Date): void {
    this.state.phase = phase;
    this.state.phaseSince = now.toISOString();
  }

  private end(phase: MentorPhase, reason: EndCommand['reason'], now: Date): void {
    this.state.endReason = reason;
    this.enter(phase, now);
  }
}
