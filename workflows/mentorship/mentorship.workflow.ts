import {
  ActivityFailure,
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  patched,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { MentorSlotActivities } from '../../activities/mentors/mentor-slots.activities';
import type { CourseChange, CourseChangeActivities } from '../../activities/mentorships/course-change.activities';
import type { MatchAttemptInput, MentorshipActivities, MentorshipPhaseInput } from '../../activities/mentorships/mentorship.activities';
import type { NudgeActivities, NudgeInput, WelcomeMatch } from '../../activities/nudges/nudge.activities';
import type { EscalationTriggerActivities } from '../../activities/escalations/escalation-triggers.activities';
import type { EscalationEvidence } from '../escalation/messages';
import { ActivitiesOf, PERSISTENT_WORK } from '../activities';
import { Alarm } from '../alarm';
import { onCommand, refuse } from '../commands';
import {
  MentorflowMentorId,
  MentorflowMonthsActive,
  MentorflowMunicipality,
  MentorflowNextDue,
  MentorflowPhase,
  MentorflowPhaseSince,
  MentorflowProgram,
  MentorflowRiskFlag,
} from '../search-attributes';
import { nudgeIgnoredSignal } from '../nudge/messages';
import { BATCHED_DEADLINES, ESCALATIONS, LEAN_HISTORY, NUDGE_LIFECYCLE, ONE_WRITE_PER_STEP } from '../patches';
import { Deadline, deadlines, isFinished, NudgeRecipient, settledReason, stillChased } from './deadlines';
import { Mentorship } from './mentorship';
import * as m from './messages';
import { CourseRisk, Trigger } from './risk';

const activities = proxyActivities<
  ActivitiesOf<MentorshipActivities> &
    ActivitiesOf<MentorSlotActivities> &
    ActivitiesOf<NudgeActivities> &
    ActivitiesOf<EscalationTriggerActivities> &
    ActivitiesOf<CourseChangeActivities>
>(PERSISTENT_WORK);
/** A reservation answers a coordinator waiting on the API: give up after a few tries rather than hang. */
const reservation = proxyActivities<MentorSlotActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '5 seconds', maximumAttempts: 5 },
});

const MONTH_MS = 30 * 24 * 60 * 60 * 1000;
const DEFAULT_HISTORY_LIMIT = 2000;

export interface MentorshipRun extends m.MentorshipInput {
  /** Carried across continue-as-new. */
  state?: m.MentorshipState;
  /** History events after which the run continues as new; defaults to 2,000. */
  historyLimit?: number;
}

/** What a command writes besides the phase, the welcome and the settled nudges (see `command`). */
interface CommandEffects {
  /** What it does besides: a row of its own, an escalation raised. */
  after?: () => Promise<void>;
  /** The slot and attempt rows it changed, read once it has been applied. */
  rows?: () => Pick<CourseChange, 'releasedSlot' | 'attempt'>;
}

/**
 * A young person's course from referral to the continuation follow-up,
 * 6–24 months. Coordinators and mentors drive it with updates (refused with
 * a reason when they do not fit); its own timers chase whatever is late.
 */
export async function mentorship(run: MentorshipRun): Promise<m.MentorshipState> {
  const { state: carried, historyLimit = DEFAULT_HISTORY_LIMIT, ...input } = run;
  const course = carried ? new Mentorship(input, carried) : Mentorship.fresh(input, new Date());
  const { workflowId } = workflowInfo();
  // Runs begun before one write per step make each write of a step an activity of its own.
  // A run that has it began after every older change too, so only the newest is asked: one marker, not five.
  const oneWrite = patched(ONE_WRITE_PER_STEP);
  // Runs begun before batched deadlines act on one deadline per wake and write a command's effects one after another.
  const batched = oneWrite || patched(BATCHED_DEADLINES);
  // Runs begun before nudges were delivered and chased keep raising them only.
  const chasesNudges = batched || patched(NUDGE_LIFECYCLE);
  if (chasesNudges) course.state.openNudges ??= [];
  // Runs begun before escalations neither flag nor raise them.
  const risk = batched || patched(ESCALATIONS) ? new CourseRisk(course, () => input.policy.escalations!) : undefined;
  // Runs begun before lean histories write meetings and check-ins themselves, start a timer per wait and upsert on every change.
  const lean = batched || patched(LEAN_HISTORY);
  course.quietContactChecks = lean;
  course.coalescedReminders = batched;
  const alarm = new Alarm();
  let published = '';
  // A run continued from one that began before escalations carries a policy without their thresholds.
  const thresholdsLoaded =
    risk && !input.policy.escalations
      ? activities.escalationThresholds({ programSlug: input.programSlug, policyVersion: input.policy.policyVersion }).then((thresholds) => {
          input.policy.escalations = thresholds;
        })
      : Promise.resolve();
  let revision = 0;
  let proposing = false;
  const historyTooLong = () => workflowInfo().historyLength > historyLimit;

  const publish = (next: Deadline | undefined) => {
    const { state } = course;
    const attributes = [
      { key: MentorflowProgram, value: input.programSlug },
      { key: MentorflowMunicipality, value: input.municipalityId },
      { key: MentorflowPhase, value: state.phase },
      { key: MentorflowPhaseSince, value: new Date(state.phaseSince) },
      { key: MentorflowMentorId, value: state.mentorId ?? null },
      { key: MentorflowMonthsActive, value: course.matchStartMs === undefined ? null : Math.floor((Date.now() - course.matchStartMs) / MONTH_MS) },
      { key: MentorflowNextDue, value: next ? new Date(next.at) : null },
      ...(risk ? [{ key: MentorflowRiskFlag, value: risk.flagged }] : []),
    ];
    if (lean) {
      const values = JSON.stringify(attributes.map(({ value }) => value));
      if (values === published) return;
      published = values;
    }
    upsertSearchAttributes(attributes);
  };
  const nextDeadline = (): Deadline | undefined => {
    if (course.quietContactChecks && course.state.phase === 'active') course.closeContactPeriodsMet(new Date());
    return deadlines(course).sort((a, b) => a.at - b.at)[0];
  };
  /** What operators see as next due: the next milestone (batched deadlines), or for runs begun before them, the next deadline of any kind. */
  const nextShown = (next: Deadline | undefined): Deadline | undefined =>
    batched && next?.rolling ? deadlines(course).filter((deadline) => !deadline.rolling).sort((a, b) => a.at - b.at)[0] : next;

  const phaseRow = (): MentorshipPhaseInput => {
    const { state } = course;
    return {
      mentorshipId: input.mentorshipId,
      phase: state.phase,
      phaseSince: state.phaseSince,
      mentorId: state.mentorId ?? null,
      matchStartedAt: state.matchStartedAt ?? null,
      closure: state.closure ? { kind: state.closure.kind, reason: state.closure.reason, outcome: state.closure.outcome, at: state.closure.at } : null,
    };
  };
  const mirrorPhase = () => activities.recordMentorshipPhase(phaseRow());
  const attemptRow = (attempt: m.MatchAttemptState, by: string): MatchAttemptInput => ({
    mentorshipId: input.mentorshipId,
    attempt: attempt.attempt,
    mentorId: attempt.mentorId,
    proposedBy: by,
    proposedAt: attempt.proposedAt,
    outcome: attempt.outcome ?? null,
    endedAt: attempt.outcome ? course.state.phaseSince : null,
  });
  const slotOf = (mentorId: string) => ({ mentorId, mentorshipId: input.mentorshipId });
  /** One activity for everything a step changed, none when it changed nothing outside the workflow. */
  const writeChange = async (change: CourseChange): Promise<void> => {
    if (Object.values(change).some((part) => part !== undefined && !(Array.isArray(part) && part.length === 0))) await activities.recordCourseChange(change);
  };

  /**
   * Applies a command at once (so the next validator sees it), then writes its effects before answering:
   * `rows`, the slot and attempt rows the command changed, with the phase, the welcome and the settled
   * nudges, and `after`, what the command does besides (an escalation raised, a row of its own).
   */
  const command = async (apply: (now: Date) => void | Promise<void>, { after, rows }: CommandEffects = {}): Promise<m.MentorshipState> => {
    const phaseBefore = course.state.phase;
    await apply(new Date());
    revision += 1;
    const started = chasesNudges && course.state.phase === 'active' && phaseBefore !== 'active';
    if (oneWrite) {
      const change: CourseChange = {
        ...rows?.(),
        phase: course.state.phase !== phaseBefore ? phaseRow() : undefined,
        welcome: started ? welcomeOf() : undefined,
        resolved: settleNudges(),
      };
      await Promise.all([after?.(), writeChange(change)]);
      return course.state;
    }
    // Runs begun before one write per step: the slot, then the attempt, each an activity.
    const writeRows = async () => {
      // Not awaited when absent: the rows' first activity is then scheduled at once, where these runs scheduled it.
      if (after) await after();
      const changed = rows?.();
      if (changed?.releasedSlot) await activities.releaseMentorSlot(changed.releasedSlot);
      if (changed?.attempt) await activities.recordMatchAttempt(changed.attempt);
    };
    if (batched) {
      // Independent writes, side by side: one wake of the workflow for all of them, not one each.
      await Promise.all([writeRows(), course.state.phase !== phaseBefore && mirrorPhase(), started && welcome(), chasesNudges && resolveSettledNudges()]);
      return course.state;
    }
    await writeRows();
    if (course.state.phase !== phaseBefore) await mirrorPhase();
    if (chasesNudges) {
      if (course.state.phase === 'active' && phaseBefore !== 'active') await welcome();
      // Before answering, so whoever did the thing no longer sees a nudge about it.
      await resolveSettledNudges();
    }
    return course.state;
  };

  // ---- message handlers
  const notWhileProposing = () => {
    if (proposing) refuse('a match proposal is being made; try again in a moment');
  };

  setHandler(m.mentorshipStateQuery, () => course.state);
  onCommand(m.recordConsentUpdate, () => course.checkConsent(), () => command((now) => course.consent(now)));
  onCommand(m.completeIntakeUpdate, () => course.checkIntake(), () => command((now) => course.completeIntake(now)));
  onCommand(
    m.proposeMatchUpdate,
    (proposal) => (notWhileProposing(), course.checkPropose(proposal)),
    (proposal) =>
      command(async (now) => {
        const matchingSince = course.state.phaseSince;
        course.propose(proposal, now);
        proposing = true;
        try {
          await reservation.reserveMentorSlot({ mentorId: proposal.mentorId, mentorshipId: input.mentorshipId });
        } catch (error) {
          course.withdrawProposal(matchingSince);
          refuse(refusalReason(error));
        } finally {
          proposing = false;
        }
      }, { rows: () => ({ attempt: attemptRow(course.currentAttempt!, proposal.by) }) }),
  );
  onCommand(
    m.answerProposalUpdate,
    (answer) => (notWhileProposing(), course.checkAnswer(answer)),
    (answer) => {
      const attempt = course.currentAttempt!;
      const mentorId = attempt.mentorId;
      let result: ReturnType<Mentorship['answer']> = 'waiting';
      return command(
        (now) => void (result = course.answer(answer, now)),
        { rows: () => ({ releasedSlot: result === 'declined' ? slotOf(mentorId) : undefined, attempt: result !== 'waiting' ? attemptRow(attempt, answer.by) : undefined }) },
      );
    },
  );
  onCommand(m.recordMatchAgreementUpdate, () => course.checkAgreement(), () => command((now) => course.recordAgreement(now)));
  onCommand(
    m.logMeetingUpdate,
    (meeting) => course.checkMeeting(meeting, new Date()),
    (meeting) => {
      let isNew = false;
      return command(
        (now) => {
          isNew = course.logMeeting(meeting, now);
          if (isNew) risk?.meetingHeld();
        },
        {
          after: async () => {
            // The API stored the row; runs begun before lean histories write it here as well.
            if (!isNew || lean) return;
            const { meetingId, heldOn, minutes, placeKind, by } = meeting;
            await activities.recordMeeting({ meetingId, mentorshipId: input.mentorshipId, mentorId: course.state.mentorId!, heldOn, minutes, placeKind, loggedBy: by });
          },
        },
      );
    },
  );
  onCommand(
    m.recordCheckInUpdate,
    (checkIn) => course.checkCheckIn(checkIn, new Date()),
    (checkIn) =>
      command(
        (now) => course.recordCheckIn(checkIn, now),
        {
          after: async () => {
            if (lean) return; // the API stored the row
            await activities.recordCheckIn({
              checkInId: checkIn.checkInId ?? `${workflowId}/${checkIn.party}/${course.state.checkIns[checkIn.party]}`,
              mentorshipId: input.mentorshipId,
              party: checkIn.party,
              heldOn: checkIn.heldOn,
              recordedBy: checkIn.by,
            });
          },
        },
      ),
  );
  onCommand(
    m.measurementSubmittedUpdate,
    (measurement) => course.checkMeasurement(measurement),
    (measurement) =>
      command(
        (now) => course.measurementSubmitted(measurement, now),
        {
          after: async () => {
            if (!risk || measurement.instrument !== 'who5') return;
            const flags =
              measurement.wellBeing ?? (await activities.assessWellBeing({ measurementId: measurement.measurementId, programSlug: input.programSlug, policyVersion: input.policy.policyVersion }));
            await raiseAutomatically(risk.wellBeingTrigger(measurement, flags), { measurementId: measurement.measurementId });
          },
        },
      ),
  );
  onCommand(m.recordReviewUpdate, (review) => course.checkReview(review, new Date()), (review) => command((now) => course.recordReview(review, now)));
  onCommand(
    m.closeUpdate,
    (closing) => (notWhileProposing(), course.checkClose(closing, new Date())),
    (closing) => {
      const attempt = course.currentAttempt;
      let slotHolder: string | undefined;
      return command(
        (now) => void (slotHolder = course.close(closing, now)),
        { rows: () => ({ releasedSlot: slotHolder ? slotOf(slotHolder) : undefined, attempt: attempt?.outcome === 'closed' ? attemptRow(attempt, closing.by) : undefined }) },
      );
    },
  );
  onCommand(m.recordExitConversationUpdate, (exit) => course.checkExitConversation(exit), (exit) => command((now) => course.recordExitConversation(exit, now)));
  onCommand(
    m.mentorLeftUpdate,
    () => (notWhileProposing(), course.checkMentorLeft()),
    ({ by }) => {
      const attempt = course.currentAttempt!;
      let mentorId = '';
      return command(
        (now) => void (mentorId = course.mentorLeft(now)),
        { rows: () => ({ releasedSlot: slotOf(mentorId), attempt: attemptRow(attempt, by) }) },
      );
    },
  );
  onCommand(m.recordContinuationUpdate, () => course.checkContinuation(), (answer) => command((now) => course.recordContinuation(answer, now)));
  onCommand(
    m.raiseEscalationUpdate,
    (raise) => requireRisk().checkRaise(raise),
    ({ escalationId }) =>
      command(
        () => undefined,
        {
          after: async () => {
            await activities.openRequestedEscalation({ escalationId, mentorshipId: input.mentorshipId });
            risk!.opened(escalationId);
          },
        },
      ),
  );
  onCommand(
    m.recordMissedMeetingUpdate,
    (missed) => requireRisk().checkMissedMeeting(missed, new Date()),
    (missed) => {
      let isNew = false;
      return command(
        () => void (isNew = risk!.meetingMissed(missed)),
        {
          after: async () => {
            if (!isNew) return;
            await activities.recordMissedMeeting({ missedMeetingId: missed.missedMeetingId, mentorshipId: input.mentorshipId, plannedOn: missed.plannedOn, missedBy: missed.missedBy, loggedBy: missed.by });
            await thresholdsLoaded;
            const missedRun = risk!.missedRun;
            await raiseAutomatically(risk!.missedMeetingsTrigger(), { missedMeetingIds: missedRun });
          },
        },
      );
    },
  );
  setHandler(m.escalationClosedSignal, ({ escalationId }) => {
    risk?.closed(escalationId);
    revision += 1;
  });
  setHandler(nudgeIgnoredSignal, async () => {
    if (!risk) return;
    // Counted after the thresholds are known, so each signal is weighed on its own, in order.
    await thresholdsLoaded;
    risk.nudgeIgnored();
    await raiseAutomatically(risk.unansweredNudgesTrigger(), { unansweredNudges: input.policy.escalations!.unansweredNudges });
    revision += 1;
  });

  // ---- main logic
  // The API wrote the course's row as it started it; runs begun before batched deadlines write it again.
  if (!carried && !batched) await mirrorPhase();
  // A course with an escalation open does not finish: its flag stays up until the escalation is resolved.
  while (!isFinished(course) || risk?.flagged) {
    const seen = revision;
    const next = nextDeadline();
    // Search attributes are published here, after each change, not inside the handlers.
    publish(nextShown(next));
    const moved = () => revision !== seen || historyTooLong();
    // A deadline already past is acted on now, not through a zero-length timer.
    const timedOut = lean
      ? await dueOrMoved(next, moved)
      : next
        ? next.at <= Date.now() || !(await condition(moved, next.at - Date.now()))
        : !(await condition(moved), true);
    if (timedOut && next) {
      if (oneWrite) await writeChange(actOnEveryDue());
      else {
        if (batched) await writeEveryDue();
        else await actOnOne(next);
        if (chasesNudges) await resolveSettledNudges();
      }
    }
    if (historyTooLong()) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof mentorship>({ ...input, state: course.state, historyLimit });
    }
  }
  if (oneWrite) await writeChange({ resolved: settleNudges() });
  else if (chasesNudges) await resolveSettledNudges();
  publish(undefined);
  await condition(allHandlersFinished);
  return course.state;

  /** True when the next deadline is due; false when something moved first. The alarm stays set while the deadline does. */
  async function dueOrMoved(next: Deadline | undefined, moved: () => boolean): Promise<boolean> {
    if (!next) {
      alarm.clear();
      await condition(moved);
      return false;
    }
    if (next.at <= Date.now()) return true;
    alarm.set(next.at);
    await condition(() => moved() || alarm.rang);
    return !moved();
  }

  function requireRisk(): CourseRisk {
    if (!risk) refuse("this course's workflow began before escalations; it takes them after its next continue-as-new");
    return risk;
  }

  /** Raises the engine's own escalation for a rule that fired; each occasion once (see CourseRisk.raising). */
  async function raiseAutomatically(trigger: Trigger | undefined, evidence: EscalationEvidence): Promise<void> {
    if (!trigger || !risk) return;
    risk.raising(trigger);
    const escalationId = await activities.raiseEscalation({
      key: `${workflowId}/${trigger.key}`,
      mentorshipId: input.mentorshipId,
      programSlug: input.programSlug,
      municipalityId: input.municipalityId,
      policyVersion: input.policy.policyVersion,
      reason: trigger.reason,
      evidence,
    });
    risk.opened(escalationId);
  }

  /**
   * Takes the open nudges whose thing has happened (the meeting was logged, the proposal answered) off the
   * course, by the reason they are closed with; the caller resolves them in Postgres and their workflows.
   */
  function settleNudges(): Array<{ keys: string[]; reason: string }> {
    const open = course.state.openNudges ?? [];
    const settled = open.filter((key) => !stillChased(course, key));
    if (settled.length === 0) return [];
    course.state.openNudges = open.filter((key) => !settled.includes(key));
    const byReason = new Map<string, string[]>();
    for (const key of settled) {
      const reason = settledReason(course, key);
      byReason.set(reason, [...(byReason.get(reason) ?? []), `${workflowId}/${key}`]);
    }
    return [...byReason].map(([reason, keys]) => ({ keys, reason }));
  }

  /** Settled nudges resolved, an activity each, by runs begun before one write per step. */
  async function resolveSettledNudges(): Promise<void> {
    const groups = settleNudges();
    if (batched) await Promise.all(groups.map((group) => activities.resolveNudges(group)));
    else for (const group of groups) await activities.resolveNudges(group);
  }

  function welcomeOf(): WelcomeMatch {
    const attempt = course.currentAttempt!;
    return {
      mentorshipId: input.mentorshipId,
      attempt: attempt.attempt,
      mentorId: attempt.mentorId,
      programSlug: input.programSlug,
      municipalityId: input.municipalityId,
      subjectWorkflowId: workflowId,
    };
  }

  function welcome(): Promise<void> {
    return activities.welcomeMatch(welcomeOf());
  }

  /** Every deadline due now, acted on in order: whether the phase moved, and their reminders. */
  function actOnDue(): { phaseChanged: boolean; reminders: NudgeInput[] } {
    const reminders: NudgeInput[] = [];
    let phaseChanged = false;
    for (let due = nextDeadline(); due && due.at <= Date.now(); due = nextDeadline()) {
      const effect = act(due);
      phaseChanged ||= effect.phaseChanged;
      if (effect.reminder) reminders.push(effect.reminder);
    }
    return { phaseChanged, reminders };
  }

  /** The deadlines due now as one change: the phase they moved, their reminders together, and the nudges that settles. */
  function actOnEveryDue(): CourseChange {
    const { phaseChanged, reminders } = actOnDue();
    course.state.openNudges?.push(...reminders.map(openNudgeKey));
    return { phase: phaseChanged ? phaseRow() : undefined, raised: reminders, resolved: settleNudges() };
  }

  /** The way of runs begun before one write per step: the phase and the reminders each an activity. */
  async function writeEveryDue(): Promise<void> {
    const { phaseChanged, reminders } = actOnDue();
    await Promise.all([phaseChanged && mirrorPhase(), reminders.length > 0 && activities.raiseNudges({ nudges: reminders })]);
    course.state.openNudges?.push(...reminders.map(openNudgeKey));
  }

  /** The way of runs begun before batched deadlines: one deadline per wake, its writes one after another. */
  async function actOnOne(deadline: Deadline): Promise<void> {
    const { phaseChanged, reminder } = act(deadline);
    if (phaseChanged) await mirrorPhase();
    if (!reminder) return;
    await activities.raiseNudge(reminder);
    course.state.openNudges?.push(openNudgeKey(reminder));
  }

  /** What a deadline that passed unanswered does to the course, and the reminder it sends, if any. */
  function act(deadline: Deadline): { phaseChanged: boolean; reminder?: NudgeInput } {
    const { action } = deadline;
    const now = new Date();
    course.state.nudgesSent.push(deadline.key);
    switch (action.type) {
      case 'expire-consent':
        course.expireConsent(now);
        return { phaseChanged: true };
      case 'check-contact': {
        const { period, behind } = course.checkContactPeriod(now);
        return { phaseChanged: false, reminder: behind ? reminder(`contact-behind:${period}`, 'contact-behind', { role: 'mentor', id: course.state.mentorId! }) : undefined };
      }
      case 'continuation-unanswered':
        course.state.continuation = { ...course.state.continuation, unansweredAt: now.toISOString() };
        return { phaseChanged: false };
      case 'ask-continuation':
        course.state.continuation = { askedAt: now.toISOString() };
        return { phaseChanged: false, reminder: reminder(deadline.key, 'continuation-follow-up', { role: 'coordinator' }) };
      case 'nudge':
        return { phaseChanged: false, reminder: reminder(deadline.key, action.kind, action.recipient) };
    }
  }

  function reminder(key: string, kind: string, recipient: NudgeRecipient): NudgeInput {
    return {
      key: `${workflowId}/${key}`,
      kind,
      recipientRole: recipient.role,
      recipientId: recipient.role === 'mentor' ? recipient.id : undefined,
      // The mentor's nudges left unanswered count toward an escalation.
      reportIgnoredTo: risk && recipient.role === 'mentor' ? workflowId : undefined,
      programSlug: input.programSlug,
      municipalityId: input.municipalityId,
      subjectWorkflowId: workflowId,
      subjectId: input.mentorshipId,
    };
  }

  /** The course keeps its open nudges by its own part of the key. */
  function openNudgeKey(nudge: NudgeInput): string {
    return nudge.key.slice(workflowId.length + 1);
  }
}

/** The reason an activity gave for refusing, e.g. the mentor's slot being taken. */
function refusalReason(error: unknown): string {
  if (error instanceof ActivityFailure && error.cause instanceof ApplicationFailure) return error.cause.message;
  return error instanceof Error ? error.message : String(error);
}
