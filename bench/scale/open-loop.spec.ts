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

  it('sums up each kind on its own when told the kinds, from the same schedule, failures counted in their kind', async () => {
    const result = await runOpenLoop(
      100,
      0.1,
      async (index) => {
        if (index === 0) await sleep(50);
        if (index === 3) throw new Error('POST /mentorships/x/reviews answered 409');
      },
      undefined,
      (index) => (index % 2 ? 'review' : 'meeting'),
    );

    expect(result).toMatchObject({ sent: 10, answered: 9 });
    const { meeting, review } = result.byKind!;
    expect(meeting).toMatchObject({ sent: 5, answered: 5, errors: 0 });
    expect(review).toMatchObject({ sent: 5, answered: 4, errors: 1 });
    // The meeting that hung is the meetings' slowest, and the whole loop's.
    expect(meeting.latencies.max).toBeGreaterThanOrEqual(49);
    expect(meeting.latencies.max).toBe(result.latencies.max);
    expect(review.latencies.max).toBeLessThan(meeting.latencies.max);
  });

  it('has no kinds when not told them', async () => {
    expect(await runOpenLoop(100, 0.02, async () => {})).not.toHaveProperty('byKind');
  });

  it('stops sending when told to, still waits for the answers of what it sent, and counts its rate over the time it sent', async () => {
    const stop = new AbortController();
    let answered = 0;
    const result = await runOpenLoop(
      10,
      60,
      async (index) => {
        if (index === 2) stop.abort();
        await sleep(100);
        answered += 1;
      },
      stop.signal,
    );

    // Sent at 0, 100 and 200 ms, and stopped then, long before the minute was out.
    expect(result).toMatchObject({ sent: 3, answered: 3, failures: [] });
    expect(answered).toBe(3);
    expect(result.latencies.p50).toBeGreaterThanOrEqual(99);
    expect(result.sentPerSecond).toBeGreaterThan(10);
  });

  it('stops while it waits for the next request to be due', async () => {
    const started = performance.now();
    const result = await runOpenLoop(1, 60, async () => {}, AbortSignal.timeout(50));
    expect(result).toMatchObject({ sent: 1, answered: 1 });
    // The next request was due a second in.
    expect(performance.now() - started).toBeLessThan(900);
  });

  it('sends nothing when stopped before it starts', async () => {
    const result = await runOpenLoop(10, 60, () => Promise.reject(new Error('sent')), AbortSignal.abort());
    expect(result).toMatchObject({ sent: 0, answered: 0, failures: [] });
  });
});
