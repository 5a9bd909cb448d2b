import { bundleWorkflowCode, Worker, type WorkflowBundle } from '@temporalio/worker';
import { workflowBundleOptions } from '../../apps/worker/src/workflow-bundle';
import { recordedHistories } from './histories';

/**
 * Every committed history must replay on today's workflow code: a change
 * that would make a running workflow non-deterministic fails here, in CI,
 * instead of in production a year into a mentorship. The code is bundled as
 * the worker's bundle is built (`./mentorflow build`), with the same options.
 */
describe('recorded histories replay on the current workflow code', () => {
  const histories = recordedHistories();
  let workflowBundle: WorkflowBundle;

  beforeAll(async () => {
    workflowBundle = await bundleWorkflowCode(workflowBundleOptions());
  });

  it('has histories to replay', () => {
    expect(histories.length).toBeGreaterThan(0);
  });

  it.each(histories.map((h) => [h.workflowId, h] as const))('%s replays deterministically', async (_, history) => {
    const results = Worker.runReplayHistories({ workflowBundle }, [history]);
    for await (const result of results) expect(result.error).toBeUndefined();
  });
});
