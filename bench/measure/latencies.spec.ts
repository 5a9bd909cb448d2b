import { Latencies } from './latencies';

describe('Latencies', () => {
  it('gives nearest-rank percentiles of what was recorded', () => {
    const latencies = new Latencies();
    for (let ms = 1; ms <= 200; ms += 1) latencies.record(ms);
    expect(latencies.summary()).toEqual({ count: 200, p50: 100, p95: 190, p99: 198, max: 200, mean: 100.5 });
  });

  it('summarises nothing as zeros rather than failing', () => {
    expect(new Latencies().summary()).toEqual({ count: 0, p50: 0, p95: 0, p99: 0, max: 0, mean: 0 });
  });
});
