import { refuse } from '../commands';
import type { EscalationReason } from '../shared/course-escalations';
import { checkMissedMeetingFits } from './contact-rules';
import type { Mentorship } from './mentorship';
import type {
  EscalationThresholds,
  MentorshipPhase,
  MentorshipState,
  MissedMeetingCommand,
  MissedRunCommand,
  RaiseEscalationCommand,
  WellBeingFlags,
} from './messages';

/**
 * From consent until closure a person may raise a concern; before consent there is no course to be concerned about, after closure it is
 * over.
 */
const PHASES_TAKING_CONCERNS: readonly MentorshipPhase[] = ['intake', 'matching', 'proposed', 'agreeing', 'active', 'closing'];

/** One occasion on which the engine raises an escalation itself; the key makes it once. */
export interface Trigger {
  key: string;
  reason: EscalationReason;
}

/**
 * A course's escalations: which are open (the risk flag), and the engine's
 * rules for raising its own from a WHO-5, a run of missed meetings or the
 * mentor's unanswered nudges, each occasion once.
 */
export class CourseRisk {
  constructor(private readonly course: Mentorship) {}

  private get state(): MentorshipState {
    return this.course.state;
  }

  private get thresholds(): EscalationThresholds {
    return this.course.input.policy.escalations;
  }

  get flagged(): boolean {
    return this.state.openEscalations.length > 0;
  }

  checkRaise({ escalationId }: RaiseEscalationCommand): void {
    if (!escalationId) refuse('field-required', { field: 'escalationId' });
    if (this.state.openEscalations.includes(escalationId)) return; // a retry
    const { phase } = this.course.state;
    if (!PHASES_TAKING_CONCERNS.includes(phase)) refuse('concern-wrong-phase', { phase });
  }

  opened(escalationId: string): void {
    if (!this.state.openEscalations.includes(escalationId)) this.state.openEscalations.push(escalationId);
  }

  closed(escalationId: string): void {
    this.state.openEscalations = this.state.openEscalations.filter((id) => id !== escalationId);
  }

  checkMissedMeeting(missed: MissedMeetingCommand, now: Date): void {
    if (!missed.missedMeetingId) refuse('field-required', { field: 'missedMeetingId' });
    if (this.state.missedMeetings.ids.includes(missed.missedMeetingId)) return; // a retry
    checkMissedMeetingFits(missed, this.course.contactCourse, now, refuse);
  }

  checkMissedRun({ run }: MissedRunCommand): void {
    if (!Array.isArray(run) || run.length === 0 || !run.every((id) => typeof id === 'string' && id !== ''))
      refuse('field-required', { field: 'run' });
    const { phase } = this.course.state;
    if (phase !== 'active') refuse('missed-meeting-wrong-phase', { phase });
  }

  /**
   * Takes the API's run (the missed meetings since the last meeting logged) as the course's current one, less those already
   * counted: in an escalation raised, or before a meeting the course was told of. So a retry of the run that raised one, or a run
   * asked about again as it grows past it, starts no second occasion.
   */
  takeMissedRun(run: string[]): void {
    const missed = this.state.missedMeetings;
    const counted = missed.ids.slice(0, missed.ids.length - missed.inARow);
    const current = run.filter((id) => !counted.includes(id));
    missed.ids = [...counted, ...current];
    missed.inARow = current.length;
  }

  /** The ids of the current run of missed meetings. */
  get missedRun(): string[] {
    const { ids, inARow } = this.state.missedMeetings;
    return ids.slice(ids.length - inARow);
  }

  /**
   * Answers false for a retry. Meetings reach the course only now and then (RecordedContact), so the API says how many were logged
   * when this one was missed: more than when the run's last was missed ends the run. (Before the API counted them, each meeting
   * ended the run itself, through meetingHeld, and kept the course's own count current.)
   */
  meetingMissed({ missedMeetingId, meetingsHeld }: MissedMeetingCommand): boolean {
    const missed = this.state.missedMeetings;
    if (missed.ids.includes(missedMeetingId)) return false;
    if (meetingsHeld !== undefined) {
      if (meetingsHeld > (missed.heldBefore ?? this.state.meetings.count)) missed.inARow = 0;
      missed.heldBefore = meetingsHeld;
    }
    missed.ids.push(missedMeetingId);
    missed.inARow += 1;
    return true;
  }

  /** A meeting held ends a run of missed ones. */
  meetingHeld(): void {
    this.state.missedMeetings.inARow = 0;
  }

  nudgeIgnored(): void {
    this.state.unansweredNudges += 1;
  }

  missedMeetingsTrigger(): Trigger | undefined {
    if (this.state.missedMeetings.inARow < this.thresholds.missedMeetingsInARow) return undefined;
    return this.occasion('missed-meetings');
  }

  unansweredNudgesTrigger(): Trigger | undefined {
    if (this.state.unansweredNudges < this.thresholds.unansweredNudges) return undefined;
    return this.occasion('unanswered-nudges');
  }

  /** One escalation per measurement: high risk is the more urgent reason when both hold. */
  wellBeingTrigger(measurement: { instrument: string; duePoint: string }, flags: WellBeingFlags): Trigger | undefined {
    const key = `${measurement.instrument}@${measurement.duePoint}`;
    if (this.state.escalationsRaised.includes(key)) return undefined;
    if (flags.highRisk) return { key, reason: 'who5-high-risk' };
    if (flags.sharpDrop) return { key, reason: 'who5-drop' };
    return undefined;
  }

  /**
   * Uses up the trigger's occasion and starts its count again, before the
   * escalation is raised, so a second signal arriving meanwhile cannot raise
   * the same occasion twice.
   */
  raising(trigger: Trigger): void {
    this.state.escalationsRaised.push(trigger.key);
    if (trigger.reason === 'missed-meetings') this.state.missedMeetings.inARow = 0;
    if (trigger.reason === 'unanswered-nudges') this.state.unansweredNudges = 0;
  }

  /** Runs are numbered, so the third run of missed meetings is a new occasion and its retry is not. */
  private occasion(reason: 'missed-meetings' | 'unanswered-nudges'): Trigger {
    const earlier = this.state.escalationsRaised.filter((key) => key.startsWith(`${reason}#`)).length;
    return { key: `${reason}#${earlier + 1}`, reason };
  }
}
