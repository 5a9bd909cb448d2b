import { judgeTargets, LoadStep, sustainedRate } from './scale-figures';
import type { ScaleOptions } from './scale-options';

const summary = (p99: number) => ({ count: 1, p50: p99 / 2, p95: p99, p99, max: p99, mean: p99 / 2 });
const step = (rate: number, p99: number, errors = 0): LoadStep => ({
  rate,
  sent: rate * 60,
  answered: rate * 60 - errors,
  sentPerSecond: rate,
  maxSendLagMs: 1,
  latencies: summary(p99),
  serviceTime: summary(p99),
  errors,
  firstErrors: [],
  resent: 0,
  cpuMsPerMeeting: { worker: 1, api: 1, devServer: 1, client: 1 },
  memoryAfter: { worker: { rssMb: 500, peakRssMb: 550 }, api: null, devServer: null },
});
const options = (open: number, rates: number[]): ScaleOptions => ({
  open,
  cache: 250,
  concurrency: 16,
  rates,
  seconds: 60,
  overload: 200,
  recovery: 60,
});

describe('scale targets', () => {
  it('judges latency at 50/s and memory at 10,000 open', () => {
    const steps = [step(10, 40), step(25, 80), step(50, 95)];
    expect(judgeTargets(options(10_000, [10, 25, 50]), steps, 550).map(({ verdict }) => verdict)).toEqual(['met', 'met']);
    expect(judgeTargets(options(10_000, [50]), [step(50, 101)], 601).map(({ verdict }) => verdict)).toEqual(['missed', 'missed']);
  });

  it('misses the latency target when a step below 50/s already failed and 50/s was not run', () => {
    const [latency] = judgeTargets(options(10_000, [10, 25, 50]), [step(10, 40), step(25, 9000, 12)], 550);
    expect(latency).toEqual(expect.objectContaining({ verdict: 'missed', measured: 'not run: 12 errors at 25/s already (10000 open)' }));
  });

  it('does not judge a run smaller than the target, nor one that never reaches 50/s', () => {
    expect(judgeTargets(options(300, [50]), [step(50, 95)], 550).map(({ verdict }) => verdict)).toEqual([
      'not at target scale',
      'not at target scale',
    ]);
    expect(judgeTargets(options(10_000, [10, 20]), [step(10, 40), step(20, 60)], 550)[0]).toEqual(
      expect.objectContaining({ verdict: 'not at target scale', measured: 'not run (rates 10, 20/s)' }),
    );
  });

  it('sustains the highest rate held without errors within the p99 target', () => {
    expect(sustainedRate([step(10, 40), step(25, 80), step(50, 300)])).toBe(25);
    expect(sustainedRate([step(10, 40), step(25, 80, 1)])).toBe(10);
    expect(sustainedRate([step(10, 150)])).toBeNull();
  });
});
