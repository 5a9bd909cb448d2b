import type { WorkflowHandle } from '@temporalio/client';
import * as m from '../../workflows/mentorship/messages';
import { nudge } from '../../workflows/nudge/nudge.workflow';
import { nudgeIgnoredSignal, nudgeWorkflowId } from '../../workflows/nudge/messages';
import { MentorflowRiskFlag } from '../../workflows/search-attributes';
import { by, courseSteps, CourseHandle } from './course-steps';
import { mentorshipActivities } from './mentorship.fixtures';
import { nudgeActivities } from './nudge.fixtures';
import { recordHistory } from './histories';
import { refusal } from './refusal';
import { withWorker } from './test-worker';
import { timeSkippingSuite } from './time-skipping';
import { contactLog } from './contact-log';

/** The course's side of escalations: the flag, a person's concern, and each of the engine's rules raising exactly one. */
describe('mentorship risk', () => {
  const suite = timeSkippingSuite();
  const { send, today, availableMentor, startCourse, toActive, meet, mentorshipIdOf } = courseSteps(suite);
  const riskFlag = async (handle: WorkflowHandle) => (await handle.describe()).typedSearchAttributes.get(MentorflowRiskFlag);
  const state = (handle: CourseHandle) => handle.query(m.mentorshipStateQuery);
  let missedCount = 0;
  /** With the meetings logged so far, as the API counts them. */
  const miss = async (handle: CourseHandle, missedMeetingId = `missed-${++missedCount}`) =>
    send(handle, m.recordMissedMeetingUpdate, {
      by: 'mentor',
      missedMeetingId,
      plannedOn: await today(),
      missedBy: 'young-person',
      meetingsHeld: contactLog.meetingsOf(mentorshipIdOf(handle)),
    });
  /** With the flags the API assessed as it stored the score. */
  const measure = (handle: CourseHandle, measurementId: string, duePoint: string, wellBeing?: m.WellBeingFlags) =>
    send(handle, m.measurementSubmittedUpdate, { by: 'mentor', measurementId, instrument: 'who5', duePoint, wellBeing });

  it('a high-risk WHO-5 or a sharp drop raises one escalation per measurement, and the flag stays up until each is closed', async () => {
    const fx = mentorshipActivities(suite.env.client);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const handle = await startCourse(taskQueue);
      await toActive(handle, await availableMentor(taskQueue));
      expect(await riskFlag(handle)).toBe(false);

      await measure(handle, 'who5-start', '0d', { highRisk: true, sharpDrop: false });
      await measure(handle, 'who5-3m', 'P3M', { highRisk: true, sharpDrop: true });
      await measure(handle, 'who5-6m', 'P6M', { highRisk: false, sharpDrop: true });
      expect(fx.escalations.map((e) => [e.reason, e.evidence])).toEqual([
        ['who5-high-risk', { measurementId: 'who5-start' }],
        ['who5-high-risk', { measurementId: 'who5-3m' }],
        ['who5-drop', { measurementId: 'who5-6m' }],
      ]);
      const { openEscalations, escalationsRaised } = await state(handle);
      expect(escalationsRaised).toEqual(['who5@0d', 'who5@P3M', 'who5@P6M']);
      expect(openEscalations).toHaveLength(3);
      expect(await riskFlag(handle)).toBe(true);

      for (const escalationId of openEscalations!.slice(0, 2)) await handle.signal(m.escalationClosedSignal, { escalationId });
      expect(await riskFlag(handle)).toBe(true);
      await handle.signal(m.escalationClosedSignal, { escalationId: openEscalations![2] });
      expect((await state(handle)).openEscalations).toEqual([]);
      expect(await riskFlag(handle)).toBe(false);
      await recordHistory(handle, 'mentorship-who5-escalations-closed');
    });
  });

  it('weighs a high-risk WHO-5 it read from its row between the API storing it and asking, and raises its escalation once', async () => {
    const fx = mentorshipActivities(suite.env.client);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const handle = await startCourse(taskQueue);
      await toActive(handle, await availableMentor(taskQueue));
      // The first meeting's signal makes it read its contact: the WHO-5's row is stored by then, its question not yet asked.
      contactLog.measurement(mentorshipIdOf(handle), 'who5@0d');
      await meet(handle);
      expect((await state(handle)).measurements).toEqual(['who5@0d']);
      await measure(handle, 'who5-start', '0d', { highRisk: true, sharpDrop: false });
      await measure(handle, 'who5-start', '0d', { highRisk: true, sharpDrop: false }); // asked again, after a lost answer
      expect(fx.escalations.map((e) => [e.reason, e.evidence])).toEqual([['who5-high-risk', { measurementId: 'who5-start' }]]);
      expect(await state(handle)).toMatchObject({ measurements: ['who5@0d'], openEscalations: [expect.any(String)] });
      // Without flags there is nothing to weigh: a slot counted is refused as before.
      expect(
        await refusal(send(handle, m.measurementSubmittedUpdate, { by, measurementId: 'x', instrument: 'who5', duePoint: '0d' })),
      ).toMatch(/already/);
    });
  });

  /** What the API asks once the missed meetings logged since the course's last meeting make a run its policy escalates. */
  const missedRun = (handle: CourseHandle, run: string[]) => send(handle, m.missedMeetingsInARowUpdate, { by: 'mentor', run });
  const raised = (fx: ReturnType<typeof mentorshipActivities>) => fx.escalations.map((e) => [e.key.split('/')[1], e.evidence]);

  it('a run of missed meetings the API asks about raises one escalation; retried or grown, none until a new run is as long', async () => {
    const fx = mentorshipActivities(suite.env.client);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const handle = await startCourse(taskQueue);
      expect(await refusal(missedRun(handle, ['a', 'b', 'c']))).toBe(
        'the mentorship is awaiting-consent; missed meetings are logged while it is active',
      );
      await toActive(handle, await availableMentor(taskQueue));
      expect(await refusal(missedRun(handle, []))).toBe('run is required');

      await missedRun(handle, ['a', 'b', 'c']);
      await missedRun(handle, ['a', 'b', 'c']); // the same, retried
      await missedRun(handle, ['a', 'b', 'c', 'd']); // a concurrent one, before the escalation's row was there to count it
      expect(raised(fx)).toEqual([['missed-meetings#1', { missedMeetingIds: ['a', 'b', 'c'] }]]);
      await missedRun(handle, ['a', 'b', 'c', 'd', 'e', 'f']);
      expect(raised(fx)).toEqual([
        ['missed-meetings#1', { missedMeetingIds: ['a', 'b', 'c'] }],
        ['missed-meetings#2', { missedMeetingIds: ['d', 'e', 'f'] }],
      ]);
      // The API stored each: the course writes none.
      expect(fx.missedMeetings).toEqual([]);
      expect((await state(handle)).missedMeetings).toEqual({ inARow: 0, ids: ['a', 'b', 'c', 'd', 'e', 'f'] });
      expect(await riskFlag(handle)).toBe(true);
    });
  });

  it('a course told of missed meetings one by one counts those of its current run in the run the API asks about', async () => {
    const fx = mentorshipActivities(suite.env.client);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const handle = await startCourse(taskQueue);
      await toActive(handle, await availableMentor(taskQueue));
      await miss(handle, 'told-1');
      await meet(handle);
      await miss(handle, 'told-2');
      await miss(handle, 'told-3');
      expect(fx.escalations).toEqual([]);
      // told-1 came before a meeting: not in the API's run, and no longer in the course's.
      await missedRun(handle, ['told-2', 'told-3', 'stored-4']);
      expect(raised(fx)).toEqual([['missed-meetings#1', { missedMeetingIds: ['told-2', 'told-3', 'stored-4'] }]]);
      expect((await state(handle)).missedMeetings).toMatchObject({ inARow: 0, ids: ['told-1', 'told-2', 'told-3', 'stored-4'] });
    });
  });

  it('missed meetings told one by one (before the API stored them): a run raises one escalation, a meeting ends it', async () => {
    const fx = mentorshipActivities(suite.env.client);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const handle = await startCourse(taskQueue);
      expect(await refusal(miss(handle))).toBe('the mentorship is awaiting-consent; missed meetings are logged while it is active');
      await toActive(handle, await availableMentor(taskQueue));
      const tomorrow = new Date((await suite.env.currentTimeMs()) + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
      expect(
        await refusal(send(handle, m.recordMissedMeetingUpdate, { by, missedMeetingId: 'x', plannedOn: tomorrow, missedBy: 'mentor' })),
      ).toBe(`plannedOn ${tomorrow} is in the future: a meeting is missed once its day has come`);

      await miss(handle);
      await miss(handle);
      await meet(handle);
      await miss(handle, 'missed-a');
      await miss(handle, 'missed-b');
      await miss(handle, 'missed-b'); // the same log, retried
      expect(fx.escalations).toEqual([]);
      await miss(handle, 'missed-c');
      expect(fx.escalations.map((e) => [e.reason, e.evidence])).toEqual([
        ['missed-meetings', { missedMeetingIds: ['missed-a', 'missed-b', 'missed-c'] }],
      ]);
      expect(fx.missedMeetings).toHaveLength(5);

      await miss(handle);
      await miss(handle);
      expect(fx.escalations).toHaveLength(1);
      await miss(handle);
      expect(fx.escalations.map((e) => e.key.split('/')[1])).toEqual(['missed-meetings#1', 'missed-meetings#2']);
      expect(await riskFlag(handle)).toBe(true);
    });
  });

  it("takes a person's escalation from consent to closure; a closed course stays flagged and open until its escalation ends", async () => {
    const fx = mentorshipActivities(suite.env.client);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const mentorId = await availableMentor(taskQueue, 20);
      const handle = await startCourse(taskQueue, 'aalborg-mentor-corps');
      expect(await refusal(send(handle, m.raiseEscalationUpdate, { by, escalationId: 'concern-0' }))).toBe(
        'the mentorship is awaiting-consent; a concern can be raised from intake until the course is closed',
      );
      await toActive(handle, mentorId);
      await send(handle, m.raiseEscalationUpdate, { by: mentorId, escalationId: 'concern-1' });
      const retried = await send(handle, m.raiseEscalationUpdate, { by: mentorId, escalationId: 'concern-1' });
      expect(retried.openEscalations).toEqual(['concern-1']);
      expect(fx.openedEscalations).toEqual(['concern-1']);

      await suite.env.sleep('20 days');
      await send(handle, m.closeUpdate, { by, kind: 'early', reason: 'no-contact', outcome: 'none' });
      await send(handle, m.recordExitConversationUpdate, { by, party: 'young-person', held: false });
      await send(handle, m.recordExitConversationUpdate, { by, party: 'mentor', held: true });
      await send(handle, m.measurementSubmittedUpdate, { by, measurementId: 'status-close', instrument: 'status', duePoint: 'close' });
      expect(await state(handle)).toMatchObject({ phase: 'closed', openEscalations: ['concern-1'] });
      expect(await refusal(send(handle, m.raiseEscalationUpdate, { by, escalationId: 'concern-2' }))).toBe(
        'the mentorship is closed; a concern can be raised from intake until the course is closed',
      );
      await suite.env.sleep('30 days');
      expect(await riskFlag(handle)).toBe(true);

      await handle.signal(m.escalationClosedSignal, { escalationId: 'concern-1' });
      expect(await handle.result()).toMatchObject({ phase: 'closed', openEscalations: [] });
    });
  });
  // Last in the file: a test running real nudge workflows leaves the time-skipping
  // server unable to skip time for the next one (see docs/NOTES.md).
  it("the mentor's unanswered nudges raise one escalation once there are enough; her nudges tell the course when ignored", async () => {
    const fx = mentorshipActivities(suite.env.client);
    const nudges = nudgeActivities(suite.env);
    await withWorker(suite.env, { ...fx.activities, ...nudges.activities }, async (taskQueue) => {
      const handle = await startCourse(taskQueue);
      await toActive(handle, await availableMentor(taskQueue));
      await suite.env.sleep('22 days');
      const gap = fx.nudges.find((n) => n.kind === 'meeting-gap')!;
      expect(gap).toMatchObject({ recipientRole: 'mentor', reportIgnoredTo: handle.workflowId });

      // The nudge's own workflow, as the real raiser starts it, reports itself ignored after the policy's time.
      suite.started.track(
        await suite.env.client.workflow.start(nudge, {
          workflowId: nudgeWorkflowId(gap.key),
          taskQueue,
          args: [
            {
              key: gap.key,
              programSlug: 'pift',
              escalateAfterMs: 7 * 24 * 60 * 60 * 1000,
              awaitsAcknowledgement: true,
              reportIgnoredTo: handle.workflowId,
            },
          ],
        }),
      );
      await suite.env.sleep('8 days');
      expect(nudges.escalated.map((e) => e.what)).toEqual([gap.key]);
      expect((await state(handle)).unansweredNudges).toBe(1);
      expect(fx.escalations).toEqual([]);

      await handle.signal(nudgeIgnoredSignal, { key: 'another' });
      await handle.signal(nudgeIgnoredSignal, { key: 'and-another' });
      await handle.signal(nudgeIgnoredSignal, { key: 'one-more' });
      // The escalation is raised by an activity the signal starts: let the server run it.
      await suite.env.sleep('1 minute');
      expect((await state(handle)).unansweredNudges).toBe(1);
      expect(fx.escalations.map((e) => [e.key.split('/')[1], e.reason, e.evidence])).toEqual([
        ['unanswered-nudges#1', 'unanswered-nudges', { unansweredNudges: 3 }],
      ]);
    });
  });
});
