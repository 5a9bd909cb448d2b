/** Operations per second, overall and in the steady middle of a run. */
export interface Throughput {
  count: number;
  /** All operations over the time from the first request sent to the last answer. */
  perSecondOverall: number;
  /**
   * Operations completed between the moments 10% and 90% of them had
   * completed, over that span: the rate the run sustained, without its
   * ramp-up and its tail.
   */
  perSecondSustained: number;
  sustainedSpanS: number;
}

/** From the moment the first request was sent and each operation's completion time, both in ms (performance.now()). */
export function throughput(startedAtMs: number, completionsMs: number[]): Throughput {
  const sorted = [...completionsMs].sort((a, b) => a - b);
  const count = sorted.length;
  const round = (value: number) => Math.round(value * 10) / 10;
  const overallMs = (sorted.at(-1) ?? startedAtMs) - startedAtMs;
  const perSecondOverall = overallMs > 0 ? round((count / overallMs) * 1000) : 0;
  const from = Math.floor(0.1 * (count - 1));
  const to = Math.floor(0.9 * (count - 1));
  const spanMs = count > 1 ? sorted[to] - sorted[from] : 0;
  // Too few operations for a middle: the overall rate is the best there is.
  const perSecondSustained = spanMs > 0 ? round(((to - from) / spanMs) * 1000) : perSecondOverall;
  return { count, perSecondOverall, perSecondSustained, sustainedSpanS: round(spanMs / 1000) };
}
