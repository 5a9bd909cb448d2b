import { backToTarget, recoveryWindows, runOverloadStep } from './overload-step';

/** A second of twenty samples at `ms`, of which the first `slow` take `slowMs` and the first `failed` failed. */
const second = (at: number, ms: number, { slow = 0, slowMs = 0, failed = 0 } = {}) =>
  Array.from({ length: 20 }, (_, index) => ({ second: at, ms: index < slow ? slowMs : ms, ok: index >= failed }));

describe('the recovery after the step above capacity', () => {
  it('is timed to the first second from which the rest, taken together, held the target', () => {
    const recovery = [second(0, 900), second(1, 80), second(2, 300), ...[3, 4, 5, 6].map((at) => second(at, 60))].flat();
    // From second 2 on, 20 of 100 samples are late: a p99 of 300 ms. From second 3 on, none is.
    expect(backToTarget(recovery, 7)).toBe(3);
    expect(backToTarget([second(0, 40), second(1, 50)].flat(), 2)).toBe(0);
  });

  it('is not undone by one late request among the rest, as a p99 of each second alone (its maximum) would be', () => {
    const recovery = [...Array.from({ length: 29 }, (_, at) => second(at, 20)), second(29, 20, { slow: 1, slowMs: 116 })].flat();
    expect(backToTarget(recovery, 30)).toBe(0);
  });

  it('has not come back while the last seconds miss the target, by latency or by an error', () => {
    expect(backToTarget([second(0, 40), second(1, 500)].flat(), 2)).toBeNull();
    expect(backToTarget([second(0, 40), second(1, 40, { failed: 1 })].flat(), 2)).toBeNull();
    expect(backToTarget(second(0, 40), 2)).toBe(0);
    expect(backToTarget([], 2)).toBeNull();
  });

  it('summarises each second of samples, counting failures', () => {
    const samples = [
      { second: 0, ms: 200, ok: true },
      { second: 0, ms: 20, ok: false },
      { second: 1, ms: 30, ok: true },
    ];
    expect(recoveryWindows(samples, 3)).toEqual([
      { second: 0, count: 2, p99: 200, errors: 1 },
      { second: 1, count: 1, p99: 30, errors: 0 },
      { second: 2, count: 0, p99: 0, errors: 0 },
    ]);
  });
});

describe('runOverloadStep', () => {
  it('counts each answer once as served, shed (with or without Retry-After) or another error', async () => {
    const answers = [
      { status: 201, retryAfter: null },
      { status: 503, code: 'engine-busy', retryAfter: '1' },
      { status: 503, code: 'engine-busy', retryAfter: null },
      { status: 503, code: 'engine-timeout', retryAfter: null },
    ];
    let sent = 0;
    const figures = await runOverloadStep({ rate: 40, seconds: 0.1, recoveryRate: 20, recoverySeconds: 1 }, async () =>
      sent < answers.length ? answers[sent++] : { status: 201, retryAfter: null },
    );
    expect(figures).toMatchObject({ sent: 4, served: 1, shed: 2, shedWithRetryAfter: 1, otherErrors: 1, shedPercent: 50 });
    expect(figures.firstErrors).toEqual(['503 engine-timeout']);
    expect(figures.recovery.windows).toEqual([expect.objectContaining({ second: 0, count: 20, errors: 0 })]);
  });

  it('divides the CPU the stack spent over the step by the requests sent in it', async () => {
    const read: number[] = [];
    const meter = () => ({
      perItem: (items: number) => {
        read.push(items);
        return { worker: 1, api: 2, devServer: 3, client: 4 };
      },
    });
    const figures = await runOverloadStep(
      { rate: 40, seconds: 0.1, recoveryRate: 20, recoverySeconds: 1 },
      async () => ({ status: 201, retryAfter: null }),
      meter,
    );
    expect(read).toEqual([4]);
    expect(figures.cpuMsPerRequest).toEqual({ worker: 1, api: 2, devServer: 3, client: 4 });
  });
});
