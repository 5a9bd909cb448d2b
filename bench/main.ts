import 'reflect-metadata';
import { runCohortBenchmark } from './cohort/run-cohort';
import { runConsoleReadsBenchmark } from './console-reads';
import { runScaleBenchmark } from './scale/run-scale';
import { runWorkerStartBenchmark } from './worker-start';

const USAGE = `usage: ./mentorflow bench cohort [--mentorships N] [--workers N] [--concurrency N] [--month DURATION] [--cluster]
       ./mentorflow bench scale [--open N] [--cache N] [--rates N,N,...] [--seconds N] [--mix all|meetings]
       ./mentorflow bench console [--courses N] [--live N] [--requests N] [--renders N] [--load N] [--cache N]
       ./mentorflow bench worker-start [--starts N]`;

/** `./mentorflow bench KIND ...`: runs one benchmark on a stack of its own, prints its figures and writes them to bench/results/. */
async function main(): Promise<void> {
  const [kind, ...args] = process.argv.slice(2);
  if (kind === 'cohort') return runCohortBenchmark(args);
  if (kind === 'scale') return runScaleBenchmark(args);
  if (kind === 'console') return runConsoleReadsBenchmark(args);
  if (kind === 'worker-start') return runWorkerStartBenchmark(args);
  console.error(USAGE);
  process.exitCode = 2;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
