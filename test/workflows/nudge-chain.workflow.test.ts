import type { NudgeInput } from '../../activities/nudges/nudge.activities';
import { nudgeWorkflowId, resolveNudgeSignal } from '../../workflows/nudge/messages';
import { nudge } from '../../workflows/nudge/nudge.workflow';
import { courseSteps } from './course-steps';
import { mentorshipActivities, withCourseChanges } from './mentorship.fixtures';
import { nudgeActivities } from './nudge.fixtures';
import { withWorker } from './test-worker';
import { timeSkippingSuite } from './time-skipping';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A course and the nudges it raises, each a real nudge workflow on the test
 * server (raising starts one, resolving signals it, as the real activities
 * do); only Postgres and SMTP are in memory. In a file of its own: the nudge
 * workflows it starts must not outlive it on another test's server.
 */
describe('a course and its nudges', () => {
  const suite = timeSkippingSuite();
  const { toActive, availableMentor, startCourse, meet } = courseSteps(suite);

  it('a meeting-gap nudge left open is reported to the coordinator once, at the policy moment; a logged meeting then ends it', async () => {
    const fx = mentorshipActivities(suite.env.client);
    const delivery = nudgeActivities(suite.env);
    const escalateAfterMs = 7 * DAY_MS; // PIFT's escalateIgnoredAfter
    const raisedAt = new Map<string, number>();
    // Once the test is over nothing new may start: a nudge workflow left waiting on a timer would stop time skipping.
    let over = false;
    // Raising starts the real nudge workflow, and resolving signals it, as the real activities do.
    const raiseNudge = async (input: NudgeInput) => {
      await fx.activities.raiseNudge(input);
      if (raisedAt.has(input.key) || over) return;
      raisedAt.set(input.key, await suite.env.currentTimeMs());
      suite.started.track(
        await suite.env.client.workflow.start(nudge, {
          workflowId: nudgeWorkflowId(input.key),
          taskQueue: currentTaskQueue,
          args: [{ key: input.key, programSlug: input.programSlug, escalateAfterMs, awaitsAcknowledgement: true }],
        }),
      );
    };
    // The course's one write per step runs these parts, not the fixture's own.
    const activities = withCourseChanges({
      ...fx.activities,
      ...delivery.activities,
      raiseNudge,
      async raiseNudges({ nudges }: { nudges: NudgeInput[] }) {
        for (const input of nudges) await raiseNudge(input);
      },
      async resolveNudges({ keys, reason }: { keys: string[]; reason: string }) {
        await fx.activities.resolveNudges({ keys, reason });
        for (const key of keys) await suite.env.client.workflow.getHandle(nudgeWorkflowId(key)).signal(resolveNudgeSignal, { reason });
      },
    });
    let currentTaskQueue = '';
    await withWorker(suite.env, activities, async (taskQueue) => {
      currentTaskQueue = taskQueue;
      const mentorId = await availableMentor(taskQueue);
      const handle = await startCourse(taskQueue);
      await toActive(handle, mentorId);
      const matchedAt = await suite.env.currentTimeMs();
      const gapKey = `${handle.workflowId}/meeting-gap:start`;

      await suite.env.sleep('20 days');
      expect(raisedAt.has(gapKey)).toBe(false);
      await suite.env.sleep('2 days');
      expect(raisedAt.get(gapKey)! - matchedAt).toBeGreaterThan(21 * DAY_MS - 60 * 1000);
      expect(raisedAt.get(gapKey)! - matchedAt).toBeLessThan(21 * DAY_MS + 60 * 60 * 1000);
      expect(delivery.delivered.map((d) => d.what)).toContain(`${gapKey}#0`);

      await suite.env.sleep('4 days'); // day 26: raised five days ago
      expect(delivery.escalated.map((e) => e.what)).not.toContain(gapKey);
      await suite.env.sleep('3 days'); // day 29: past the seven days
      const reports = delivery.escalated.filter((e) => e.what === gapKey);
      expect(reports).toHaveLength(1);
      expect(Math.abs(reports[0].at - (raisedAt.get(gapKey)! + escalateAfterMs))).toBeLessThan(60 * 60 * 1000);

      await meet(handle);
      const ended = await suite.env.client.workflow.getHandle(nudgeWorkflowId(gapKey)).result();
      expect(ended).toMatchObject({ phase: 'resolved', closedBy: 'meeting logged', escalatedAt: expect.any(String) });
      await suite.env.sleep('30 days');
      expect(delivery.escalated.filter((e) => e.what === gapKey)).toHaveLength(1);
      over = true;
      await handle.terminate('test finished');
      await suite.started.terminateAll();
    });
  });
});
