import type { UpdateDefinition } from '@temporalio/common';
import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { randomUUID } from 'node:crypto';
import { mentorPath } from '../../workflows/mentor/mentor-path.workflow';
import { approveUpdate, beginScreeningUpdate, mentorStateQuery, mentorWorkflowId } from '../../workflows/mentor/messages';
import * as m from '../../workflows/mentorship/messages';
import { mentorship } from '../../workflows/mentorship/mentorship.workflow';
import { contactLog } from './contact-log';
import { mentorInput } from './mentor-path.fixtures';
import { mentorshipInput } from './mentorship.fixtures';
import type { StartedWorkflows } from './test-worker';
import { measurementNudgeKey } from '../../workflows/mentorship/measurement-rules';
import { checkReviewFits, withStoredReviews } from '../../workflows/mentorship/review-rules';
import type { Refuser } from '../../workflows/mentorship/contact-rules';

export const by = 'coordinator-1';
export type CourseHandle = WorkflowHandle<typeof mentorship>;

/** The steps tests take a course through, on one suite's time-skipping server; what they start is tracked for cleanup. */
export function courseSteps(suite: { readonly env: TestWorkflowEnvironment; readonly started: StartedWorkflows }) {
  type Handle = CourseHandle;
  const today = async () => new Date(await suite.env.currentTimeMs()).toISOString().slice(0, 10);
  const send = <Arg>(handle: Handle, update: UpdateDefinition<m.MentorshipState, [Arg]>, arg: Arg) =>
    handle.executeUpdate(update, { args: [arg] });

  /** An approved mentor with no screening or course, so tests start from "available". */
  async function availableMentor(taskQueue: string, capacity = 1): Promise<string> {
    const mentorId = `mentor-${randomUUID().slice(0, 8)}`;
    const handle = suite.started.track(
      await suite.env.client.workflow.start(mentorPath, {
        workflowId: mentorWorkflowId(mentorId),
        taskQueue,
        args: [mentorInput(mentorId, { screeningSteps: [], courseRequired: false, capacity })],
      }),
    );
    await handle.executeUpdate(beginScreeningUpdate, { args: [{ by }] });
    await handle.executeUpdate(approveUpdate, { args: [{ by }] });
    return mentorId;
  }
  const mentorSlots = async (mentorId: string) =>
    (await suite.env.client.workflow.getHandle(mentorWorkflowId(mentorId)).query(mentorStateQuery)).mentorships;

  async function startCourse(taskQueue: string, preset = 'pift', historyLimit?: number): Promise<Handle> {
    const id = randomUUID();
    return suite.started.track(
      await suite.env.client.workflow.start(mentorship, {
        workflowId: m.mentorshipWorkflowId(id),
        taskQueue,
        args: [{ ...mentorshipInput(id, preset), historyLimit }],
      }),
    );
  }

  async function match(handle: Handle, mentorId: string): Promise<void> {
    await send(handle, m.proposeMatchUpdate, { by, mentorId });
    await send(handle, m.answerProposalUpdate, { by, party: 'young-person', answer: 'accept' });
    await send(handle, m.answerProposalUpdate, { by: mentorId, party: 'mentor', answer: 'accept' });
  }

  async function toActive(handle: Handle, mentorId: string): Promise<void> {
    await send(handle, m.recordConsentUpdate, { by });
    await send(handle, m.completeIntakeUpdate, { by });
    await match(handle, mentorId);
    await send(handle, m.recordMatchAgreementUpdate, { by });
  }

  const mentorshipIdOf = (handle: Handle) => handle.workflowId.replace(/^mentorship-/, '');

  /**
   * As the API logs contact: the row is stored, and the course is signalled only when it waits on it (the first meeting, which
   * dates the check-ins; a nudge the contact settles, which the API finds open among the nudge rows and this step in the course's
   * open nudges). Otherwise the course reads it at its next deadline.
   */
  async function recordContact(handle: Handle, store: () => void, settles: (key: string) => boolean, first = false): Promise<void> {
    store();
    if (first || (await handle.query(m.mentorshipStateQuery)).openNudges.some(settles)) {
      await handle.signal(m.contactRecordedSignal);
      await quiet(handle);
    }
  }

  /**
   * Until the course has done what a signal set off (read its contact, resolved what it settles): its history shows a workflow
   * task completed after the signal, none scheduled since, and every activity ended. A signal has no answer to wait for, as an
   * update has (and the test server's describe shows no pending workflow task); a test that ended with a task pending would stop
   * the test server's clock (time-skipping-terminate.repro.ts).
   */
  async function quiet(handle: Handle): Promise<void> {
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((next) => setTimeout(next, 10))) {
      const events = (await handle.fetchHistory()).events!;
      const signalled = events.findLastIndex((event) => event.workflowExecutionSignaledEventAttributes);
      const lastTask = events.findLastIndex((event) => event.workflowTaskCompletedEventAttributes);
      const taskSince = events.slice(lastTask + 1).some((event) => event.workflowTaskScheduledEventAttributes);
      const activities = events.filter((event) => event.activityTaskScheduledEventAttributes).length;
      const ended = events.filter(
        (event) =>
          event.activityTaskCompletedEventAttributes ||
          event.activityTaskFailedEventAttributes ||
          event.activityTaskTimedOutEventAttributes ||
          event.activityTaskCanceledEventAttributes,
      ).length;
      if (lastTask > signalled && !taskSince && activities === ended) return;
    }
    throw new Error(`${handle.workflowId} still busy 10 s after a signal`);
  }

  const meet = async (handle: Handle, minutes = 120) => {
    const id = mentorshipIdOf(handle);
    const heldOn = await today();
    const gap = (key: string) => key.startsWith('meeting-gap:');
    await recordContact(handle, () => contactLog.meeting(id, heldOn, minutes), gap, contactLog.meetingsOf(id) === 0);
  };
  const checkIn = async (handle: Handle, party: m.CheckInParty) =>
    recordContact(
      handle,
      () => contactLog.checkIn(mentorshipIdOf(handle), party),
      (key) => key.startsWith(`check-in:${party}:`),
    );
  /**
   * As the API stores an active course's measurement that raises no escalation: the course told only when a nudge for it is open
   * (here: among the course's open nudges, which also hold one being raised, as the API's "due by now" covers).
   */
  const storeMeasurement = async (handle: Handle, instrument: string, duePoint: string) => {
    const slot = { instrument, duePoint };
    const chases = (key: string) =>
      key === measurementNudgeKey('measurement-due', slot) || key === measurementNudgeKey('measurement-overdue', slot);
    await recordContact(handle, () => contactLog.measurement(mentorshipIdOf(handle), `${instrument}@${duePoint}`), chases);
  };

  /**
   * As the API holds a review: checked by the rules the course keeps against the course as stored (its reviews among the rows), stored,
   * and the course told of it. Answers the point it held; a refusal throws with the rule's code.
   */
  const holdReview = async (handle: Handle, decision: m.ReviewCommand['decision']): Promise<number> => {
    const id = mentorshipIdOf(handle);
    const { phase, matchStartedAt, ...state } = await handle.query(m.mentorshipStateQuery);
    const { policy } = mentorshipInput(id);
    const course = { ...withStoredReviews(state, contactLog.reviewsOf(id)), phase, matchStartedAt, policy };
    const refuse: Refuser = (code, ..._params) => {
      throw new Error(code);
    };
    const { reviewAtMs, extendedTo } = checkReviewFits({ decision }, course, new Date(await suite.env.currentTimeMs()), refuse);
    contactLog.review(id, { atMs: reviewAtMs, extendedTo });
    await handle.signal(m.reviewHeldSignal, { atMs: reviewAtMs, extendedTo });
    await quiet(handle);
    return reviewAtMs;
  };

  /** As the API tells a course of an accept it stored for the attempt (the current one unless given): a signal, no answer to wait for. */
  const acceptAsTheApi = async (handle: Handle, party: m.Party, accepter = by, attempt?: number) => {
    const current = (await handle.query(m.mentorshipStateQuery)).attempts.at(-1)!.attempt;
    await handle.signal(m.proposalAcceptedSignal, { by: accepter, party, attempt: attempt ?? current });
  };

  return {
    today,
    send,
    availableMentor,
    mentorSlots,
    startCourse,
    match,
    toActive,
    meet,
    checkIn,
    storeMeasurement,
    holdReview,
    acceptAsTheApi,
    quiet,
    mentorshipIdOf,
  };
}
