import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { ProgramActivities } from '../../activities/programs/program.activities';
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
  const activities: Pick<ProgramActivities, 'activateProgram' | 'archiveProgram'> = {
    async activateProgram({ programId }) {
      calls.push(`activate ${programId}`);
      return { activatedAt: '2026-01-05T09:00:00.000Z' };
    },
    async archiveProgram({ programId, archivedBy }) {
      calls.push(`archive ${programId} by ${archivedBy}`);
      return { archivedAt: '2026-06-01T09:00:00.000Z' };
    },
  };
  return { activities, calls };
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
      expect(calls).toEqual(['activate p-1', 'archive p-1 by coordinator-1']);
      await recordHistory(handle, 'program-lifecycle-archived');
    });
  });

  it('refuses to archive twice, with the reason, and never runs the activity again', async () => {
    const { activities, calls } = inMemoryActivities();
    await withWorker(activities, async (taskQueue) => {
      const handle = await suite.env.client.workflow.start(programLifecycle, { workflowId: programWorkflowId('twice'), taskQueue, args: [{ programId: 'p-2', slug: 'twice' }] });
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
      const handle = await suite.env.client.workflow.start(programLifecycle, { workflowId: programWorkflowId('anonymous'), taskQueue, args: [{ programId: 'p-3', slug: 'anonymous' }] });
      await handle.executeUpdate(awaitActivationUpdate);
      await expect(handle.executeUpdate(archiveProgramUpdate, { args: [{ archivedBy: '' }] })).rejects.toThrow(WorkflowUpdateFailedError);
      expect(await handle.query(programStateQuery)).toMatchObject({ phase: 'active' });
    });
  });
});
