import { setTimeout as sleep } from 'node:timers/promises';
import { runOpenLoop } from './open-loop';

describe('runOpenLoop', () => {
  it('keeps sending on schedule while an early request hangs, and times each from when it was due', async () => {
    const sentAt: number[] = [];
    const start = performance.now();
    const result = await runOpenLoop(100, 0.3, async (index) => {
      sentAt.push(performance.now() - start);
      if (index === 0) await sleep(200);
    });

    expect(result).toMatchObject({ sent: 30, answered: 30, failures: [] });
    // Request 10 was due at 100 ms, while request 0 still waited for its answer.
    expect(sentAt[10]).toBeLessThan(200);
    expect(result.latencies.max).toBeGreaterThanOrEqual(199);
    expect(result.sentPerSecond).toBeGreaterThan(80);
  });

  it('counts a failed request as a failure, not as an answer', async () => {
    const result = await runOpenLoop(50, 0.2, async (index) => {
      if (index === 3) throw new Error('POST /mentorships/x/meetings answered 503');
    });
    expect(result).toMatchObject({ sent: 10, answered: 9, failures: ['POST /mentorships/x/meetings answered 503'] });
    expect(result.latencies.count).toBe(9);
  });
});
