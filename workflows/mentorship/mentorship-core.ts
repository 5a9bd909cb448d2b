import { refuse } from '../commands';
import { MentorshipInput, MentorshipPhase, MentorshipState, PHASES_HOLDING_A_SLOT } from './messages';

/** What every part of a course's state machine reads and how it moves from phase to phase. */
export abstract class MentorshipCore {
  constructor(
    readonly input: MentorshipInput,
    readonly state: MentorshipState,
  ) {}

  get holdsSlot(): boolean {
    return PHASES_HOLDING_A_SLOT.includes(this.state.phase);
  }
  get currentAttempt() {
    return this.state.attempts.at(-1);
  }
  get matchStartMs(): number | undefined {
    return this.state.matchStartedAt ? Date.parse(this.state.matchStartedAt) : undefined;
  }

  protected expectPhase(...phases: MentorshipPhase[]): void {
    if (!phases.includes(this.state.phase)) {
      refuse('wrong-phase', { subject: 'mentorship', phase: this.state.phase, needed: phases });
    }
  }

  protected enter(phase: MentorshipPhase, now: Date): void {
    this.state.phase = phase;
    this.state.phaseSince = now.toISOString();
  }
}
