import type { CpuPerItem } from '../measure/stack-cpu';
import type { WorkerConfig } from '../../libs/config/app-config';
import type { LatencySummary } from '../measure/latencies';
import type { OpenLoopResult } from './open-loop';
import type { OverloadFigures } from './overload-step';
import type { ScaleOptions } from './scale-options';

/** Issue 11's targets, on a 2-core machine. */
export const SCALE_TARGETS = { openCourses: 10_000, rate: 50, apiP99Ms: 100, workerRssMb: 600 };

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

/** Meetings logged at one rate for a while, on courses picked at random. */
export type LoadStep = Omit<OpenLoopResult, 'failures'> & {
  rate: number;
  errors: number;
  /** The first few failures, verbatim. */
  firstErrors: string[];
  /** Meetings sent again after a 503 (see BenchClient). */
  resent: number;
  /** From each request's actual send to its answer: the API alone, without this client's lag. */
  serviceTime: LatencySummary;
  cpuMsPerMeeting: CpuPerItem;
  /** Read once the step's last answer came. */
  memoryAfter: StackMemory;
};

/** A step the stack held: every meeting answered, p99 from schedule within the target. */
export function stepHeld(step: LoadStep): boolean {
  return step.errors === 0 && step.latencies.p99 <= SCALE_TARGETS.apiP99Ms;
}

/** The highest rate among the steps the stack held, if it held any. */
export function sustainedRate(steps: LoadStep[]): number | null {
  return steps.filter(stepHeld).reduce<number | null>((best, step) => Math.max(best ?? 0, step.rate), null);
}

/**
 * Each target judged only where the run was as big as the target says; a
 * smaller run still shows what it measured. Latency is judged at the target's
 * rate, or missed when a lower rate already failed and the target's was not run.
 */
export function judgeTargets(options: ScaleOptions, steps: LoadStep[], workerPeakRssMb: number | undefined): TargetResult[] {
  const atTargetRate = steps.find((step) => step.rate === SCALE_TARGETS.rate);
  const failedBelow = steps.find((step) => step.rate < SCALE_TARGETS.rate && step.errors > 0);
  const openAtScale = options.open >= SCALE_TARGETS.openCourses;
  const judge = (within: boolean): Verdict => (openAtScale ? (within ? 'met' : 'missed') : 'not at target scale');
  const open = `${options.open} open`;
  const latency: TargetResult = {
    target: `API p99 ≤ ${SCALE_TARGETS.apiP99Ms} ms at ${SCALE_TARGETS.rate} commands/s`,
    ...(atTargetRate
      ? {
          measured: `${atTargetRate.latencies.p99} ms, ${atTargetRate.errors} errors (${open}, ${atTargetRate.rate}/s)`,
          verdict: judge(stepHeld(atTargetRate)),
        }
      : failedBelow && options.rates.includes(SCALE_TARGETS.rate)
        ? { measured: `not run: ${failedBelow.errors} errors at ${failedBelow.rate}/s already (${open})`, verdict: judge(false) }
        : { measured: `not run (rates ${options.rates.join(', ')}/s)`, verdict: 'not at target scale' }),
  };
  const highestRate = steps.at(-1)?.rate ?? 0;
  const memory: TargetResult = {
    target: `worker RSS ≤ ${SCALE_TARGETS.workerRssMb} MB with ${SCALE_TARGETS.openCourses.toLocaleString('en')} open`,
    measured: workerPeakRssMb === undefined ? 'unknown (no /proc)' : `${workerPeakRssMb} MB peak (${open}, load up to ${highestRate}/s)`,
    verdict: workerPeakRssMb === undefined ? 'not measured' : judge(workerPeakRssMb <= SCALE_TARGETS.workerRssMb),
  };
  return [latency, memory];
}
