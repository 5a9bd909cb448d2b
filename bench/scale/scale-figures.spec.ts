import type { KindLoad } from './open-loop';
import { judgeTargets, LoadStep, slowestKind, stepHeld, sustainedRate } from './scale-figures';
import type { ScaleOptions } from './scale-options';

const summary = (p99: number) => ({ count: 1, p50: p99 / 2, p95: p99, p99, max: p99, mean: p99 / 2 });
const step = (rate: number, p99: number, errors = 0, byKind?: LoadStep['byKind']): LoadStep => ({
  rate,
  sent: rate * 60,
  answered: rate * 60 - errors,
  sentPerSecond: rate,
  maxSendLagMs: 1,
  latencies: summary(p99),
  ...(byKind && { byKind }),
  serviceTime: summary(p99),
  errors,
  firstErrors: [],
  resent: 0,
  cpuMsPerMeeting: { worker: 1, api: 1, devServer: 1, client: 1 },
  memoryAfter: { worker: { rssMb: 500, peakRssMb: 550 }, api: null, devServer: null },
});
const kind = (p99: number, errors = 0): KindLoad => ({ sent: 200, answered: 200 - errors, errors, latencies: summary(p99) });
/** A step of every kind whose overall p99 (40) hides a slow kind: missed meetings at `missedP99`. */
const mixed = (rate: number, missedP99: number) =>
  step(rate, 40, 0, {
    meeting: kind(20),
    'missed-meeting': kind(missedP99),
    'check-in': kind(20),
    measurement: kind(60),
    answer: kind(70),
    review: kind(65),
  });
const options = (open: number, rates: number[]): ScaleOptions => ({
  open,
  cache: 250,
  concurrency: 16,
  rates,
  seconds: 60,
  mix: 'all',
  overload: 200,
  recovery: 60,
});
const verdicts = (targets: ReturnType<typeof judgeTargets>) => targets.map(({ verdict }) => verdict);

describe('scale targets', () => {
  it('judges every command at 20/s, the API at 50/s, and memory, at 10,000 open', () => {
    const steps = [step(10, 40), step(20, 60), step(50, 95)];
    expect(verdicts(judgeTargets(options(10_000, [10, 20, 50]), steps, 550))).toEqual(['met', 'met', 'met']);
    expect(verdicts(judgeTargets(options(10_000, [20, 50]), [step(20, 101), step(50, 101)], 601))).toEqual(['missed', 'missed', 'missed']);
  });

  it('judges latency on the slowest kind, and names it', () => {
    const [commands] = judgeTargets(options(10_000, [20]), [mixed(20, 140)], 550);
    expect(commands).toEqual({
      target: "every command's p99 ≤ 100 ms at 20 commands/s",
      measured: '140 ms, slowest of 6 kinds: missed-meeting, 0 errors (10000 open, 20/s)',
      verdict: 'missed',
    });
    expect(judgeTargets(options(10_000, [20]), [mixed(20, 30)], 550)[0]).toMatchObject({
      measured: '70 ms, slowest of 6 kinds: answer, 0 errors (10000 open, 20/s)',
      verdict: 'met',
    });
    // A step of meetings only, or one written before the mix, is judged on its meetings.
    expect(judgeTargets(options(10_000, [20]), [step(20, 31.6)], 550)[0].measured).toBe(
      '31.6 ms (meetings only), 0 errors (10000 open, 20/s)',
    );
  });

  it('misses the latency target when a step below its rate already failed and its rate was not run', () => {
    const [commands, api] = judgeTargets(options(10_000, [10, 20, 50]), [step(10, 9000, 12)], 550);
    expect(commands).toEqual(expect.objectContaining({ verdict: 'missed', measured: 'not run: 12 errors at 10/s already (10000 open)' }));
    expect(api).toEqual(expect.objectContaining({ verdict: 'missed' }));
  });

  it('does not judge a run smaller than the target, nor one that never reaches the rates of the targets', () => {
    expect(verdicts(judgeTargets(options(300, [20, 50]), [step(20, 95), step(50, 95)], 550))).toEqual([
      'not at target scale',
      'not at target scale',
      'not at target scale',
    ]);
    expect(judgeTargets(options(10_000, [10, 25]), [step(10, 40), step(25, 60)], 550)[1]).toEqual(
      expect.objectContaining({ verdict: 'not at target scale', measured: 'not run (rates 10, 25/s)' }),
    );
  });

  it('holds a step only when every kind is within the target, and sustains the highest rate held', () => {
    expect(slowestKind(mixed(20, 140))).toEqual({ kind: 'missed-meeting', p99: 140 });
    expect(slowestKind(step(20, 31.6))).toEqual({ kind: 'meeting', p99: 31.6 });
    expect(stepHeld(mixed(20, 140))).toBe(false);
    expect(sustainedRate([step(10, 40), step(25, 80), step(50, 300)])).toBe(25);
    expect(sustainedRate([step(10, 40), mixed(20, 101)])).toBe(10);
    expect(sustainedRate([step(10, 40), step(25, 80, 1)])).toBe(10);
    expect(sustainedRate([step(10, 150)])).toBeNull();
  });
});
