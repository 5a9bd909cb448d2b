import type { WorkflowHandle } from '@temporalio/client';
import { DURATION_UNITS_MS } from '../../libs/domain/duration';
import * as mp from '../../workflows/mentor/messages';
import { mentorPath } from '../../workflows/mentor/mentor-path.workflow';
import * as m from '../../workflows/mentorship/messages';
import { acknowledgeNudgeUpdate, nudgeStateQuery, nudgeWorkflowId, NudgeRun } from '../../workflows/nudge/messages';
import { nudge } from '../../workflows/nudge/nudge.workflow';
import { nudgeStartAttributes } from '../../workflows/nudge/attributes';
import { RENEW_RUNS_OLDER_THAN_MS, renewSignal } from '../../workflows/renewal/renewal';
import { renewalSweep } from '../../workflows/renewal/renewal.workflow';
import { MentorflowNextDue, MentorflowPhase, MentorflowProgram, MentorflowWorkflowsVersion } from '../../workflows/search-attributes';
import { WORKFLOWS_VERSION } from '../../workflows/version';
import { by, courseSteps } from './course-steps';
import { recordHistory } from './histories';
import { mentorInput, recordingActivities } from './mentor-path.fixtures';
import { mentorshipActivities } from './mentorship.fixtures';
import { nudgeActivities } from './nudge.fixtures';
import { withWorker } from './test-worker';
import { timeSkippingSuite } from './time-skipping';

const { DAY, HOUR } = DURATION_UNITS_MS;

/** The renewal sweep's `renew`, as each swept workflow type takes it: the run continues as new with all it knew. */
describe('renewal', () => {
  const suite = timeSkippingSuite();
  const { send, availableMentor, startCourse, toActive, meet, checkIn } = courseSteps(suite);

  /**
   * Sends `renew` to the run under way and lets a minute pass, which the test server gives only once every
   * workflow task is done: the old run has continued as new, and the new one has begun. Answers both runs' ids.
   */
  async function renew(handle: WorkflowHandle): Promise<{ before: string; after: string }> {
    const before = (await handle.describe()).runId;
    await handle.signal(renewSignal);
    await suite.env.sleep('1 minute');
    const history = await suite.env.client.workflow.getHandle(handle.workflowId, before).fetchHistory();
    const continued = history.events!.at(-1)!.workflowExecutionContinuedAsNewEventAttributes;
    const after = (await handle.describe()).runId;
    expect(continued?.newExecutionRunId).toBe(after);
    return { before, after };
  }

  const attributes = async (handle: WorkflowHandle) => (await handle.describe()).typedSearchAttributes;

  it('the sweep asks its activity to renew the runs begun more than a day short of the bound before its own now', async () => {
    const asked: string[] = [];
    const activities = {
      async renewRunsBegunBefore({ startedBefore }: { startedBefore: string }) {
        asked.push(startedBefore);
        return { renewed: 2 };
      },
    };
    await withWorker(suite.env, activities, async (taskQueue) => {
      const now = await suite.env.currentTimeMs();
      const handle = await suite.env.client.workflow.start(renewalSweep, { workflowId: `renewal-${taskQueue}`, taskQueue });
      expect(await handle.result()).toEqual({ renewed: 2 });
      await recordHistory(handle, 'renewal-sweep');
      expect(asked).toHaveLength(1);
      expect(Math.abs(Date.parse(asked[0]) - (now - RENEW_RUNS_OLDER_THAN_MS))).toBeLessThan(HOUR);
      expect(RENEW_RUNS_OLDER_THAN_MS).toBe(89 * DAY);
    });
  });

  it("renews a mentor's path in screening with its steps, its stall deadline and its count of recorded events", async () => {
    const { activities, events, nudges } = recordingActivities();
    await withWorker(suite.env, activities, async (taskQueue) => {
      const handle = suite.started.track(
        await suite.env.client.workflow.start(mentorPath, {
          workflowId: mp.mentorWorkflowId('renewed'),
          taskQueue,
          args: [mentorInput('renewed')],
        }),
      );
      await handle.executeUpdate(mp.beginScreeningUpdate, { args: [{ by }] });
      await handle.executeUpdate(mp.recordScreeningStepUpdate, { args: [{ by, step: 'interview', result: 'passed' }] });
      const state = await handle.query(mp.mentorStateQuery);
      const nextDue = (await attributes(handle)).get(MentorflowNextDue);
      expect(nextDue).toBeDefined();

      await renew(handle);
      expect(await handle.query(mp.mentorStateQuery)).toEqual(state);
      const renewed = await attributes(handle);
      expect(renewed.get(MentorflowWorkflowsVersion)).toBe(WORKFLOWS_VERSION);
      expect(renewed.get(MentorflowPhase)).toBe('screening');
      expect(renewed.get(MentorflowNextDue)).toEqual(nextDue);

      // The stall deadline holds in the new run: chased at its time, once.
      await suite.env.sleep(nextDue!.getTime() - (await suite.env.currentTimeMs()) - HOUR);
      expect(nudges).toEqual([]);
      await suite.env.sleep('2 hours');
      expect(nudges.map((n) => n.kind)).toEqual(['screening-stalled']);
      // Recorded events go on numbering where the old run stopped.
      await handle.executeUpdate(mp.recordScreeningStepUpdate, { args: [{ by, step: 'references', result: 'passed' }] });
      await handle.executeUpdate(mp.withdrawUpdate, { args: [{ by, reason: 'moved' }] });
      expect(await handle.result()).toMatchObject({ phase: 'withdrawn', screening: [{ step: 'interview' }, { step: 'references' }] });
      // The activities recording events may run side by side, so they arrive in any order; their numbers may not.
      expect(events.map((e) => e.eventId).sort()).toEqual([1, 2, 3, 4, 5].map((n) => `${handle.workflowId}/${n}`));
    });
  });

  it('renews a course mid-phase with its meetings, measurements, deadlines and slot', async () => {
    const fx = mentorshipActivities(suite.env.client);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const mentorId = await availableMentor(taskQueue);
      const handle = await startCourse(taskQueue);
      await toActive(handle, mentorId);
      await send(handle, m.measurementSubmittedUpdate, { by, measurementId: 'w0', instrument: 'who5', duePoint: '0d' });
      await meet(handle);
      await checkIn(handle, 'mentor');
      await suite.env.sleep('10 days');
      await meet(handle);
      const state = await handle.query(m.mentorshipStateQuery);
      expect(state.phase).toBe('active');
      const nextDue = (await attributes(handle)).get(MentorflowNextDue);
      expect(nextDue).toBeDefined();
      const nudged = fx.nudges.length;

      await renew(handle);
      expect(await handle.query(m.mentorshipStateQuery)).toEqual(state);
      const renewed = await attributes(handle);
      expect(renewed.get(MentorflowWorkflowsVersion)).toBe(WORKFLOWS_VERSION);
      expect(renewed.get(MentorflowPhase)).toBe('active');
      expect(renewed.get(MentorflowProgram)).toBe('pift');
      expect(renewed.get(MentorflowNextDue)).toEqual(nextDue);

      // Its next deadline is acted on at its time by the new run, and its counters go on.
      await suite.env.sleep(nextDue!.getTime() - (await suite.env.currentTimeMs()) - HOUR);
      expect(fx.nudges).toHaveLength(nudged);
      await suite.env.sleep('2 hours');
      expect(fx.nudges.length).toBeGreaterThan(nudged);
      // The second meeting was stored without waking the course: the new run read it as it woke for that deadline.
      expect((await handle.query(m.mentorshipStateQuery)).meetings.count).toBe(state.meetings.count + 1);
      expect(fx.phases.filter((phase) => phase === 'active')).toHaveLength(1);
      // Ends with its last task done: one left pending when the test terminates it stops the test server's clock.
      await suite.env.sleep('1 minute');
    });
  });

  it('renews a nudge waiting for an answer before and after it was reported, reporting it once and ending when acknowledged', async () => {
    const fx = nudgeActivities(suite.env);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const key = 'mentorship-r/meeting-gap:start';
      const raisedAt = await suite.env.currentTimeMs();
      const run: NudgeRun & { raisedAt: string } = {
        key,
        programSlug: 'pift',
        kind: 'meeting-gap',
        escalateAfterMs: 7 * DAY,
        awaitsAcknowledgement: true,
        raisedAt: new Date(raisedAt).toISOString(),
        deliveries: fx.deliveriesOf(key, raisedAt),
      };
      const handle = suite.started.track(
        await suite.env.client.workflow.start(nudge, {
          workflowId: nudgeWorkflowId(key),
          taskQueue,
          args: [run],
          typedSearchAttributes: nudgeStartAttributes(run),
        }),
      );
      await suite.env.sleep('2 days');
      const open = await handle.query(nudgeStateQuery);
      expect(open).toMatchObject({ phase: 'open', deliveries: [{ outcome: 'sent' }] });
      const escalationDue = (await attributes(handle)).get(MentorflowNextDue);

      const first = await renew(handle);
      expect(await handle.query(nudgeStateQuery)).toEqual(open);
      expect((await attributes(handle)).get(MentorflowWorkflowsVersion)).toBe(WORKFLOWS_VERSION);
      expect((await attributes(handle)).get(MentorflowNextDue)).toEqual(escalationDue);
      await recordHistory(suite.env.client.workflow.getHandle(handle.workflowId, first.before), 'nudge-renewed-while-open');

      // Reported at the time the first run set, once, though its run changed.
      await suite.env.sleep('6 days');
      expect(fx.escalated.map((e) => e.what)).toEqual([key]);
      expect(Math.abs(fx.escalated[0].at - (raisedAt + 7 * DAY))).toBeLessThan(HOUR);
      const reported = await handle.query(nudgeStateQuery);
      expect(reported.escalatedAt).toBeDefined();

      await renew(handle);
      expect(await handle.query(nudgeStateQuery)).toEqual(reported);
      await suite.env.sleep('30 days');
      expect(fx.escalated).toHaveLength(1);
      expect(fx.delivered).toHaveLength(1);

      await handle.executeUpdate(acknowledgeNudgeUpdate, { args: [{ by: 'mentor-1' }] });
      expect(await handle.result()).toMatchObject({ phase: 'acknowledged', closedBy: 'mentor-1', escalatedAt: reported.escalatedAt });
      expect(fx.closed.map((c) => c.what)).toEqual([{ key, status: 'acknowledged', by: 'mentor-1' }]);
    });
  });
});
