import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { NudgeInput } from '../../activities/nudges/nudge.activities';
import type { ProgramActivities } from '../../activities/programs/program.activities';
import type { QuotasBehind } from '../../activities/programs/quota.activities';
import { DURATION_UNITS_MS } from '../../libs/domain/duration';
import { MentorflowProgram, MentorflowWorkflowsVersion } from '../../workflows/search-attributes';
import { WORKFLOWS_VERSION } from '../../workflows/version';
import { recordHistory } from './histories';
import { withWorker as withTestWorker } from './test-worker';
import { timeSkippingSuite } from './time-skipping';
import { archiveProgramUpdate, awaitActivationUpdate, programStateQuery, programWorkflowId } from '../../workflows/program/messages';
import { programLifecycle } from '../../workflows/program/program.workflow';

/**
 * The workflow's logic against in-memory activities that keep the same
 * contract as the real ones (which the integration tests run on Postgres).
 */
function inMemoryActivities() {
  const calls: string[] = [];
  /** What the quotas look like to the next check; tests change it as time passes. */
  const quotas: QuotasBehind = { behind: [], checkEveryMs: 7 * DURATION_UNITS_MS.DAY };
  const nudges: NudgeInput[] = [];
  const resolved: Array<{ key: string; reason: string }> = [];
  const activities: Pick<ProgramActivities, 'activateProgram' | 'archiveProgram'> & Record<string, (...args: any[]) => Promise<unknown>> = {
    async quotasBehind(): Promise<QuotasBehind> {
      calls.push('check quotas');
      return structuredClone(quotas);
    },
    async raiseNudge(nudge: NudgeInput) {
      if (!nudges.some((n) => n.key === nudge.key)) nudges.push(nudge);
    },
    async resolveNudges({ keys, reason }: { keys: string[]; reason: string }) {
      for (const key of keys) resolved.push({ key, reason });
    },
    async activateProgram({ programId }) {
      calls.push(`activate ${programId}`);
      return { activatedAt: '2026-01-05T09:00:00.000Z' };
    },
    async archiveProgram({ programId, archivedBy }) {
      calls.push(`archive ${programId} by ${archivedBy}`);
      return { archivedAt: '2026-06-01T09:00:00.000Z' };
    },
  };
  return { activities, calls, quotas, nudges, resolved };
}

describe('programLifecycle', () => {
  const suite = timeSkippingSuite();

  const withWorker = <T>(activities: object, body: (taskQueue: string) => Promise<T>) => withTestWorker(suite.env, activities, body);

  it('activates, stays active for months, and archives on command', async () => {
    const { activities, calls } = inMemoryActivities();
    await withWorker(activities, async (taskQueue) => {
      const handle = await suite.env.client.workflow.start(programLifecycle, {
        workflowId: programWorkflowId('pift'),
        taskQueue,
        args: [{ programId: 'p-1', slug: 'pift' }],
      });
      const active = await handle.executeUpdate(awaitActivationUpdate);
      expect(active).toMatchObject({ phase: 'active', activatedAt: '2026-01-05T09:00:00.000Z' });

      await suite.env.sleep('180 days');
      expect(await handle.query(programStateQuery)).toMatchObject({ phase: 'active' });

      const archived = await handle.executeUpdate(archiveProgramUpdate, { args: [{ archivedBy: 'coordinator-1' }] });
      expect(archived).toMatchObject({ phase: 'archived', archivedAt: '2026-06-01T09:00:00.000Z' });
      expect(await handle.result()).toMatchObject({ phase: 'archived' });
      expect(calls.filter((call) => call !== 'check quotas')).toEqual(['activate p-1', 'archive p-1 by coordinator-1']);
      // Weekly, per the policy: 180 days is 26 checks after the first.
      expect(calls.filter((call) => call === 'check quotas')).toHaveLength(26);
      await recordHistory(handle, 'program-lifecycle-archived');
    });
  });

  it('refuses to archive twice, with the reason, and never runs the activity again', async () => {
    const { activities, calls } = inMemoryActivities();
    await withWorker(activities, async (taskQueue) => {
      const handle = await suite.env.client.workflow.start(programLifecycle, {
        workflowId: programWorkflowId('twice'),
        taskQueue,
        args: [{ programId: 'p-2', slug: 'twice' }],
      });
      await handle.executeUpdate(awaitActivationUpdate);
      const first = handle.executeUpdate(archiveProgramUpdate, { args: [{ archivedBy: 'c-1' }] });
      const second = handle.executeUpdate(archiveProgramUpdate, { args: [{ archivedBy: 'c-2' }] });
      // Either may arrive first; exactly one archives and the other is refused.
      const outcomes = await Promise.allSettled([first, second]);
      expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
      const error = (outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult).reason;
      expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
      expect(error.cause.message).toMatch(/^the program is archiv(ing|ed); only an active program can be archived$/);
      expect(calls.filter((call) => call.startsWith('archive'))).toHaveLength(1);
    });
  });

  it('refuses an archive without who asked', async () => {
    const { activities } = inMemoryActivities();
    await withWorker(activities, async (taskQueue) => {
      const handle = await suite.env.client.workflow.start(programLifecycle, {
        workflowId: programWorkflowId('anonymous'),
        taskQueue,
        args: [{ programId: 'p-3', slug: 'anonymous' }],
      });
      suite.started.track(handle);
      await handle.executeUpdate(awaitActivationUpdate);
      await expect(handle.executeUpdate(archiveProgramUpdate, { args: [{ archivedBy: '' }] })).rejects.toThrow(WorkflowUpdateFailedError);
      expect(await handle.query(programStateQuery)).toMatchObject({ phase: 'active' });
    });
  });

  it('nudges the coordinator once about a quota behind its pace; resolves it when it catches up or the program is archived', async () => {
    const fx = inMemoryActivities();
    await withWorker(fx.activities, async (taskQueue) => {
      const handle = await suite.env.client.workflow.start(programLifecycle, {
        workflowId: programWorkflowId('quotas'),
        taskQueue,
        args: [{ programId: 'p-4', slug: 'quotas' }],
      });
      suite.started.track(handle);
      await handle.executeUpdate(awaitActivationUpdate);
      await suite.env.sleep('3 days');
      expect(fx.nudges).toEqual([]);

      fx.quotas.behind = [
        { quotaId: 'odense-2026', municipalityId: 'odense' },
        { quotaId: 'nyborg-2026', municipalityId: 'nyborg' },
      ];
      await suite.env.sleep('97 hours'); // past the weekly check
      expect(fx.nudges.map((n) => [n.key, n.kind, n.recipientRole, n.municipalityId])).toEqual([
        ['program-quotas/quota-behind:odense-2026', 'quota-behind', 'coordinator', 'odense'],
        ['program-quotas/quota-behind:nyborg-2026', 'quota-behind', 'coordinator', 'nyborg'],
      ]);
      await suite.env.sleep('21 days');
      expect(fx.nudges).toHaveLength(2); // still behind: still one nudge each

      fx.quotas.behind = [{ quotaId: 'nyborg-2026', municipalityId: 'nyborg' }];
      await suite.env.sleep('7 days');
      expect(fx.resolved).toEqual([{ key: 'program-quotas/quota-behind:odense-2026', reason: 'quota caught up' }]);

      await handle.executeUpdate(archiveProgramUpdate, { args: [{ archivedBy: 'c-1' }] });
      await handle.result();
      expect(fx.resolved.map((r) => r.reason)).toEqual(['quota caught up', 'program archived']);
      expect(fx.resolved[1].key).toBe('program-quotas/quota-behind:nyborg-2026');
    });
  });

  it('continues as new when its history grows long, carrying the open quota nudges', async () => {
    const fx = inMemoryActivities();
    fx.quotas.behind = [{ quotaId: 'q', municipalityId: 'm' }];
    await withWorker(fx.activities, async (taskQueue) => {
      const handle = await suite.env.client.workflow.start(programLifecycle, {
        workflowId: programWorkflowId('long'),
        taskQueue,
        args: [{ programId: 'p-5', slug: 'long', historyLimit: 60 }],
      });
      suite.started.track(handle);
      await handle.executeUpdate(awaitActivationUpdate);
      await suite.env.sleep('400 days');
      const state = await handle.query(programStateQuery);
      expect(state).toMatchObject({ phase: 'active', quotaNudges: ['q'] });
      expect((await handle.describe()).runId).not.toBe(handle.firstExecutionRunId);
      expect(fx.nudges).toHaveLength(1);
    });
  });

  it('continues as new within 90 days however short its history, at its own quota cadence, stamped with the workflow version', async () => {
    const fx = inMemoryActivities();
    await withWorker(fx.activities, async (taskQueue) => {
      const handle = await suite.env.client.workflow.start(programLifecycle, {
        workflowId: programWorkflowId('aged'),
        taskQueue,
        args: [{ programId: 'p-6', slug: 'aged' }],
      });
      suite.started.track(handle);
      await handle.executeUpdate(awaitActivationUpdate);
      await suite.env.sleep('89 days');
      expect((await handle.describe()).runId).toBe(handle.firstExecutionRunId);
      await suite.env.sleep('3 days');
      const renewed = await handle.describe();
      expect(renewed.runId).not.toBe(handle.firstExecutionRunId);
      expect(renewed.typedSearchAttributes.get(MentorflowWorkflowsVersion)).toBe(WORKFLOWS_VERSION);
      expect(renewed.typedSearchAttributes.get(MentorflowProgram)).toBe('aged');
      // Weekly from the first check, across the new run: 92 days hold the first and 13 more, none extra for the renewal.
      expect(fx.calls.filter((call) => call === 'check quotas')).toHaveLength(14);
      expect(await handle.query(programStateQuery)).toMatchObject({ phase: 'active' });
    });
  });
});
