import { performance } from 'node:perf_hooks';
import { WorkerProcess } from '../scripts/stack/worker-process';
import { positiveWholeNumber } from './bench-args';
import { BenchStack } from './bench-stack';
import { Latencies, LatencySummary } from './measure/latencies';
import { processMemoryMb } from './measure/process-memory';
import { writeResults } from './results';

const USAGE = 'usage: ./mentorflow bench worker-start [--starts N]';
/** Issue 30's target: a worker polls within 5 s of its start, from a workflow bundle built ahead of time. */
const TARGET_MS = 5000;

export interface WorkerStartFigures {
  starts: number;
  toPollingMs: LatencySummary;
  rssAtPollingMb: number[];
}

/** `./mentorflow bench worker-start [--starts N]`: prints each start and the summary, and writes the results. */
export async function runWorkerStartBenchmark(args: string[]): Promise<void> {
  const { figures, file } = await measureWorkerStart(parseStarts(args), (line) => console.log(line));
  const { p50, max } = figures.toPollingMs;
  console.log(`\nWorker start to polling over ${figures.starts} starts: p50 ${p50} ms, max ${max} ms (target ≤ ${TARGET_MS} ms)`);
  console.log(`results: ${file}`);
}

/**
 * Starts the worker process again and again on a stack of its own
 * (PostgreSQL migrated, Temporal, the API idle) and times each from its
 * spawn to its first poll of the task queue, as a deployment's rolling
 * restart sees it, with its RSS by then.
 */
export async function measureWorkerStart(
  starts: number,
  log: (line: string) => void,
  resultsDir?: string,
): Promise<{ figures: WorkerStartFigures; file: string }> {
  const stack = await BenchStack.start({ workers: 0 });
  try {
    const toPolling = new Latencies();
    const rssAtPollingMb: number[] = [];
    for (let start = 1; start <= starts; start += 1) {
      const spawnedAt = performance.now();
      const worker = await WorkerProcess.start(stack.env);
      const ms = performance.now() - spawnedAt;
      toPolling.record(ms);
      rssAtPollingMb.push(processMemoryMb(worker.pid)?.rssMb ?? 0);
      log(`  start ${start}: polling after ${Math.round(ms)} ms, RSS ${rssAtPollingMb.at(-1)} MB`);
      await worker.stop();
    }
    const figures: WorkerStartFigures = { starts, toPollingMs: toPolling.summary(), rssAtPollingMb };
    return { figures, file: writeResults('worker-start', figures, resultsDir) };
  } finally {
    await stack.stop();
  }
}

function parseStarts(args: string[]): number {
  if (args.length === 0) return 5;
  if (args.length === 2 && args[0] === '--starts') return positiveWholeNumber('--starts', args[1], USAGE);
  throw new Error(USAGE);
}
