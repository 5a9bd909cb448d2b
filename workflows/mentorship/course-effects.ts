import { ActivityFailure, ApplicationFailure, patched, proxyActivities } from '@temporalio/workflow';
import type { EscalationTriggerActivities } from '../../activities/escalations/escalation-triggers.activities';
import type { MentorSlotActivities } from '../../activities/mentors/mentor-slots.activities';
import type { CourseChange, CourseChangeActivities } from '../../activities/mentorships/course-change.activities';
import type { MentorshipActivities } from '../../activities/mentorships/mentorship.activities';
import type { NudgeInput } from '../../activities/nudges/nudge.activities';
import { ActivitiesOf, PERSISTENT_WORK } from '../activities';
import { refuse } from '../commands';
import { SERIAL_COURSE_WRITES } from '../patches';
import { isRefusalCode, RefusalCode } from '../refusals';
import type { EscalationEvidence } from '../shared/course-escalations';
import { phaseRow, reminderOf, welcomeOf } from './course-rows';
import { Deadline, nextDeadline, settledReason, stillChased } from './deadlines';
import type { Mentorship } from './mentorship';
import type { MeasurementCommand, MentorshipState, MissedMeetingCommand, ProposeMatchCommand } from './messages';
import type { CourseRisk, Trigger } from './risk';

const activities = proxyActivities<
  ActivitiesOf<MentorshipActivities> & ActivitiesOf<EscalationTriggerActivities> & ActivitiesOf<CourseChangeActivities>
>(PERSISTENT_WORK);
/** A reservation answers a coordinator waiting on the API: give up after a few tries rather than hang. */
const reservation = proxyActivities<MentorSlotActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '5 seconds', maximumAttempts: 5 },
});

/** What a command writes besides the phase, the welcome and the settled nudges (see `command`). */
export interface CommandEffects {
  /** What it does besides: a row of its own, an escalation raised. */
  after?: () => Promise<void>;
  /** The slot and attempt rows it changed, read once it has been applied. */
  rows?: () => Pick<CourseChange, 'releasedSlot' | 'attempt'>;
}

/**
 * What a course does outside its workflow: the commands' writes, the
 * deadlines acted on, the nudges settled and the escalations raised. Each
 * step writes what it changed in one activity (every activity costs the
 * history three events and a workflow task).
 */
export class CourseEffects {
  /** Moves with every command and signal that may change a deadline: the main loop waits for it. */
  revision = 0;
  /** A match proposal is reserving its mentor's slot; commands that would change the match wait for it. */
  proposing = false;
  /** The API signalled contact the course waits on (contactRecordedSignal): the main loop reads it. */
  contactStale = false;
  /** The write in flight, settled either way: the next waits for it (see write). */
  private writing?: Promise<void>;

  constructor(
    private readonly course: Mentorship,
    private readonly risk: CourseRisk,
    private readonly workflowId: string,
  ) {}

  /**
   * Applies a command at once (so the next validator sees it), then writes its effects before answering:
   * `rows`, the slot and attempt rows the command changed, with the phase, the welcome and the settled
   * nudges, side by side with `after`, what the command does besides.
   */
  async command(apply: (now: Date) => void | Promise<void>, { after, rows }: CommandEffects = {}): Promise<MentorshipState> {
    const { course } = this;
    const phaseBefore = course.state.phase;
    await apply(new Date());
    this.revision += 1;
    const started = course.state.phase === 'active' && phaseBefore !== 'active';
    const change: CourseChange = {
      ...rows?.(),
      phase: course.state.phase !== phaseBefore ? phaseRow(course) : undefined,
      welcome: started ? welcomeOf(course, this.workflowId) : undefined,
      // Before answering, so whoever did the thing no longer sees a nudge about it.
      resolved: this.settleNudges(),
    };
    await Promise.all([after?.(), this.write(change)]);
    return course.state;
  }

  /** Proposes a mentor, holding one of her slots; refused with the slot activity's reason (e.g. no slot left). */
  async propose(proposal: ProposeMatchCommand, now: Date): Promise<void> {
    const matchingSince = this.course.state.phaseSince;
    this.course.propose(proposal, now);
    this.proposing = true;
    try {
      await reservation.reserveMentorSlot({ mentorId: proposal.mentorId, mentorshipId: this.course.input.mentorshipId });
    } catch (error) {
      this.course.withdrawProposal(matchingSince);
      refuseAsTheSlot(error);
    } finally {
      this.proposing = false;
    }
  }

  /** The deadlines due now, acted on in order, written as one change: the phase they moved, their reminders, the nudges that settles. */
  async actOnDeadlines(): Promise<void> {
    const reminders: NudgeInput[] = [];
    let phaseChanged = false;
    for (let due = nextDeadline(this.course, new Date()); due && due.at <= Date.now(); due = nextDeadline(this.course, new Date())) {
      const effect = this.act(due);
      phaseChanged ||= effect.phaseChanged;
      if (effect.reminder) reminders.push(effect.reminder);
    }
    this.course.state.openNudges.push(...reminders.map((reminder) => reminder.key.slice(this.workflowId.length + 1)));
    await this.write({ phase: phaseChanged ? phaseRow(this.course) : undefined, raised: reminders, resolved: this.settleNudges() });
  }

  /** Resolves the nudges no longer chased: after the course read its contact, and once it is over. */
  async settle(): Promise<void> {
    await this.write({ resolved: this.settleNudges() });
  }

  /** Reads the course's meetings and check-ins as the API stored them (RecordedContact), with the minutes of periods not yet checked. */
  async learnContact(): Promise<void> {
    this.contactStale = false;
    const { course } = this;
    const minutesFrom = course.uncheckedContactFrom;
    course.learnContact(await activities.readRecordedContact({ mentorshipId: course.input.mentorshipId, minutesFrom }));
  }

  /** A WHO-5 with the API's flags: an escalation when it is in the high-risk band or dropped sharply. */
  async weighWellBeing(measurement: MeasurementCommand): Promise<void> {
    if (measurement.instrument !== 'who5' || !measurement.wellBeing) return;
    await this.raiseAutomatically(this.risk.wellBeingTrigger(measurement, measurement.wellBeing), {
      measurementId: measurement.measurementId,
    });
  }

  /** A person's escalation, drafted by the API: the course takes it, and flags itself until it is resolved. */
  async openRequested(escalationId: string): Promise<void> {
    await activities.openRequestedEscalation({ escalationId, mentorshipId: this.course.input.mentorshipId });
    this.risk.opened(escalationId);
  }

  /** A missed meeting told the course one by one, as before the API stored them (recordMissedMeetingUpdate). */
  async missedMeeting({ missedMeetingId, plannedOn, missedBy, by }: MissedMeetingCommand): Promise<void> {
    await activities.recordMissedMeeting({
      missedMeetingId,
      mentorshipId: this.course.input.mentorshipId,
      plannedOn,
      missedBy,
      loggedBy: by,
    });
    await this.weighMissedRun();
  }

  /** The course's current run of missed meetings: an escalation once it is as long as the policy's. */
  async weighMissedRun(): Promise<void> {
    const missedRun = this.risk.missedRun;
    await this.raiseAutomatically(this.risk.missedMeetingsTrigger(), { missedMeetingIds: missedRun });
  }

  async nudgeIgnored(): Promise<void> {
    this.risk.nudgeIgnored();
    await this.raiseAutomatically(this.risk.unansweredNudgesTrigger(), {
      unansweredNudges: this.course.input.policy.escalations.unansweredNudges,
    });
    this.revision += 1;
  }

  /** Raises the engine's own escalation for a rule that fired; each occasion once (see CourseRisk.raising). */
  private async raiseAutomatically(trigger: Trigger | undefined, evidence: EscalationEvidence): Promise<void> {
    if (!trigger) return;
    this.risk.raising(trigger);
    const { input } = this.course;
    const escalationId = await activities.raiseEscalation({
      key: `${this.workflowId}/${trigger.key}`,
      mentorshipId: input.mentorshipId,
      programSlug: input.programSlug,
      municipalityId: input.municipalityId,
      policyVersion: input.policy.policyVersion,
      reason: trigger.reason,
      evidence,
    });
    this.risk.opened(escalationId);
  }

  /** What a deadline that passed unanswered does to the course, and the reminder it sends, if any. */
  private act({ key, action }: Deadline): { phaseChanged: boolean; reminder?: NudgeInput } {
    const { course } = this;
    const now = new Date();
    const remind = (reminderKey: string, kind: string, recipient: Parameters<typeof reminderOf>[4]) =>
      reminderOf(course, this.workflowId, reminderKey, kind, recipient);
    course.state.nudgesSent.push(key);
    switch (action.type) {
      case 'expire-consent':
        course.expireConsent(now);
        return { phaseChanged: true };
      case 'check-contact': {
        const { period, behind } = course.checkContactPeriod(now);
        return {
          phaseChanged: false,
          reminder: behind
            ? remind(`contact-behind:${period}`, 'contact-behind', { role: 'mentor', id: course.state.mentorId! })
            : undefined,
        };
      }
      case 'continuation-unanswered':
        course.state.continuation = { ...course.state.continuation, unansweredAt: now.toISOString() };
        return { phaseChanged: false };
      case 'ask-continuation':
        course.state.continuation = { askedAt: now.toISOString() };
        return { phaseChanged: false, reminder: remind(key, 'continuation-follow-up', { role: 'coordinator' }) };
      case 'nudge':
        return { phaseChanged: false, reminder: remind(key, action.kind, action.recipient) };
    }
  }

  /**
   * Takes the open nudges whose thing has happened (the meeting was logged, the proposal answered) off the
   * course, by the reason they are closed with, for the write to resolve in Postgres and their workflows.
   */
  private settleNudges(): Array<{ keys: string[]; reason: string }> {
    const { course } = this;
    const settled = course.state.openNudges.filter((key) => !stillChased(course, key));
    if (settled.length === 0) return [];
    course.state.openNudges = course.state.openNudges.filter((key) => !settled.includes(key));
    const byReason = new Map<string, string[]>();
    for (const key of settled) {
      const reason = settledReason(course, key);
      byReason.set(reason, [...(byReason.get(reason) ?? []), `${this.workflowId}/${key}`]);
    }
    return [...byReason].map(([reason, keys]) => ({ keys, reason }));
  }

  /**
   * One activity for everything a step changed, none when it changed nothing outside the workflow; one at a time. A command's
   * handler runs while the main loop's write may be in flight: a nudge that write raises, settled by the command meanwhile, was
   * resolved before its row existed and stayed open. Runs begun before version 3 wrote side by side where their histories did
   * (`patched` is asked only when a write is in flight, so a run that never met the case carries no marker).
   */
  private async write(change: CourseChange): Promise<void> {
    if (!Object.values(change).some((part) => part !== undefined && !(Array.isArray(part) && part.length === 0))) return;
    while (this.writing && patched(SERIAL_COURSE_WRITES)) await this.writing;
    const written = activities.recordCourseChange(change);
    const settled = written.then(
      () => undefined,
      () => undefined,
    );
    this.writing = settled;
    try {
      await written;
    } finally {
      if (this.writing === settled) this.writing = undefined;
    }
  }
}

/** Refuses with the reason the slot was not reserved (e.g. the mentor has no free slot), its code and parameters included. */
function refuseAsTheSlot(error: unknown): never {
  const reason = error instanceof ActivityFailure && error.cause instanceof ApplicationFailure ? error.cause : undefined;
  if (reason && isRefusalCode(reason.type))
    (refuse as (code: RefusalCode, ...params: unknown[]) => never)(reason.type, ...(reason.details ?? []));
  refuse('slot-not-reserved');
}
