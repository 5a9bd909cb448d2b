import type { UpdateDefinition } from '@temporalio/common';
import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { randomUUID } from 'node:crypto';
import { mentorPath } from '../../workflows/mentor/mentor-path.workflow';
import { approveUpdate, beginScreeningUpdate, mentorStateQuery, mentorWorkflowId } from '../../workflows/mentor/messages';
import * as m from '../../workflows/mentorship/messages';
import { mentorship } from '../../workflows/mentorship/mentorship.workflow';
import { mentorInput } from './mentor-path.fixtures';
import { mentorshipInput } from './mentorship.fixtures';
import type { StartedWorkflows } from './test-worker';

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

  let meetingCount = 0;
  const meet = async (handle: Handle, minutes = 120) =>
    send(handle, m.logMeetingUpdate, {
      by: 'mentor',
      meetingId: `meeting-${++meetingCount}`,
      heldOn: await today(),
      minutes,
      placeKind: 'cafe',
    });

  return { today, send, availableMentor, mentorSlots, startCourse, match, toActive, meet };
}
