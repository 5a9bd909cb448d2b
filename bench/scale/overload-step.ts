import { Latencies, LatencySummary } from '../measure/latencies';
import type { CpuMeter, CpuPerItem } from '../measure/stack-cpu';
import { runOpenLoop } from './open-loop';
import { SCALE_TARGETS } from './scale-figures';

/** One answer of the step above capacity, as the API gave it: never sent again, so a shed request counts as shed. */
export interface OverloadAnswer {
  status: number;
  /** The error body's code, where there is one. */
  code?: string;
  retryAfter: string | null;
}

/** One request of the load after the overload: its second, its time from schedule, and whether it was served. */
export interface RecoverySample {
  second: number;
  ms: number;
  ok: boolean;
}

/** One second of the load after the overload: did it hold the latency target? */
export interface RecoveryWindow {
  second: number;
  count: number;
  p99: number;
  errors: number;
}

/** What the API did past its capacity, and how soon latency was back within target once the load fell back. */
export interface OverloadFigures {
  rate: number;
  seconds: number;
  sent: number;
  served: number;
  /** Answered 503 engine-busy: turned away at the gate, nothing done. */
  shed: number;
  /** Shed answers that said when to come back. */
  shedWithRetryAfter: number;
  /** Any other answer (a 503 after the engine deadline, a 500, …), and the first few verbatim. */
  otherErrors: number;
  firstErrors: string[];
  /** shed / sent, in percent. */
  shedPercent: number;
  /** From sending to the answer. */
  shedLatency: LatencySummary;
  servedLatency: LatencySummary;
  /** The most requests this client had waiting for an answer at once: bounded when the API sheds rather than queues. */
  mostOutstanding: number;
  /** Over the step, per request sent: which process took the cores a refusal waits for; null when not measured. */
  cpuMsPerRequest: CpuPerItem | null;
  recovery: {
    rate: number;
    seconds: number;
    windows: RecoveryWindow[];
    /** Seconds after the load fell back from which the rest held the target (backToTarget); null if it did not. */
    backToTargetSeconds: number | null;
  };
}

export interface OverloadPlan {
  rate: number;
  seconds: number;
  /** The load that follows, one the stack held (the lowest step's rate), and for how long. */
  recoveryRate: number;
  recoverySeconds: number;
}

/**
 * The step above capacity: `rate` commands a second for `seconds`, each sent
 * once (a client that resent would hide the shedding), then the load falls
 * back to `recoveryRate`, timed per second from each request's schedule, to
 * see how soon latency is back within target.
 */
export async function runOverloadStep(
  plan: OverloadPlan,
  send: () => Promise<OverloadAnswer>,
  /** Starts measuring the stack's CPU (cpuMeter), read when the step's last answer is in. */
  meterCpu?: () => CpuMeter,
): Promise<OverloadFigures> {
  const shedLatency = new Latencies();
  const servedLatency = new Latencies();
  const errors: string[] = [];
  let shed = 0;
  let shedWithRetryAfter = 0;
  let outstanding = 0;
  let mostOutstanding = 0;
  const cpu = meterCpu?.();
  const overload = await runOpenLoop(plan.rate, plan.seconds, async () => {
    outstanding += 1;
    mostOutstanding = Math.max(mostOutstanding, outstanding);
    const started = performance.now();
    try {
      const answer = await send();
      const ms = performance.now() - started;
      if (answer.status >= 200 && answer.status < 300) servedLatency.record(ms);
      else if (answer.status === 503 && answer.code === 'engine-busy') {
        shed += 1;
        shedLatency.record(ms);
        if (answer.retryAfter !== null) shedWithRetryAfter += 1;
      } else errors.push(`${answer.status} ${answer.code ?? ''}`.trim());
    } finally {
      outstanding -= 1;
    }
  });
  errors.push(...overload.failures);
  const cpuMsPerRequest = cpu?.perItem(overload.sent) ?? null;

  const samples: RecoverySample[] = [];
  const interval = 1000 / plan.recoveryRate;
  const recoveryStart = performance.now();
  await runOpenLoop(plan.recoveryRate, plan.recoverySeconds, async (index) => {
    const dueAt = recoveryStart + index * interval;
    const answer = await send().catch(() => undefined);
    const ok = answer !== undefined && answer.status >= 200 && answer.status < 300;
    samples.push({ second: Math.floor((index * interval) / 1000), ms: performance.now() - dueAt, ok });
  });
  const windows = recoveryWindows(samples, plan.recoverySeconds);
  return {
    rate: plan.rate,
    seconds: plan.seconds,
    sent: overload.sent,
    served: servedLatency.count,
    shed,
    shedWithRetryAfter,
    otherErrors: errors.length,
    firstErrors: errors.slice(0, 5),
    shedPercent: overload.sent ? Math.round((shed / overload.sent) * 1000) / 10 : 0,
    shedLatency: shedLatency.summary(),
    servedLatency: servedLatency.summary(),
    mostOutstanding,
    cpuMsPerRequest,
    recovery: {
      rate: plan.recoveryRate,
      seconds: plan.recoverySeconds,
      windows,
      backToTargetSeconds: backToTarget(samples, plan.recoverySeconds),
    },
  };
}

/** The samples of each second of the recovery, summarised: its p99 from schedule and its failed requests. */
export function recoveryWindows(samples: RecoverySample[], seconds: number): RecoveryWindow[] {
  return Array.from({ length: seconds }, (_, second) => {
    const latencies = new Latencies();
    let errors = 0;
    for (const sample of samples.filter((each) => each.second === second)) {
      latencies.record(sample.ms);
      if (!sample.ok) errors += 1;
    }
    const { count, p99 } = latencies.summary();
    return { second, count, p99, errors };
  });
}

/**
 * The seconds until latency was back within target: the first second from which the samples of the rest of the recovery, taken
 * together, have a p99 within target and no failure; null when none does. Taken together, as the target is a p99: one late
 * request in a last second of twenty does not undo the recovery (the p99 of twenty samples is their maximum), while a tail that
 * stays slow, or fails, does.
 */
export function backToTarget(samples: RecoverySample[], seconds: number, targetMs = SCALE_TARGETS.apiP99Ms): number | null {
  for (let from = 0; from < seconds; from += 1) {
    const rest = samples.filter((sample) => sample.second >= from);
    if (rest.length === 0) return null;
    const latencies = new Latencies();
    for (const sample of rest) latencies.record(sample.ms);
    if (rest.every((sample) => sample.ok) && latencies.summary().p99 <= targetMs) return from;
  }
  return null;
}
