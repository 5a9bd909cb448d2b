/** Percentiles of a set of latencies (nearest rank), in milliseconds rounded to a tenth. */
export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Latencies recorded one by one, summarised at the end. */
export class Latencies {
  private readonly samples: number[] = [];

  record(ms: number): void {
    this.samples.push(ms);
  }

  get count(): number {
    return this.samples.length;
  }

  summary(): LatencySummary {
    const sorted = [...this.samples].sort((a, b) => a - b);
    const rank = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0);
    const tenth = (ms: number) => Math.round(ms * 10) / 10;
    const mean = sorted.length ? sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length : 0;
    return {
      count: sorted.length,
      p50: tenth(rank(50)),
      p95: tenth(rank(95)),
      p99: tenth(rank(99)),
      max: tenth(sorted.at(-1) ?? 0),
      mean: tenth(mean),
    };
  }
}
