import { allHandlersFinished, condition, patched, setHandler, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import { onCommand, refuse } from '../commands';
import { DEFAULT_HISTORY_LIMIT, LongRun } from '../long-running';
import { nudgeIgnoredSignal } from '../nudge/messages';
import { CONTACT_FROM_RECORDS, CONTACT_SIGNAL_KEPT } from '../patches';
import { courseAttributes } from './course-attributes';
import { CourseEffects } from './course-effects';
import { attemptRow } from './course-rows';
import { isFinished, nextDeadline, nextMilestone } from './deadlines';
import { Mentorship } from './mentorship';
import * as m from './messages';
import { CourseRisk } from './risk';

export interface MentorshipRun extends m.MentorshipInput {
  /** Carried across continue-as-new. */
  state?: m.MentorshipState;
  /** History events after which the run continues as new; defaults to 2,000. */
  historyLimit?: number;
}

/**
 * A young person's course from referral to the continuation follow-up,
 * 6–24 months. Coordinators and mentors drive it with updates (refused with
 * a reason when they do not fit); its own timers chase whatever is late.
 * A run continues as new after its history's limit, or when the renewal
 * sweep sends `renew` (within MAX_RUN_AGE_MS): no age timer of its own, which
 * would cost every course a timer's events (workflows/renewal/renewal.ts).
 */
export async function mentorship(run: MentorshipRun): Promise<m.MentorshipState> {
  const { state: carried, historyLimit = DEFAULT_HISTORY_LIMIT, ...input } = run;
  const course = carried ? new Mentorship(input, carried) : Mentorship.fresh(input, new Date());
  const risk = new CourseRisk(course);
  const effects = new CourseEffects(course, risk, workflowInfo().workflowId);
  const command = effects.command.bind(effects);
  const longRun = new LongRun(historyLimit);
  let published = '';

  /** Search attributes, upserted only when one of them changed. */
  const publish = (next: ReturnType<typeof nextDeadline>) => {
    const attributes = courseAttributes(course, risk.flagged, next, new Date());
    const values = JSON.stringify(attributes.map(({ value }) => value));
    if (values === published) return;
    published = values;
    upsertSearchAttributes(attributes);
  };
  /** Only an active course counts contact; a run begun before version 2 reads none where its history read none. */
  const readsContact = () => course.state.phase === 'active' && patched(CONTACT_FROM_RECORDS);
  /** Whether a check passes, for a message that cannot be refused. */
  const fits = (check: () => void) => {
    try {
      check();
      return true;
    } catch {
      return false;
    }
  };
  const notWhileProposing = () => {
    if (effects.proposing) refuse('proposal-in-progress');
  };

  // ---- message handlers
  setHandler(m.mentorshipStateQuery, () => course.state);
  onCommand(
    m.recordConsentUpdate,
    () => course.checkConsent(),
    () => command((now) => course.consent(now)),
  );
  onCommand(
    m.refuseConsentUpdate,
    () => course.checkConsent(),
    () => command((now) => course.refuseConsent(now)),
  );
  onCommand(
    m.completeIntakeUpdate,
    () => course.checkIntake(),
    () => command((now) => course.completeIntake(now)),
  );
  onCommand(
    m.proposeMatchUpdate,
    (proposal) => (notWhileProposing(), course.checkPropose(proposal)),
    (proposal) =>
      command((now) => effects.propose(proposal, now), {
        rows: () => ({ attempt: attemptRow(course, course.currentAttempt!, proposal.by) }),
      }),
  );
  const answerProposal = (answer: m.AnswerProposalCommand) => {
    const attempt = course.currentAttempt!;
    let result: ReturnType<Mentorship['answer']> = 'waiting';
    return command((now) => void (result = course.answer(answer, now)), {
      rows: () => ({
        releasedSlot: result === 'declined' ? { mentorId: attempt.mentorId, mentorshipId: input.mentorshipId } : undefined,
        attempt: result !== 'waiting' ? attemptRow(course, attempt, answer.by) : undefined,
      }),
    });
  };
  onCommand(m.answerProposalUpdate, (answer) => (notWhileProposing(), course.checkAnswer(answer)), answerProposal);
  // Checked by the API against the attempt's row; one that no longer fits (the proposal withdrawn or the course closed since) is
  // for nothing that waits, and a signal cannot be refused. The answer is applied in the handler's synchronous part: a command
  // sent after it (the agreement), in the same activation, is validated after it, as signals and updates keep the order they came.
  setHandler(m.proposalAcceptedSignal, async ({ attempt, ...accepted }) => {
    const answer = { ...accepted, answer: 'accept' as const };
    if (effects.proposing || course.currentAttempt?.attempt !== attempt || !fits(() => course.checkAnswer(answer))) return;
    await answerProposal(answer);
  });
  onCommand(
    m.recordMatchAgreementUpdate,
    () => course.checkAgreement(),
    () => command((now) => course.recordAgreement(now)),
  );
  onCommand(
    m.logMeetingUpdate,
    (meeting) => course.checkMeeting(meeting, new Date()),
    // The API stored the row; the course counts it, and a meeting held ends a run of missed ones.
    (meeting) => command((now) => void (course.logMeeting(meeting, now) && risk.meetingHeld())),
  );
  onCommand(
    m.recordCheckInUpdate,
    (checkIn) => course.checkCheckIn(checkIn, new Date()),
    (checkIn) => command((now) => course.recordCheckIn(checkIn, now)),
  );
  onCommand(
    m.measurementSubmittedUpdate,
    (measurement) => course.checkMeasurement(measurement),
    (measurement) => command((now) => course.measurementSubmitted(measurement, now), { after: () => effects.weighWellBeing(measurement) }),
  );
  onCommand(
    m.recordReviewUpdate,
    (review) => course.checkReview(review, new Date()),
    (review) => command((now) => course.recordReview(review, now)),
  );
  // Stored by the API, which checked it by the same rules; the signal saves the course reading it back, and a course that has moved
  // on since (closing) has no review to hold.
  setHandler(m.reviewHeldSignal, async (review) => {
    if (course.state.phase === 'active') await command(() => course.takeReviews([review]));
  });
  onCommand(
    m.closeUpdate,
    (closing) => (notWhileProposing(), course.checkClose(closing, new Date())),
    (closing) => {
      const attempt = course.currentAttempt;
      let slotHolder: string | undefined;
      // The course's own record ends with its contact as the API stored it.
      const apply = async (now: Date) => {
        if (readsContact()) await effects.learnContact();
        slotHolder = course.close(closing, now);
      };
      return command(apply, {
        rows: () => ({
          releasedSlot: slotHolder ? { mentorId: slotHolder, mentorshipId: input.mentorshipId } : undefined,
          attempt: attempt?.outcome === 'closed' ? attemptRow(course, attempt, closing.by) : undefined,
        }),
      });
    },
  );
  onCommand(
    m.recordExitConversationUpdate,
    (exit) => course.checkExitConversation(exit),
    (exit) => command((now) => course.recordExitConversation(exit, now)),
  );
  onCommand(
    m.mentorLeftUpdate,
    () => (notWhileProposing(), course.checkMentorLeft()),
    ({ by }) => {
      const attempt = course.currentAttempt!;
      let mentorId = '';
      return command((now) => void (mentorId = course.mentorLeft(now)), {
        rows: () => ({ releasedSlot: { mentorId, mentorshipId: input.mentorshipId }, attempt: attemptRow(course, attempt, by) }),
      });
    },
  );
  onCommand(
    m.recordContinuationUpdate,
    () => course.checkContinuation(),
    (answer) => command((now) => course.recordContinuation(answer, now)),
  );
  onCommand(
    m.raiseEscalationUpdate,
    (raise) => risk.checkRaise(raise),
    ({ escalationId }) => command(() => undefined, { after: () => effects.openRequested(escalationId) }),
  );
  // Each missed meeting as a command, as before the API stored them: for runs and updates in flight from then.
  onCommand(
    m.recordMissedMeetingUpdate,
    (missed) => risk.checkMissedMeeting(missed, new Date()),
    (missed) => {
      let isNew = false;
      return command(() => void (isNew = risk.meetingMissed(missed)), {
        after: async () => (isNew ? effects.missedMeeting(missed) : undefined),
      });
    },
  );
  onCommand(
    m.missedMeetingsInARowUpdate,
    (missed) => risk.checkMissedRun(missed),
    // The API stored each of them; the course weighs the run they make.
    ({ run }) => command(() => risk.takeMissedRun(run), { after: () => effects.weighMissedRun() }),
  );
  setHandler(m.escalationClosedSignal, ({ escalationId }) => {
    risk.closed(escalationId);
    effects.revision += 1;
  });
  // Each signal weighed on its own, in order.
  setHandler(nudgeIgnoredSignal, () => effects.nudgeIgnored());
  setHandler(m.contactRecordedSignal, () => {
    effects.contactStale = true;
    effects.revision += 1;
  });

  // ---- main logic
  // A course with an escalation open does not finish: its flag stays up until the escalation is resolved.
  while (!isFinished(course) || risk.flagged) {
    const seen = effects.revision;
    const next = nextDeadline(course, new Date());
    // Search attributes are published here, after each change, not inside the handlers.
    publish(nextMilestone(course, next));
    // Contact the API signalled while the loop was busy (reading, acting on a deadline) is read now, not at the next wake: a
    // measurement stored as the course read its contact settles the nudge it raised just after.
    const signalledMeanwhile = effects.contactStale && course.state.phase === 'active' && patched(CONTACT_SIGNAL_KEPT);
    const wake = await longRun.wait(() => signalledMeanwhile || effects.revision !== seen, next?.at);
    // Meetings and check-ins are rows the API stored: read before a deadline is judged, or when it said one settles a nudge.
    const learnt = (wake === 'deadline' || effects.contactStale) && readsContact();
    if (learnt) await effects.learnContact();
    if (wake === 'deadline') await effects.actOnDeadlines();
    else if (learnt) await effects.settle();
    if (longRun.due) await longRun.continueAsNew<typeof mentorship>({ ...input, state: course.state, historyLimit });
  }
  await effects.settle();
  publish(undefined);
  await condition(allHandlersFinished);
  return course.state;
}
