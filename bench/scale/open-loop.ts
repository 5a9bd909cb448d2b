import { setTimeout as sleep } from 'node:timers/promises';
import { Latencies, LatencySummary } from '../measure/latencies';

export interface OpenLoopResult {
  /** Requests sent: rate × seconds, unless stopped sooner; every one due is sent, however the earlier ones fare. */
  sent: number;
  answered: number;
  /** What went wrong, one line per failed request. */
  failures: string[];
  /** Requests sent per second over the sending window: below the rate when this client fell behind its schedule. */
  sentPerSecond: number;
  /** The furthest any request left after its scheduled time: this client's own lag, already inside the latencies. */
  maxSendLagMs: number;
  /** From each request's scheduled send time to its answer. */
  latencies: LatencySummary;
  /** The same, for each kind of request on its own, when the loop was told the kinds. */
  byKind?: Record<string, KindLoad>;
}

/** One kind's part of an open loop: what it sent, what was answered, and its latencies from schedule. */
export interface KindLoad {
  sent: number;
  answered: number;
  errors: number;
  latencies: LatencySummary;
}

/**
 * Sends `rate` requests a second for `seconds` on a fixed schedule, whether or
 * not earlier ones have been answered, and times each from when it was due
 * to be sent. A closed loop (send, wait, send) would send less while the
 * server is slow and so hide the very answers that are slow (coordinated
 * omission); here a stall shows in every request scheduled during it.
 * `stop` ends the sending early (a load that lasts as long as something else does, under a generous `seconds`); the requests already
 * sent are still waited for. `kindOf` names each request's kind, and each kind is summed up on its own too.
 */
export async function runOpenLoop(
  rate: number,
  seconds: number,
  request: (index: number) => Promise<void>,
  stop?: AbortSignal,
  kindOf?: (index: number) => string,
): Promise<OpenLoopResult> {
  const total = Math.round(rate * seconds);
  const intervalMs = 1000 / rate;
  const latencies = new Latencies();
  const failures: string[] = [];
  const inFlight: Promise<void>[] = [];
  const kinds = new Map<string, { sent: number; errors: number; latencies: Latencies }>();
  const kindAt = (index: number) => {
    const kind = kindOf?.(index);
    if (kind === undefined) return undefined;
    if (!kinds.has(kind)) kinds.set(kind, { sent: 0, errors: 0, latencies: new Latencies() });
    return kinds.get(kind);
  };
  let maxSendLagMs = 0;
  const start = performance.now();
  for (let index = 0; index < total; index += 1) {
    const dueAt = start + index * intervalMs;
    // A timer may fire a little early; a request sent before its time would hide part of its latency.
    for (let wait = dueAt - performance.now(); wait > 0 && !stop?.aborted; wait = dueAt - performance.now())
      await sleep(wait, undefined, { signal: stop }).catch(() => undefined);
    if (stop?.aborted) break;
    maxSendLagMs = Math.max(maxSendLagMs, performance.now() - dueAt);
    const kind = kindAt(index);
    if (kind) kind.sent += 1;
    inFlight.push(
      request(index).then(
        () => {
          const ms = performance.now() - dueAt;
          latencies.record(ms);
          kind?.latencies.record(ms);
        },
        (error: unknown) => {
          failures.push(error instanceof Error ? error.message : String(error));
          if (kind) kind.errors += 1;
        },
      ),
    );
  }
  // The last request's slot lasts one interval: on schedule, the window is exactly `seconds`; stopped, it ends at the stop.
  const sendingMs = performance.now() - start + (stop?.aborted ? 0 : intervalMs);
  const sent = inFlight.length;
  await Promise.all(inFlight);
  return {
    sent,
    answered: latencies.count,
    failures,
    sentPerSecond: Math.round((sent / sendingMs) * 1000 * 10) / 10,
    maxSendLagMs: Math.round(maxSendLagMs * 10) / 10,
    latencies: latencies.summary(),
    ...(kindOf && {
      byKind: Object.fromEntries(
        [...kinds].map(([name, kind]) => [
          name,
          { sent: kind.sent, answered: kind.latencies.count, errors: kind.errors, latencies: kind.latencies.summary() },
        ]),
      ),
    }),
  };
}
