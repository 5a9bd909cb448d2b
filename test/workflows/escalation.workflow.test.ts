import type { WorkflowHandle } from '@temporalio/client';
import { DURATION_UNITS_MS } from '../../libs/domain/duration';
import { escalation } from '../../workflows/escalation/escalation.workflow';
import {
  acknowledgeEscalationUpdate,
  EscalationRun,
  escalationStateQuery,
  escalationWorkflowId,
  reassignEscalationUpdate,
  resolveEscalationUpdate,
  respondEscalationUpdate,
} from '../../workflows/escalation/messages';
import { MentorflowEscalationLevel, MentorflowNextDue } from '../../workflows/search-attributes';
import { escalationActivities, escalationRun, FULL_LADDER } from './escalation.fixtures';
import { recordHistory } from './histories';
import { refusal } from './refusal';
import { withWorker } from './test-worker';
import { timeSkippingSuite } from './time-skipping';

const { DAY, HOUR } = DURATION_UNITS_MS;
const panelMember = { by: 'psychologist-1', role: 'panel' as const };
const coordinator = { by: 'coordinator-1', role: 'coordinator' as const };

describe('escalation', () => {
  const suite = timeSkippingSuite();
  let counter = 0;

  async function raise(
    taskQueue: string,
    run: Partial<EscalationRun> = {},
  ): Promise<{ handle: WorkflowHandle<typeof escalation>; raisedAt: number }> {
    const raisedAt = await suite.env.currentTimeMs();
    const id = `e-${++counter}`;
    const handle = suite.started.track(
      await suite.env.client.workflow.start(escalation, {
        workflowId: escalationWorkflowId(id),
        taskQueue,
        args: [escalationRun(id, run)],
      }),
    );
    return { handle, raisedAt };
  }
  const levels = (fx: ReturnType<typeof escalationActivities>) => fx.assignments.map((a) => a.what.level);

  it('goes to the panel for its category, is acknowledged, answered with advice and resolved', async () => {
    const fx = escalationActivities(suite.env);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const { handle } = await raise(taskQueue);
      await suite.env.sleep('1 hour');
      expect(await handle.query(escalationStateQuery)).toMatchObject({
        phase: 'awaiting-acknowledgement',
        owners: { level: 'panel', ids: FULL_LADDER.panel },
      });
      expect(fx.delivered.map((d) => d.what)).toEqual(['escalation-assigned#0/psychologist-1', 'escalation-assigned#0/counsellor-1']);

      const acknowledged = await handle.executeUpdate(acknowledgeEscalationUpdate, { args: [panelMember] });
      expect(acknowledged).toMatchObject({ phase: 'acknowledged', acknowledged: { by: 'psychologist-1' } });
      await handle.executeUpdate(respondEscalationUpdate, { args: [{ ...panelMember, responseId: 'advice-1' }] });
      // The same response again (a retried request) records nothing new.
      const responded = await handle.executeUpdate(respondEscalationUpdate, { args: [{ ...panelMember, responseId: 'advice-1' }] });
      expect(responded).toMatchObject({ phase: 'responded', responses: [{ responseId: 'advice-1', by: 'psychologist-1' }] });

      const resolved = await handle.executeUpdate(resolveEscalationUpdate, { args: [{ ...coordinator, outcome: 'advice-given' }] });
      expect(resolved).toMatchObject({ phase: 'resolved', resolution: { outcome: 'advice-given', by: 'coordinator-1' } });
      const final = await handle.result();
      expect(final.handovers).toEqual([]);
      expect(fx.delivered.map((d) => d.what)).toContain('advice/advice-1/raiser-1');
      expect(fx.progress.at(-1)).toMatchObject({ phase: 'resolved', resolution: { outcome: 'advice-given' } });
      expect(levels(fx)).toEqual(['panel']);
      await recordHistory(handle, 'escalation-answered-and-resolved');
    });
  });

  it('not acknowledged in time, goes up to the coordinators, then to the lead, each at its deadline, and stays with the lead', async () => {
    const fx = escalationActivities(suite.env);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const { handle, raisedAt } = await raise(taskQueue);
      await suite.env.sleep(3 * DAY - HOUR);
      expect(levels(fx)).toEqual(['panel']);
      await suite.env.sleep('2 hours');
      expect(levels(fx)).toEqual(['panel', 'coordinator']);
      expect(Math.abs(fx.assignments[1].at - (raisedAt + 3 * DAY))).toBeLessThan(HOUR);
      expect(fx.assignments[1].what.kind).toBe('escalation-handed-up');
      // Those who had it can no longer act on it.
      expect(await refusal(handle.executeUpdate(acknowledgeEscalationUpdate, { args: [panelMember] }))).toBe(
        "only the program's coordinators can acknowledge it; it is with the program's coordinators now",
      );

      await suite.env.sleep(3 * DAY);
      expect(levels(fx)).toEqual(['panel', 'coordinator', 'program-lead']);
      expect(Math.abs(fx.assignments[2].at - (raisedAt + 6 * DAY))).toBeLessThan(HOUR);
      await suite.env.sleep(30 * DAY);
      expect(levels(fx)).toHaveLength(3);
      const state = await handle.query(escalationStateQuery);
      expect(state).toMatchObject({ phase: 'awaiting-acknowledgement', owners: { level: 'program-lead', ids: ['lead-1'] } });
      expect(state.handovers.map((h) => [h.from, h.to, h.why])).toEqual([
        ['panel', 'coordinator', 'not acknowledged'],
        ['coordinator', 'program-lead', 'not acknowledged'],
      ]);
      const { typedSearchAttributes } = await handle.describe();
      expect(typedSearchAttributes.get(MentorflowEscalationLevel)).toBe('program-lead');
      expect(typedSearchAttributes.get(MentorflowNextDue)).toBeUndefined();

      await handle.executeUpdate(acknowledgeEscalationUpdate, { args: [{ by: 'lead-1', role: 'coordinator' }] });
      await handle.executeUpdate(resolveEscalationUpdate, {
        args: [{ by: 'lead-1', role: 'coordinator', outcome: 'referred-to-treatment' }],
      });
      expect(await handle.result()).toMatchObject({ phase: 'resolved', resolution: { outcome: 'referred-to-treatment' } });
      await recordHistory(handle, 'escalation-handed-up-twice');
    });
  });

  it('urgent: the urgent deadlines apply, and acknowledged without advice it goes up when the time to respond runs out', async () => {
    const fx = escalationActivities(suite.env);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const { handle, raisedAt } = await raise(taskQueue, {
        urgency: 'urgent',
        acknowledgeWithinMs: 24 * HOUR,
        respondWithinMs: 48 * HOUR,
      });
      await suite.env.sleep('2 hours');
      await handle.executeUpdate(acknowledgeEscalationUpdate, { args: [panelMember] });
      await suite.env.sleep(45 * HOUR);
      expect(levels(fx)).toEqual(['panel']);
      await suite.env.sleep(2 * HOUR);
      expect(levels(fx)).toEqual(['panel', 'coordinator']);
      expect(Math.abs(fx.assignments[1].at - (raisedAt + 48 * HOUR))).toBeLessThan(HOUR);
      const state = await handle.query(escalationStateQuery);
      // The new owners acknowledge it themselves.
      expect(state).toMatchObject({ phase: 'awaiting-acknowledgement', handovers: [{ why: 'no response' }] });
      expect(state.acknowledged).toBeUndefined();
    });
  });

  it('skips a level with nobody on it and is never left without an owner', async () => {
    const fx = escalationActivities(suite.env, { panel: [], coordinator: ['coordinator-1'], 'program-lead': [] });
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const { handle } = await raise(taskQueue);
      await suite.env.sleep('1 hour');
      expect(await handle.query(escalationStateQuery)).toMatchObject({ owners: { level: 'coordinator', ids: ['coordinator-1'] } });
      await suite.env.sleep(10 * DAY);
      // Nobody is above the coordinators: it stays theirs, and no deadline moves it.
      expect(await handle.query(escalationStateQuery)).toMatchObject({
        owners: { level: 'coordinator', ids: ['coordinator-1'] },
        lastOwners: true,
      });
      expect(levels(fx)).toEqual(['coordinator']);
    });
  });

  it('with nobody to own it, is parked as unowned where operators see it, seeks owners daily, and goes to the first found', async () => {
    const ladder = { panel: [] as string[], coordinator: [] as string[], 'program-lead': [] as string[] };
    const fx = escalationActivities(suite.env, ladder);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const { handle, raisedAt } = await raise(taskQueue);
      await suite.env.sleep('1 hour');
      expect(await handle.query(escalationStateQuery)).toMatchObject({
        phase: 'awaiting-acknowledgement',
        owners: { level: 'unowned', ids: [] },
      });
      expect(fx.progress.at(-1)).toMatchObject({ owners: { level: 'unowned', ids: [] } });
      const parked = await handle.describe();
      expect(parked.typedSearchAttributes.get(MentorflowEscalationLevel)).toBe('unowned');
      expect(Math.abs(parked.typedSearchAttributes.get(MentorflowNextDue)!.getTime() - (raisedAt + DAY))).toBeLessThan(HOUR);

      // Once a day, not in a loop: raised, then a look each day.
      await suite.env.sleep(3 * DAY);
      expect(fx.routed).toHaveLength(4);
      expect(fx.routed.map((at) => Math.round((at - raisedAt) / DAY))).toEqual([0, 1, 2, 3]);
      // Only a coordinator can act on it meanwhile.
      expect(await refusal(handle.executeUpdate(acknowledgeEscalationUpdate, { args: [panelMember] }))).toBe(
        'only a coordinator can acknowledge it: nobody owns it yet',
      );

      ladder.coordinator.push('coordinator-1');
      await suite.env.sleep(DAY);
      const state = await handle.query(escalationStateQuery);
      expect(state).toMatchObject({ owners: { level: 'coordinator', ids: ['coordinator-1'] }, handovers: [] });
      expect(state.ownersSoughtAt).toBeUndefined();
      expect(fx.assignments.map((a) => a.what)).toEqual([{ level: 'coordinator', ids: ['coordinator-1'], kind: 'escalation-assigned' }]);
      expect(fx.delivered.map((d) => d.what)).toEqual(['escalation-assigned#1/coordinator-1']);
      expect((await handle.describe()).typedSearchAttributes.get(MentorflowEscalationLevel)).toBe('coordinator');
      await handle.executeUpdate(resolveEscalationUpdate, { args: [{ ...coordinator, outcome: 'closed-without-action' }] });
      expect(await handle.result()).toMatchObject({ phase: 'resolved' });
    });
  });

  it('reassigned to another panel member, gives her fresh deadlines; refuses what does not fit, with its reason', async () => {
    const fx = escalationActivities(suite.env);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const { handle } = await raise(taskQueue);
      await suite.env.sleep(2 * DAY);
      expect(await refusal(handle.executeUpdate(acknowledgeEscalationUpdate, { args: [{ by: 'stranger', role: 'panel' }] }))).toBe(
        'only the panel members it was given to can acknowledge it; it is with the panel now',
      );
      expect(await refusal(handle.executeUpdate(resolveEscalationUpdate, { args: [{ ...coordinator, outcome: 'advice-given' }] }))).toBe(
        'no advice has been given yet: respond first, or resolve it with another outcome',
      );
      expect(await refusal(handle.executeUpdate(reassignEscalationUpdate, { args: [{ ...coordinator, panelMemberIds: [] }] }))).toBe(
        'name at least one panel member to hand it to',
      );
      expect(
        await refusal(handle.executeUpdate(reassignEscalationUpdate, { args: [{ ...coordinator, panelMemberIds: FULL_LADDER.panel }] })),
      ).toBe('it is already with these panel members');

      const reassigned = await handle.executeUpdate(reassignEscalationUpdate, {
        args: [{ ...coordinator, panelMemberIds: ['social-worker-1'] }],
      });
      expect(reassigned).toMatchObject({
        owners: { level: 'panel', ids: ['social-worker-1'] },
        handovers: [{ from: 'panel', to: 'panel', why: 'coordinator-1' }],
      });
      // Two days after the raise, the panel's three days start again for her.
      await suite.env.sleep(2 * DAY);
      expect(levels(fx)).toEqual(['panel', 'panel']);
      await suite.env.sleep(DAY + HOUR);
      expect(levels(fx)).toEqual(['panel', 'panel', 'coordinator']);

      await handle.executeUpdate(resolveEscalationUpdate, { args: [{ ...coordinator, outcome: 'closed-without-action' }] });
      expect(await handle.result()).toMatchObject({ phase: 'resolved', resolution: { outcome: 'closed-without-action' } });
    });
  });

  it('drops the mails asking owners to act once it is resolved, but still tells the raiser the advice', async () => {
    const fx = escalationActivities(suite.env, FULL_LADDER, 10 * HOUR);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const { handle } = await raise(taskQueue);
      await suite.env.sleep('1 hour');
      await handle.executeUpdate(respondEscalationUpdate, { args: [{ ...coordinator, responseId: 'advice-2' }] });
      await handle.executeUpdate(resolveEscalationUpdate, { args: [{ ...coordinator, outcome: 'advice-given' }] });
      await suite.env.sleep('12 hours');
      await handle.result();
      expect(fx.delivered.map((d) => d.what)).toEqual(['advice/advice-2/raiser-1']);
    });
  });
});
