import { backToTarget, recoveryWindows, runOverloadStep } from './overload-step';

const window = (second: number, p99: number, errors = 0) => ({ second, count: 10, p99, errors });

describe('the recovery after the step above capacity', () => {
  it('is timed to the first second from which every later one held the target', () => {
    expect(backToTarget([window(0, 900), window(1, 80), window(2, 300), window(3, 90), window(4, 60)])).toBe(3);
    expect(backToTarget([window(0, 40), window(1, 50)])).toBe(0);
  });

  it('has not come back while the last second misses the target, by latency or by an error', () => {
    expect(backToTarget([window(0, 40), window(1, 500)])).toBeNull();
    expect(backToTarget([window(0, 40), window(1, 40, 1)])).toBeNull();
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
