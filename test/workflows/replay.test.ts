import { Worker } from '@temporalio/worker';
import { recordedHistories } from './histories';

/**
 * Every committed history must replay on today's workflow code: a change
 * that would make a running workflow non-deterministic fails here, in CI,
 * instead of in production a year into a mentorship.
 */
describe('recorded histories replay on the current workflow code', () => {
  const histories = recordedHistories();

  it('has histories to replay', () => {
    expect(histories.length).toBeGreaterThan(0);
  });

  it.each(histories.map((h) => [h.workflowId, h] as const))('%s replays deterministically', async (_, history) => {
    const results = Worker.runReplayHistories({ workflowsPath: require.resolve('../../workflows/index') }, [history]);
    for await (const result of results) expect(result.error).toBeUndefined();
  });
});
