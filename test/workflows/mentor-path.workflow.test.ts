import { WorkflowHandle } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import { recordHistory } from './histories';
import { refusal } from './refusal';
import { withWorker } from './test-worker';
import { timeSkippingSuite } from './time-skipping';
import { mentorInput, recordingActivities } from './mentor-path.fixtures';
import { mentorPath } from '../../workflows/mentor/mentor-path.workflow';
import * as m from '../../workflows/mentor/messages';

const by = 'coordinator-1';

describe('mentorPath', () => {
  const suite = timeSkippingSuite();

  async function start(taskQueue: string, mentorId: string, policy = {}): Promise<WorkflowHandle<typeof mentorPath>> {
    return suite.started.track(
      await suite.env.client.workflow.start(mentorPath, {
        workflowId: m.mentorWorkflowId(mentorId),
        taskQueue,
        args: [mentorInput(mentorId, policy)],
      }),
    );
  }

  async function approved(handle: WorkflowHandle<typeof mentorPath>): Promise<void> {
    await handle.executeUpdate(m.beginScreeningUpdate, { args: [{ by }] });
    for (const step of ['interview', 'references', 'criminal-record-check', 'child-offence-certificate'] as const) {
      await handle.executeUpdate(m.recordScreeningStepUpdate, { args: [{ by, step, result: 'passed' }] });
    }
    await handle.executeUpdate(m.enrolInCourseUpdate, { args: [{ by }] });
    await handle.executeUpdate(m.completeCourseUpdate, { args: [{ by }] });
    await handle.executeUpdate(m.approveUpdate, { args: [{ by }] });
  }

  it('lives from application through approval and two mentorships to retirement', async () => {
    const { activities, events } = recordingActivities();
    await withWorker(suite.env, activities, async (taskQueue) => {
      const handle = await start(taskQueue, 'life');
      expect((await handle.query(m.mentorStateQuery)).phase).toBe('applied');
      await handle.executeUpdate(m.beginScreeningUpdate, { args: [{ by }] });
      await suite.env.sleep('10 days');
      for (const step of ['interview', 'references', 'criminal-record-check', 'child-offence-certificate'] as const) {
        const state = await handle.executeUpdate(m.recordScreeningStepUpdate, { args: [{ by, step, result: 'passed' }] });
        expect(state.screening.at(-1)).toMatchObject({ step, result: 'passed', by });
      }
      expect((await handle.query(m.mentorStateQuery)).phase).toBe('course');
      await handle.executeUpdate(m.enrolInCourseUpdate, { args: [{ by }] });
      await suite.env.sleep('20 days');
      expect((await handle.executeUpdate(m.completeCourseUpdate, { args: [{ by }] })).phase).toBe('awaiting-approval');
      const available = await handle.executeUpdate(m.approveUpdate, { args: [{ by: 'coordinator-2' }] });
      expect(available).toMatchObject({ phase: 'available', approvedBy: 'coordinator-2' });

      for (const mentorship of ['mentorship-a', 'mentorship-b']) {
        expect(await handle.executeUpdate(m.reserveSlotUpdate, { args: [{ mentorshipId: mentorship }] })).toEqual({
          mentorshipId: mentorship,
          activeMentorships: 1,
          capacity: 1,
        });
        await suite.env.sleep('200 days');
        expect(await handle.executeUpdate(m.releaseSlotUpdate, { args: [{ mentorshipId: mentorship }] })).toMatchObject({
          activeMentorships: 0,
        });
      }
      await handle.executeUpdate(m.pauseUpdate, { args: [{ by }] });
      await handle.executeUpdate(m.resumeUpdate, { args: [{ by }] });
      await handle.executeUpdate(m.retireUpdate, { args: [{ by, reason: 'personal-circumstances' }] });
      const result = await handle.result();
      expect(result).toMatchObject({ phase: 'retired', endReason: 'personal-circumstances', mentorships: [] });
      expect(events.map((e) => `${e.kind}>${e.phase}`)).toEqual([
        'applied>applied',
        'screening-begun>screening',
        'screening-step>screening',
        'screening-step>screening',
        'screening-step>screening',
        'screening-step>course',
        'course-enrolled>course',
        'course-completed>awaiting-approval',
        'approved>available',
        'paused>paused',
        'resumed>available',
        'retired>retired',
      ]);
      expect(new Set(events.map((e) => e.eventId)).size).toBe(events.length);
      await recordHistory(handle, 'mentor-path-life');
    });
  });

  it('refuses every command that does not fit the phase, with the reason, leaving the state as it was', async () => {
    const { activities } = recordingActivities();
    await withWorker(suite.env, activities, async (taskQueue) => {
      const handle = await start(taskQueue, 'refusals', { screeningSteps: ['interview'] });
      const u = <Arg>(update: UpdateDefinition<m.MentorPathState, [Arg]>, arg: Arg) => handle.executeUpdate(update, { args: [arg] });

      expect(await refusal(u(m.recordScreeningStepUpdate, { by, step: 'interview', result: 'passed' }))).toBe(
        'the mentor is applied; this needs screening',
      );
      expect(await refusal(u(m.approveUpdate, { by }))).toBe('the mentor is applied; this needs awaiting-approval');
      expect(await refusal(u(m.retireUpdate, { by, reason: 'other' }))).toBe('the mentor is applied; this needs one of available, paused');
      expect(await refusal(handle.executeUpdate(m.reserveSlotUpdate, { args: [{ mentorshipId: 'x' }] }))).toBe(
        'the mentor is applied; this needs available',
      );
      await u(m.beginScreeningUpdate, { by });
      expect(await refusal(u(m.beginScreeningUpdate, { by }))).toBe('the mentor is screening; this needs applied');
      expect(await refusal(u(m.recordScreeningStepUpdate, { by, step: 'references', result: 'passed' }))).toBe(
        'references is not a screening step of this program (its steps: interview)',
      );
      expect(await refusal(u(m.enrolInCourseUpdate, { by }))).toBe('the mentor is screening; this needs course');
      await u(m.recordScreeningStepUpdate, { by, step: 'interview', result: 'passed' });
      expect(await refusal(u(m.completeCourseUpdate, { by }))).toBe('not enrolled in the course yet');
      await u(m.enrolInCourseUpdate, { by });
      expect(await refusal(u(m.enrolInCourseUpdate, { by }))).toBe('already enrolled in the course');
      expect(await refusal(u(m.pauseUpdate, { by }))).toBe('the mentor is course; this needs available');
      await u(m.completeCourseUpdate, { by });
      await u(m.approveUpdate, { by });
      expect(await refusal(u(m.resumeUpdate, { by }))).toBe('the mentor is available; this needs paused');
      expect(await refusal(u(m.rejectUpdate, { by, reason: 'not-suitable' }))).toBe(
        'the mentor is available; this needs one of applied, screening, course, awaiting-approval',
      );
      await handle.executeUpdate(m.reserveSlotUpdate, { args: [{ mentorshipId: 'm-1' }] });
      expect(await refusal(handle.executeUpdate(m.reserveSlotUpdate, { args: [{ mentorshipId: 'm-2' }] }))).toBe(
        'the mentor has no free slot (1 of 1 taken)',
      );
      expect(await refusal(u(m.retireUpdate, { by, reason: 'other' }))).toBe(
        'the mentor still carries 1 mentorship(s); close or re-match them first',
      );
      expect((await handle.query(m.mentorStateQuery)).mentorships).toEqual(['m-1']);
      // Withdrawing is allowed even while carrying a mentorship: a volunteer may simply leave.
      await u(m.withdrawUpdate, { by, reason: 'moved' });
      expect(await handle.result()).toMatchObject({ phase: 'withdrawn', endReason: 'moved', mentorships: ['m-1'] });
    });
  });

  it('rejects a mentor who fails a screening step, and a rejection may come at any step before approval', async () => {
    const { activities } = recordingActivities();
    await withWorker(suite.env, activities, async (taskQueue) => {
      const failed = await start(taskQueue, 'fails-references');
      await failed.executeUpdate(m.beginScreeningUpdate, { args: [{ by }] });
      await failed.executeUpdate(m.recordScreeningStepUpdate, { args: [{ by, step: 'references', result: 'failed' }] });
      expect(await failed.result()).toMatchObject({ phase: 'rejected', endReason: 'failed-screening' });

      const rejected = await start(taskQueue, 'not-suitable');
      await rejected.executeUpdate(m.beginScreeningUpdate, { args: [{ by }] });
      await rejected.executeUpdate(m.rejectUpdate, { args: [{ by, reason: 'not-suitable' }] });
      expect(await rejected.result()).toMatchObject({ phase: 'rejected', endReason: 'not-suitable' });
    });
  });

  it('goes straight to approval when the program requires no course', async () => {
    const { activities } = recordingActivities();
    await withWorker(suite.env, activities, async (taskQueue) => {
      const handle = await start(taskQueue, 'no-course', { courseRequired: false, screeningSteps: ['interview'] });
      await handle.executeUpdate(m.beginScreeningUpdate, { args: [{ by }] });
      const state = await handle.executeUpdate(m.recordScreeningStepUpdate, { args: [{ by, step: 'interview', result: 'passed' }] });
      expect(state.phase).toBe('awaiting-approval');
    });
  });

  it('gives the last slot to exactly one of two concurrent reservations', async () => {
    const { activities } = recordingActivities();
    await withWorker(suite.env, activities, async (taskQueue) => {
      const handle = await start(taskQueue, 'last-slot', { capacity: 2 });
      await approved(handle);
      await handle.executeUpdate(m.reserveSlotUpdate, { args: [{ mentorshipId: 'first' }] });
      const outcomes = await Promise.allSettled(
        ['second', 'third'].map((mentorshipId) => handle.executeUpdate(m.reserveSlotUpdate, { args: [{ mentorshipId }] })),
      );
      expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect((await handle.query(m.mentorStateQuery)).mentorships).toHaveLength(2);
      // A retried reservation of a slot already held is no new reservation.
      const held = (await handle.query(m.mentorStateQuery)).mentorships[1];
      expect(await handle.executeUpdate(m.reserveSlotUpdate, { args: [{ mentorshipId: held }] })).toMatchObject({ activeMentorships: 2 });
    });
  });

  it('nudges the coordinator once per stall, at the policy moment: application, screening, course', async () => {
    const { activities, nudges } = recordingActivities();
    await withWorker(suite.env, activities, async (taskQueue) => {
      const handle = await start(taskQueue, 'stalls');
      const started = Date.parse((await handle.query(m.mentorStateQuery)).phaseSince);

      await suite.env.sleep('20 days');
      expect(nudges).toHaveLength(0);
      await suite.env.sleep('2 days');
      expect(nudges.map((n) => n.kind)).toEqual(['application-waiting']);
      expect(nudges[0]).toMatchObject({
        recipientRole: 'coordinator',
        subjectWorkflowId: 'mentor-stalls',
        subjectId: 'stalls',
        programSlug: 'pift',
      });
      await suite.env.sleep('60 days');
      expect(nudges).toHaveLength(1);

      await handle.executeUpdate(m.beginScreeningUpdate, { args: [{ by }] });
      await suite.env.sleep('15 days');
      await handle.executeUpdate(m.recordScreeningStepUpdate, { args: [{ by, step: 'interview', result: 'passed' }] });
      await suite.env.sleep('15 days');
      expect(nudges).toHaveLength(1); // progress 15 days ago restarted the clock
      await suite.env.sleep('7 days');
      expect(nudges.map((n) => n.kind)).toEqual(['application-waiting', 'screening-stalled']);

      for (const step of ['references', 'criminal-record-check', 'child-offence-certificate'] as const) {
        await handle.executeUpdate(m.recordScreeningStepUpdate, { args: [{ by, step, result: 'passed' }] });
      }
      await suite.env.sleep('61 days');
      expect(nudges.map((n) => n.kind)).toEqual(['application-waiting', 'screening-stalled', 'course-stalled']);
      expect(Date.parse((await handle.query(m.mentorStateQuery)).phaseSince)).toBeGreaterThan(started);
    });
  });

  it('continues as new when its history grows long, carrying every fact across', async () => {
    const { activities, events } = recordingActivities();
    await withWorker(suite.env, activities, async (taskQueue) => {
      const handle = suite.started.track(
        await suite.env.client.workflow.start(mentorPath, {
          workflowId: m.mentorWorkflowId('long-lived'),
          taskQueue,
          args: [{ ...mentorInput('long-lived', { capacity: 4 }), historyLimit: 60 }],
        }),
      );
      await approved(handle);
      const firstRun = (await handle.describe()).runId;
      for (let i = 0; i < 12; i++) {
        await handle.executeUpdate(m.reserveSlotUpdate, { args: [{ mentorshipId: `m-${i}` }] });
        if (i % 3 !== 2) await handle.executeUpdate(m.releaseSlotUpdate, { args: [{ mentorshipId: `m-${i}` }] });
        await handle.executeUpdate(m.pauseUpdate, { args: [{ by }] });
        await handle.executeUpdate(m.resumeUpdate, { args: [{ by }] });
      }
      const state = await handle.query(m.mentorStateQuery);
      expect((await suite.env.client.workflow.getHandle(handle.workflowId).describe()).runId).not.toBe(firstRun);
      expect(state).toMatchObject({ phase: 'available', approvedBy: by, mentorships: ['m-2', 'm-5', 'm-8', 'm-11'] });
      expect(state.screening).toHaveLength(4);
      expect(new Set(events.map((e) => e.eventId)).size).toBe(events.length);
      expect(events).toHaveLength(9 + 24);
    });
  });
});
