import { startNodeChild } from './node-child';

const CHILD = 'test/support/chatty-child';

describe('startNodeChild', () => {
  it('stops reading a child once it is ready, and still drains its pipes so it never blocks', async () => {
    const { child, match } = await startNodeChild(CHILD, ['50000'], process.env, /chatty ready on (\d+)/);
    expect(match[1]).toBe('4711');
    // Listening on after ready is what made the benchmark's client flatten an hour of the API's log at every chunk.
    expect(child.stdout!.listenerCount('data')).toBe(0);
    expect(child.stderr!.listenerCount('data')).toBe(0);
    // Several megabytes after ready: more than a pipe holds, so the child exits only if its output is drained.
    const [code] = await new Promise<[number | null]>((resolve) => child.once('exit', (exitCode) => resolve([exitCode])));
    expect(code).toBe(0);
  });

  it('rejects with what a child said when it exits before it is ready', async () => {
    await expect(startNodeChild(CHILD, ['never'], process.env, /chatty ready/)).rejects.toThrow(
      /test\/support\/chatty-child exited \(3\) before it was ready:\nno database/,
    );
  });
});
