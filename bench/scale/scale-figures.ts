import type { CpuPerItem } from '../measure/stack-cpu';
import type { WorkerConfig } from '../../libs/config/app-config';
import type { LatencySummary } from '../measure/latencies';
import type { OpenLoopResult } from './open-loop';
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
  load: Omit<OpenLoopResult, 'failures'> & {
    errors: number;
    /** The first few failures, verbatim. */
    firstErrors: string[];
    /** Meetings sent again after a 503 (see BenchClient). */
    resent: number;
    /** From each request's actual send to its answer: the API alone, without this client's lag. */
    serviceTime: LatencySummary;
    cpuMsPerMeeting: CpuPerItem;
  };
  memory: { afterStart: StackMemory; afterOpening: StackMemory; afterLoad: StackMemory };
  targets: TargetResult[];
}

/** Each target judged only where the run was as big as the target says; a smaller run still shows what it measured. */
export function judgeTargets(options: ScaleOptions, p99Ms: number, workerPeakRssMb: number | undefined): TargetResult[] {
  const atScale = options.open >= SCALE_TARGETS.openCourses && options.rate >= SCALE_TARGETS.rate;
  const judge = (within: boolean): Verdict => (atScale ? (within ? 'met' : 'missed') : 'not at target scale');
  const scale = `${options.open} open, ${options.rate}/s`;
  return [
    {
      target: `API p99 ≤ ${SCALE_TARGETS.apiP99Ms} ms at ${SCALE_TARGETS.rate} commands/s`,
      measured: `${p99Ms} ms (${scale})`,
      verdict: judge(p99Ms <= SCALE_TARGETS.apiP99Ms),
    },
    {
      target: `worker RSS ≤ ${SCALE_TARGETS.workerRssMb} MB with ${SCALE_TARGETS.openCourses.toLocaleString('en')} open`,
      measured: workerPeakRssMb === undefined ? 'unknown (no /proc)' : `${workerPeakRssMb} MB peak (${scale})`,
      verdict: workerPeakRssMb === undefined ? 'not measured' : judge(workerPeakRssMb <= SCALE_TARGETS.workerRssMb),
    },
  ];
}
