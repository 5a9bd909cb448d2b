import type { WorkflowHandle } from '@temporalio/client';
import { DURATION_UNITS_MS } from '../../libs/domain/duration';
import { escalation } from '../../workflows/escalation/escalation.workflow';
import {
  acknowledgeEscalationUpdate,
  escalationStateQuery,
  escalationWorkflowId,
  reassignEscalationUpdate,
  resolveEscalationUpdate,
} from '../../workflows/escalation/messages';
import { MentorflowEscalationLevel, MentorflowNextDue } from '../../workflows/search-attributes';
import { escalationActivities, escalationRun } from './escalation.fixtures';
import { refusal } from './refusal';
import { withWorker } from './test-worker';
import { timeSkippingSuite } from './time-skipping';

const { DAY, HOUR } = DURATION_UNITS_MS;
const panelMember = { by: 'psychologist-1', role: 'panel' as const };
const coordinator = { by: 'coordinator-1', role: 'coordinator' as const };

/** An escalation nobody at any level can own: parked as unowned, the operators told, owners looked for daily. */
describe('escalation nobody can own', () => {
  const suite = timeSkippingSuite();
  let counter = 0;

  async function raise(taskQueue: string): Promise<{ handle: WorkflowHandle<typeof escalation>; raisedAt: number }> {
    const raisedAt = await suite.env.currentTimeMs();
    const id = `unowned-${++counter}`;
    const run = escalationRun(id);
    const handle = suite.started.track(
      await suite.env.client.workflow.start(escalation, { workflowId: escalationWorkflowId(id), taskQueue, args: [run] }),
    );
    return { handle, raisedAt };
  }

  it('is parked as unowned, tells the operators once, looks for owners daily, and goes to the first there are', async () => {
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
      // The operators, who can give the program the owners it lacks, are told once, when it is parked.
      expect(fx.operatorsTold.map((told) => [Math.round((told.at - raisedAt) / HOUR), told.what])).toEqual([[0, 0]]);
      expect(fx.delivered.map((d) => d.what)).toEqual(['escalation-unowned#0/operator-1']);

      // Once a day, not in a loop: raised, then a look each day.
      await suite.env.sleep(3 * DAY);
      expect(fx.routed).toHaveLength(4);
      expect(fx.routed.map((at) => Math.round((at - raisedAt) / DAY))).toEqual([0, 1, 2, 3]);
      // Not again at each daily look.
      expect(fx.operatorsTold).toHaveLength(1);
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
      expect(fx.delivered.map((d) => d.what)).toEqual(['escalation-unowned#0/operator-1', 'escalation-assigned#1/coordinator-1']);
      expect(fx.operatorsTold).toHaveLength(1);
      expect((await handle.describe()).typedSearchAttributes.get(MentorflowEscalationLevel)).toBe('coordinator');
      await handle.executeUpdate(resolveEscalationUpdate, { args: [{ ...coordinator, outcome: 'closed-without-action' }] });
      expect(await handle.result()).toMatchObject({ phase: 'resolved' });
    });
  });

  it("drops the operators' mail held by quiet hours once someone owns it", async () => {
    const fx = escalationActivities(suite.env, { panel: [], coordinator: [], 'program-lead': [] }, 10 * HOUR);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const { handle } = await raise(taskQueue);
      await suite.env.sleep('1 hour');
      expect(fx.operatorsTold).toHaveLength(1);
      await handle.executeUpdate(reassignEscalationUpdate, { args: [{ ...coordinator, panelMemberIds: ['social-worker-1'] }] });
      await suite.env.sleep('12 hours');
      expect(fx.delivered.map((d) => d.what)).toEqual(['escalation-assigned#1/social-worker-1']);
      await handle.executeUpdate(resolveEscalationUpdate, { args: [{ ...coordinator, outcome: 'closed-without-action' }] });
      await handle.result();
    });
  });
});
