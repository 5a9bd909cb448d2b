import type { CpuPerItem } from '../measure/stack-cpu';
import type { WorkerConfig } from '../../libs/config/app-config';
import type { LatencySummary } from '../measure/latencies';
import type { CommandKind } from './command-mix';
import type { KindLoad, OpenLoopResult } from './open-loop';
import type { OverloadFigures } from './overload-step';
import type { ScaleOptions } from './scale-options';

/** Issue 11's targets, and issue 30's (every kind of command within the p99 at `commandRate`), on a 2-core machine. */
export const SCALE_TARGETS = { openCourses: 10_000, rate: 50, commandRate: 20, apiP99Ms: 100, workerRssMb: 600 };

export interface ProcessMemory {
  rssMb: number;
  /** VmHWM: the most the process ever held, so a spike between readings is not missed. */
  peakRssMb: number;
}

/** Resident memory of each process of the stack; null where it could not be read (no /proc). */
export interface StackMemory {
  worker: ProcessMemory | null;
  api: ProcessMemory | null;
  devServer: ProcessMemory | null;
}

export type Verdict = 'met' | 'missed' | 'not at target scale' | 'not measured';

export interface TargetResult {
  target: string;
  measured: string;
  verdict: Verdict;
}

/** What `writeResults('scale', ...)` keeps of one run. */
export interface ScaleFigures {
  options: ScaleOptions;
  /** The worker settings the run used (one worker process). */
  worker: WorkerConfig;
  /** The API's bounds on what it takes on (MENTORFLOW_MAX_IN_FLIGHT, MENTORFLOW_SHED_EVENT_LOOP_LAG), met above capacity. */
  shedding: { maxInFlight: number; shedEventLoopLag: string };
  mentors: { count: number; capacity: number };
  opening: {
    courses: number;
    seconds: number;
    coursesPerSecond: number;
    /** Courses that failed to open, and the first few failures verbatim. */
    failed: number;
    firstFailures: string[];
    /** Writes sent again after a 503 (see BenchClient). */
    resent: number;
    requests: LatencySummary;
    cpuMsPerCourse: CpuPerItem;
  };
  /** The courses opened only up to their proposal, after the others, for the load's answers (none without answers in the mix). */
  proposing: { courses: number; seconds: number; failed: number; firstFailures: string[]; requests: LatencySummary };
  /** One step per rate, lowest first; a step that fails ends the load, and the rates above it are not run. */
  load: LoadStep[];
  /** Rates not run because a lower one already failed. */
  notRun: number[];
  /** The highest rate run with no errors and p99 within the target: what this stack sustains. */
  sustainedRate: number | null;
  /** The step above capacity and the recovery after it. */
  overload: OverloadFigures;
  memory: { afterStart: StackMemory; afterOpening: StackMemory };
  targets: TargetResult[];
}

/** Commands (the options' mix) sent at one rate for a while, on courses picked at random. */
export type LoadStep = Omit<OpenLoopResult, 'failures' | 'byKind'> & {
  /** Each kind's own figures, from schedule; results written before the mix have none (their steps sent meetings only). */
  byKind?: Partial<Record<CommandKind, KindLoad>>;
  rate: number;
  errors: number;
  /** The first few failures, verbatim. */
  firstErrors: string[];
  /** Commands sent again after a 503 (see BenchClient). */
  resent: number;
  /** From each request's actual send to its answer: the API alone, without this client's lag. */
  serviceTime: LatencySummary;
  /** Per command of the step, whatever its kind (the name is older than the mix). */
  cpuMsPerMeeting: CpuPerItem;
  /** Read once the step's last answer came. */
  memoryAfter: StackMemory;
};

/** The kind of a step with the highest p99 from schedule, and that p99: a step of meetings only, before the mix, is all meetings. */
export function slowestKind(step: LoadStep): { kind: CommandKind; p99: number } {
  const kinds = Object.entries(step.byKind ?? { meeting: step }) as Array<[CommandKind, { latencies: LatencySummary }]>;
  return kinds
    .map(([kind, { latencies }]) => ({ kind, p99: latencies.p99 }))
    .reduce((slowest, kind) => (kind.p99 > slowest.p99 ? kind : slowest));
}

/** A step the stack held: every command answered, and every kind's p99 from schedule within the target. */
export function stepHeld(step: LoadStep): boolean {
  return step.errors === 0 && slowestKind(step).p99 <= SCALE_TARGETS.apiP99Ms;
}

/** The highest rate among the steps the stack held, if it held any. */
export function sustainedRate(steps: LoadStep[]): number | null {
  return steps.filter(stepHeld).reduce<number | null>((best, step) => Math.max(best ?? 0, step.rate), null);
}

/**
 * Each target judged only where the run was as big as the target says; a
 * smaller run still shows what it measured. Latency is judged at each target's
 * rate on the slowest kind of command (named), or missed when a lower rate already failed and the target's was not run.
 */
export function judgeTargets(options: ScaleOptions, steps: LoadStep[], workerPeakRssMb: number | undefined): TargetResult[] {
  const openAtScale = options.open >= SCALE_TARGETS.openCourses;
  const judge = (within: boolean): Verdict => (openAtScale ? (within ? 'met' : 'missed') : 'not at target scale');
  const open = `${options.open} open`;
  const latency = (target: string, rate: number): TargetResult => {
    const atRate = steps.find((step) => step.rate === rate);
    const failedBelow = steps.find((step) => step.rate < rate && step.errors > 0);
    if (atRate)
      return {
        target,
        measured: `${slowestMeasured(atRate)}, ${atRate.errors} errors (${open}, ${rate}/s)`,
        verdict: judge(stepHeld(atRate)),
      };
    if (failedBelow && options.rates.includes(rate))
      return {
        target,
        measured: `not run: ${failedBelow.errors} errors at ${failedBelow.rate}/s already (${open})`,
        verdict: judge(false),
      };
    return { target, measured: `not run (rates ${options.rates.join(', ')}/s)`, verdict: 'not at target scale' };
  };
  const highestRate = steps.at(-1)?.rate ?? 0;
  const memory: TargetResult = {
    target: `worker RSS ≤ ${SCALE_TARGETS.workerRssMb} MB with ${SCALE_TARGETS.openCourses.toLocaleString('en')} open`,
    measured: workerPeakRssMb === undefined ? 'unknown (no /proc)' : `${workerPeakRssMb} MB peak (${open}, load up to ${highestRate}/s)`,
    verdict: workerPeakRssMb === undefined ? 'not measured' : judge(workerPeakRssMb <= SCALE_TARGETS.workerRssMb),
  };
  return [
    latency(`every command's p99 ≤ ${SCALE_TARGETS.apiP99Ms} ms at ${SCALE_TARGETS.commandRate} commands/s`, SCALE_TARGETS.commandRate),
    latency(`API p99 ≤ ${SCALE_TARGETS.apiP99Ms} ms at ${SCALE_TARGETS.rate} commands/s`, SCALE_TARGETS.rate),
    memory,
  ];
}

/** "87 ms, slowest of 6 kinds: missed-meeting", or "31.6 ms (meetings only)" for a step of one kind. */
function slowestMeasured(step: LoadStep): string {
  const { kind, p99 } = slowestKind(step);
  const kinds = Object.keys(step.byKind ?? { meeting: step }).length;
  return kinds > 1 ? `${p99} ms, slowest of ${kinds} kinds: ${kind}` : `${p99} ms (${kind}s only)`;
}
