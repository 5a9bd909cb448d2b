import { WorkflowHandle } from '@temporalio/client';
import { DURATION_UNITS_MS } from '../../libs/domain/duration';
import { acknowledgeNudgeUpdate, nudgeStateQuery, nudgeWorkflowId, NudgeRun, resolveNudgeSignal } from '../../workflows/nudge/messages';
import { nudge } from '../../workflows/nudge/nudge.workflow';
import { dailyDigest } from '../../workflows/digest/daily-digest.workflow';
import { retentionSweep } from '../../workflows/retention/retention.workflow';
import { MentorflowNudgeKind, MentorflowPhase } from '../../workflows/search-attributes';
import { nudgeStartAttributes } from '../../workflows/nudge/attributes';
import { recordHistory } from './histories';
import { nudgeActivities } from './nudge.fixtures';
import { refusal } from './refusal';
import { withWorker } from './test-worker';
import { timeSkippingSuite } from './time-skipping';

const { DAY, HOUR } = DURATION_UNITS_MS;
const SEVEN_DAYS = 7 * DAY;

describe('nudge', () => {
  const suite = timeSkippingSuite();

  /** As the raiser starts a nudge: its mails recorded and its search attributes set; `planned: false` as raisers did before. */
  async function start(
    fx: ReturnType<typeof nudgeActivities>,
    taskQueue: string,
    key: string,
    { planned = true, ...overrides }: Partial<NudgeRun> & { planned?: boolean } = {},
  ): Promise<{ handle: WorkflowHandle<typeof nudge>; raisedAt: number }> {
    const raisedAt = await suite.env.currentTimeMs();
    const run: NudgeRun = { key, programSlug: 'pift', escalateAfterMs: SEVEN_DAYS, awaitsAcknowledgement: true, ...overrides };
    const asRaised = { ...run, raisedAt: new Date(raisedAt).toISOString(), deliveries: fx.deliveriesOf(key, raisedAt) };
    const handle = suite.started.track(
      await suite.env.client.workflow.start(nudge, {
        workflowId: nudgeWorkflowId(key),
        taskQueue,
        args: [planned ? asRaised : run],
        typedSearchAttributes: planned ? nudgeStartAttributes(asRaised) : undefined,
      }),
    );
    return { handle, raisedAt };
  }

  it('mails at once, reports itself to the coordinator once when left open for the policy time, and ends when resolved', async () => {
    const fx = nudgeActivities(suite.env);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const { handle, raisedAt } = await start(fx, taskQueue, 'mentorship-a/meeting-gap:start', { kind: 'meeting-gap' });
      await suite.env.sleep('6 days');
      const { typedSearchAttributes } = await handle.describe();
      expect(typedSearchAttributes.get(MentorflowNudgeKind)).toBe('meeting-gap');
      // Set as the raiser started it, open from the start as no mail was held: nothing upserted since.
      expect(typedSearchAttributes.get(MentorflowPhase)).toBe('open');
      expect((await handle.fetchHistory()).events!.filter((event) => event.upsertWorkflowSearchAttributesEventAttributes)).toEqual([]);
      expect(fx.delivered.map((d) => d.what)).toEqual(['mentorship-a/meeting-gap:start#0']);
      expect(fx.delivered[0].at - raisedAt).toBeLessThan(HOUR);
      expect(fx.escalated).toEqual([]);
      expect(await handle.query(nudgeStateQuery)).toMatchObject({ phase: 'open' });

      await suite.env.sleep('2 days');
      expect(fx.escalated.map((e) => e.what)).toEqual(['mentorship-a/meeting-gap:start']);
      expect(Math.abs(fx.escalated[0].at - (raisedAt + SEVEN_DAYS))).toBeLessThan(HOUR);
      await suite.env.sleep('30 days');
      expect(fx.escalated).toHaveLength(1);

      // Whoever resolves it closed its row first: the nudge only ends.
      await handle.signal(resolveNudgeSignal, { reason: 'meeting logged', closedInPostgres: true });
      expect(await handle.result()).toMatchObject({ phase: 'resolved', closedBy: 'meeting logged' });
      expect(fx.closed).toEqual([]);
      await recordHistory(handle, 'nudge-escalated-then-resolved');
    });
  });

  it('started as raisers did before, plans its own mails, publishes itself and closes its row when resolved', async () => {
    const fx = nudgeActivities(suite.env);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const { handle } = await start(fx, taskQueue, 'mentorship-f/meeting-gap:start', { kind: 'meeting-gap', planned: false });
      await suite.env.sleep('1 hour');
      expect((await handle.describe()).typedSearchAttributes.get(MentorflowNudgeKind)).toBe('meeting-gap');
      expect(fx.delivered.map((d) => d.what)).toEqual(['mentorship-f/meeting-gap:start#0']);
      await handle.signal(resolveNudgeSignal, { reason: 'meeting logged' });
      expect(await handle.result()).toMatchObject({ phase: 'resolved', closedBy: 'meeting logged' });
      expect(fx.closed.map((c) => c.what)).toEqual([{ key: 'mentorship-f/meeting-gap:start', status: 'resolved', by: 'meeting logged' }]);
    });
  });

  it('is never reported once its recipient has acknowledged it', async () => {
    const fx = nudgeActivities(suite.env);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const { handle } = await start(fx, taskQueue, 'mentorship-b/measurement-due:who5@P3M');
      await suite.env.sleep('3 days');
      const acknowledged = await handle.executeUpdate(acknowledgeNudgeUpdate, { args: [{ by: 'mentor-1' }] });
      expect(acknowledged).toMatchObject({ phase: 'acknowledged', closedBy: 'mentor-1' });
      expect(fx.closed.map((c) => c.what.status)).toEqual(['acknowledged']);
      await handle.result();
      await suite.env.sleep('30 days');
      expect(fx.escalated).toEqual([]);
    });
  });

  it('holds its mail through the quiet hours and sends it when they end', async () => {
    const fx = nudgeActivities(suite.env, () => [{ deliverInMs: 10 * HOUR }]);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const { handle, raisedAt } = await start(fx, taskQueue, 'mentor-c/screening-stalled:x');
      await suite.env.sleep('9 hours');
      expect(fx.delivered).toEqual([]);
      expect((await handle.describe()).typedSearchAttributes.get(MentorflowPhase)).toBe('delivering');
      await suite.env.sleep('2 hours');
      expect(fx.delivered).toHaveLength(1);
      expect((await handle.describe()).typedSearchAttributes.get(MentorflowPhase)).toBe('open');
      expect(Math.abs(fx.delivered[0].at - (raisedAt + 10 * HOUR))).toBeLessThan(HOUR);
    });
  });

  it('drops a mail held by quiet hours when what it chases happens first', async () => {
    const fx = nudgeActivities(suite.env, () => [{ deliverInMs: 10 * HOUR }]);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const { handle } = await start(fx, taskQueue, 'mentorship-d/meeting-gap:2026-01-01');
      await suite.env.sleep('2 hours');
      await handle.signal(resolveNudgeSignal, { reason: 'meeting logged' });
      await suite.env.sleep('2 days');
      expect(fx.delivered).toEqual([]);
      expect(await handle.result()).toMatchObject({
        phase: 'resolved',
        deliveries: [{ notificationId: 'mentorship-d/meeting-gap:2026-01-01#0' }],
      });
      expect((await handle.result()).deliveries[0].outcome).toBeUndefined();
    });
  });

  it('mails every recipient of a coordinator nudge, each once', async () => {
    const fx = nudgeActivities(suite.env, () => [{ deliverInMs: 0 }, { deliverInMs: 0 }]);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      await start(fx, taskQueue, 'program-pift/quota-behind:q1');
      await suite.env.sleep('1 hour');
      expect(fx.delivered.map((d) => d.what)).toEqual(['program-pift/quota-behind:q1#0', 'program-pift/quota-behind:q1#1']);
    });
  });

  it('a welcome ends once delivered and takes no acknowledgement', async () => {
    const fx = nudgeActivities(suite.env, () => [{ deliverInMs: 10 * HOUR }]);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const { handle } = await start(fx, taskQueue, 'mentorship-e/welcome:1:mentor', {
        escalateAfterMs: null,
        awaitsAcknowledgement: false,
      });
      await suite.env.sleep('1 hour');
      expect(await refusal(handle.executeUpdate(acknowledgeNudgeUpdate, { args: [{ by: 'mentor-1' }] }))).toBe(
        'this message needs no acknowledgement',
      );
      await suite.env.sleep('10 hours');
      expect(await handle.result()).toMatchObject({ phase: 'resolved', closedBy: 'delivered' });
      expect(fx.delivered).toHaveLength(1);
      expect(fx.escalated).toEqual([]);
    });
  });

  it("the daily digest records the day's digests and sends each once, the day being the workflow's own", async () => {
    const days: string[] = [];
    const sent: string[] = [];
    const activities = {
      async recordDailyDigests({ day }: { day: string }) {
        days.push(day);
        return [`digest/c-1/${day}`, `digest/c-2/${day}`];
      },
      async deliverNotification({ notificationId }: { notificationId: string }) {
        if (sent.includes(notificationId)) return 'already-sent';
        sent.push(notificationId);
        return notificationId.startsWith('digest/c-2') ? 'undeliverable' : 'sent';
      },
    };
    await withWorker(suite.env, activities, async (taskQueue) => {
      const day = new Date(await suite.env.currentTimeMs()).toISOString().slice(0, 10);
      const handle = await suite.env.client.workflow.start(dailyDigest, { workflowId: `daily-digest-${day}`, taskQueue });
      const result = await handle.result();
      expect(result).toEqual({ day, digests: 2, sent: 1 });
      await recordHistory(handle, 'daily-digest-two-digests');
      expect(days).toEqual([day]);
      expect(sent).toEqual([`digest/c-1/${day}`, `digest/c-2/${day}`]);
    });
  });

  it('the retention sweep erases what has expired in one activity and says how many', async () => {
    let sweeps = 0;
    const activities = {
      async eraseExpiredPersonalData() {
        sweeps += 1;
        return { erased: 3 };
      },
    };
    await withWorker(suite.env, activities, async (taskQueue) => {
      const handle = await suite.env.client.workflow.start(retentionSweep, { workflowId: `retention-${taskQueue}`, taskQueue });
      expect(await handle.result()).toEqual({ erased: 3 });
      await recordHistory(handle, 'retention-sweep');
      expect(sweeps).toBe(1);
    });
  });
});
