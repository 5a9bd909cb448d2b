import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchClient } from '../api-client';
import { readsUnderLoad } from './reads-under-load';

/** A client that records each request's path, and fails the meetings `fails` picks. */
function recordingClient(fails: (path: string, index: number) => boolean = () => false) {
  const paths: string[] = [];
  const client = {
    resent: 0,
    send: async (method: string, path: string, body: { heldOn: string; minutes: number }) => {
      paths.push(`${method} ${path} ${body.minutes}`);
      if (fails(path, paths.length - 1)) throw new Error(`${method} ${path} answered 503 (send 4)`);
      return { status: 200, body: {} };
    },
  };
  return { client: client as unknown as BenchClient, paths };
}

describe('readsUnderLoad', () => {
  it('logs meetings on the live courses on schedule while the reads run, and stops when they are done', async () => {
    const { client, paths } = recordingClient();
    const result = await readsUnderLoad(50, client, ['course-a', 'course-b'], async () => {
      await sleep(200);
      return 'the reads';
    });

    expect(result.reads).toBe('the reads');
    expect(result.seconds).toBeGreaterThanOrEqual(0.2);
    // One at once, then one every 20 ms for as long as the reads took (their seconds rounded to a tenth).
    expect(result.commands.sent).toBeGreaterThanOrEqual(8);
    expect(result.commands.sent).toBeLessThanOrEqual((result.seconds + 0.05) * 50 + 2);
    expect(result.commands).toMatchObject({ answered: result.commands.sent, errors: 0, firstErrors: [], resent: 0 });
    for (const path of paths) expect(path).toMatch(/^POST \/mentorships\/course-[ab]\/meetings 45$/);
    await sleep(100);
    expect(paths).toHaveLength(result.commands.sent);
  });

  it('counts the meetings that failed and quotes the first', async () => {
    const { client } = recordingClient((_, index) => index % 2 === 1);
    const result = await readsUnderLoad(100, client, ['course-a'], () => sleep(100));
    expect(result.commands.errors).toBe(Math.floor(result.commands.sent / 2));
    expect(result.commands.errors).toBeGreaterThan(0);
    expect(result.commands.answered + result.commands.errors).toBe(result.commands.sent);
    expect(result.commands.firstErrors[0]).toBe('POST /mentorships/course-a/meetings answered 503 (send 4)');
  });

  it('fails as its reads fail, and sends no more meetings', async () => {
    const { client, paths } = recordingClient();
    await expect(
      readsUnderLoad(50, client, ['course-a'], async () => {
        await sleep(50);
        throw new Error('GET /today answered 500');
      }),
    ).rejects.toThrow('GET /today answered 500');
    const sentByThen = paths.length;
    await sleep(100);
    expect(paths).toHaveLength(sentByThen);
  });
});
