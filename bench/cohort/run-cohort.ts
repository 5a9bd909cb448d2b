import { Client, Connection } from '@temporalio/client';
import { durationMs } from '../../libs/domain/duration';
import { temporalConnectionOptions, temporalDataConverter } from '../../libs/temporal-connection/connection-options';
import { BenchClient } from '../api-client';
import { BenchStack } from '../bench-stack';
import { runCeiling, CeilingFigures } from '../ceiling/run-ceiling';
import { prepareProgram } from '../courses';
import { processMemoryMb } from '../measure/process-memory';
import { cpuMeter, CpuPerItem } from '../measure/stack-cpu';
import { writeResults } from '../results';
import { benchPolicy, COMPRESSION_LIMITS, MENTOR_CAPACITY } from './bench-policy';
import { CohortOptions, parseCohortArgs } from './cohort-options';
import { cohortComparison, cohortTable } from './cohort-table';
import type { Engine } from '../../scripts/stack/engine';
import { CohortDrive, CourseFailure, driveCohort } from './drive-cohort';
import { historyCensus, HistoryCensus, UnfinishedCourse, unfinishedCourses } from './course-census';
import { engineCensus, EngineCensus } from './engine-census';
import { courseScript } from './course-script';
import { nudgeCensus, NudgeCensus } from './nudge-census';

export interface CohortFigures {
  options: CohortOptions & { monthMs: number };
  /** What ran Temporal: the dev server, or a fresh real cluster. */
  engine: Engine;
  cohort: Omit<CohortDrive, 'mentorshipIds' | 'failures'> &
    NudgeCensus & {
      completed: number;
      /** Courses whose script failed (an answer it did not expect), the first few. */
      failures: CourseFailure[];
      /** Courses whose workflow did not end closed, the first few. */
      unfinished: UnfinishedCourse[];
      history: HistoryCensus;
      engine: EngineCensus;
      /** Over the drive, per acknowledged command: which process the engine's work costs. */
      cpuMsPerCommand: CpuPerItem;
    };
  memory: { workersPeakRssMb: Array<number | undefined>; apiPeakRssMb?: number; benchPeakRssMb?: number };
  ceiling: CeilingFigures;
  /** The cohort's sustained commands/s over the ceiling's. */
  ratio: number;
  wallTimeS: number;
  limits: string[];
}

export interface CohortRun {
  figures: CohortFigures;
  resultsPath: string;
  /** What went wrong, in words; empty when every course completed closed. */
  problems: string[];
}

/** Long enough for a course that answered its continuation to finish; one that has not by then waits for something (an escalation). */
const FINISH_WITHIN_MS = 15_000;
const LISTED = 10;

/**
 * The cohort benchmark on a stack of its own: a program on the compressed
 * benchmark policy, the cohort driven through the API, its courses checked
 * and their histories counted, then the ceiling on the same server. Writes
 * the figures to bench/results (or `resultsDir`).
 */
export async function runCohort(
  options: CohortOptions,
  { resultsDir, log = console.log, on = 'dev-server' }: { resultsDir?: string; log?: (line: string) => void; on?: Engine } = {},
): Promise<CohortRun> {
  const startedAt = performance.now();
  const monthMs = durationMs(options.month);
  log(`starting the stack on the ${on} with ${options.workers} worker process(es)`);
  const stack = await BenchStack.start({ workers: options.workers, engine: on });
  const connection = await Connection.connect(temporalConnectionOptions(stack.config.temporal));
  try {
    const temporal = new Client({
      connection,
      namespace: stack.config.temporal.namespace,
      dataConverter: temporalDataConverter(stack.config.temporal),
    });
    const policy = benchPolicy(monthMs);
    const asCoordinator = (coordinatorId: string) => new BenchClient(stack.apiUrl, stack.token('coordinator', coordinatorId));
    const program = await prepareProgram(
      new BenchClient(stack.apiUrl, stack.token('program-admin')),
      asCoordinator,
      policy,
      Math.ceil(options.mentorships / MENTOR_CAPACITY),
    );

    log(
      `driving ${options.mentorships} mentorships, a month every ${options.month}, ` +
        `${options.concurrency} requests and ${options.openings} openings at a time`,
    );
    const client = asCoordinator(program.coordinatorId);
    const cpu = cpuMeter(stack.processes());
    const drive = await driveCohort(client, program, courseScript(policy, monthMs), {
      mentorships: options.mentorships,
      concurrency: options.concurrency,
      openings: options.openings,
      monthMs,
      report: log,
    });
    // Read before the censuses below, which cost the server too.
    const cpuMsPerCommand = cpu.perItem(drive.commands.count);
    const memory = {
      workersPeakRssMb: stack.workers.map((worker) => processMemoryMb(worker.pid)?.peakRssMb),
      apiPeakRssMb: processMemoryMb(stack.api.pid)?.peakRssMb,
      benchPeakRssMb: processMemoryMb(process.pid)?.peakRssMb,
    };

    log('checking every course ended closed, counting histories and nudges');
    const unfinished = await unfinishedCourses(temporal, drive.mentorshipIds, FINISH_WITHIN_MS);
    const unfinishedIds = new Set(unfinished.map((course) => course.mentorshipId));
    const history = await historyCensus(
      temporal,
      drive.mentorshipIds.filter((id) => !unfinishedIds.has(id)),
    );
    const nudges = await nudgeCensus(stack.config.database.url, program.slug);
    const engine = await engineCensus(temporal, program.slug, drive.mentorshipIds.length);

    log(`the ceiling: ${options.mentorships} trivial workflows, ${drive.commands.count - options.mentorships} empty updates`);
    const ceiling = await runCeiling(temporal, {
      workflows: options.mentorships,
      updates: Math.max(0, drive.commands.count - options.mentorships),
      concurrency: options.concurrency,
      workers: options.workers,
      env: stack.env,
      temporalPids: stack.temporalPids(),
    });

    const { mentorshipIds, failures, ...driven } = drive;
    const figures: CohortFigures = {
      options: { ...options, monthMs },
      engine: on,
      cohort: {
        ...driven,
        ...nudges,
        completed: mentorshipIds.length - unfinished.length,
        failures: failures.slice(0, LISTED),
        unfinished: unfinished.slice(0, LISTED),
        history,
        engine,
        cpuMsPerCommand,
      },
      memory,
      ceiling,
      ratio:
        ceiling.commands.perSecondSustained > 0
          ? Math.round((drive.commands.perSecondSustained / ceiling.commands.perSecondSustained) * 100) / 100
          : 0,
      wallTimeS: Math.round((performance.now() - startedAt) / 100) / 10,
      limits: COMPRESSION_LIMITS,
    };
    const problems = [
      ...failures.map((failure) => `course ${failure.course} (${failure.mentorshipId ?? 'no id yet'}) failed: ${failure.error}`),
      ...unfinished.map((course) => `mentorship ${course.mentorshipId} did not end closed: ${JSON.stringify(course)}`),
      ...(ceiling.completed < ceiling.workflows
        ? [`the ceiling completed ${ceiling.completed} of its ${ceiling.workflows} workflows`]
        : []),
    ];
    return { figures, resultsPath: writeResults('cohort', figures, resultsDir), problems };
  } finally {
    await connection.close();
    await stack.stop();
  }
}

/**
 * `./mentorflow bench cohort [options]`: prints the figures, writes them, and fails when a course did not complete.
 * With --cluster it runs twice in one sitting, on the dev server and then on a fresh cluster, and prints them side by side.
 */
export async function runCohortBenchmark(args: string[]): Promise<void> {
  const options = parseCohortArgs(args);
  const engines: Engine[] = options.cluster ? ['dev-server', 'cluster'] : ['dev-server'];
  const runs: Array<CohortRun & { engine: Engine }> = [];
  for (const engine of engines) runs.push({ engine, ...(await runCohort(options, { on: engine })) });
  const table = options.cluster
    ? cohortComparison(runs.map(({ engine, figures }) => ({ title: engine, figures })))
    : cohortTable(runs[0].figures);
  console.log(`\nCohort benchmark\n${table}\n`);
  console.log(`Known limits of a compressed year:\n${runs[0].figures.limits.map((limit) => `  - ${limit}`).join('\n')}\n`);
  for (const { engine, resultsPath } of runs) console.log(`results (${engine}): ${resultsPath}`);
  const problems = runs.flatMap((run) => run.problems.map((problem) => `${run.engine}: ${problem}`));
  if (problems.length === 0) return;
  console.error(`\n${problems.length} problem(s):\n${problems.slice(0, 20).join('\n')}`);
  process.exitCode = 1;
}
