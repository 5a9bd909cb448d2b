import { CarefulClient, ClientStats } from './careful-client';
import { Census, takeCensus } from './census';
import { Cohort } from './cohort';
import type { Engine } from '../stack/engine';
import { FaultStack } from './fault-stack';

/** How big a run is: CI runs the short one, `./mentorflow faults` the long one. */
export interface Scale {
  courses: number;
  meetingsPerCourse: number;
  postgresDownMs: number;
  /** How long the dev server, or one of the cluster's services, stays away. */
  temporalDownMs: number;
}

export const SHORT: Scale = { courses: 3, meetingsPerCourse: 5, postgresDownMs: 8_000, temporalDownMs: 4_000 };
export const LONG: Scale = { courses: 12, meetingsPerCourse: 10, postgresDownMs: 30_000, temporalDownMs: 15_000 };

export interface Fault {
  name: string;
  /** Readies the stack before the cohort starts. */
  before?(stack: FaultStack): Promise<void>;
  /** Breaks something once a third of the cohort's meetings and measurements are done, and repairs it (or not). */
  strike?(stack: FaultStack, scale: Scale): Promise<void>;
  sendTwice?: boolean;
  /** While it lasts the API cannot serve, and must say so with 503s. */
  makesApiUnavailable?: boolean;
  /** The only engine it can strike: the dev server's restart, or one of the cluster's services. */
  only?: Engine;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const FAULTS: Fault[] = [
  {
    name: 'worker killed (kill -9) mid-cohort, restarted',
    strike: async (stack) => {
      await stack.killWorker();
      await stack.addWorker();
    },
  },
  {
    name: 'PostgreSQL stopped mid-cohort',
    makesApiUnavailable: true,
    strike: async (stack, scale) => {
      await stack.stopPostgres();
      await pause(scale.postgresDownMs);
      await stack.startPostgres();
    },
  },
  {
    name: 'Temporal dev server restarted',
    only: 'dev-server',
    makesApiUnavailable: true,
    strike: async (stack, scale) => {
      await stack.stopTemporal();
      await pause(scale.temporalDownMs);
      await stack.startTemporal();
    },
  },
  {
    name: 'two workers, one killed (kill -9)',
    before: (stack) => stack.addWorker(),
    strike: (stack) => stack.killWorker(),
  },
  { name: 'every write sent twice, same Idempotency-Key', sendTwice: true },
  {
    // Its shards stay with the dead process until the new one takes them over: the frontend waits, or answers Unavailable.
    name: 'cluster: history killed (kill -9) mid-cohort, restarted',
    only: 'cluster',
    strike: async (stack, scale) => {
      await stack.services.kill('history');
      await pause(scale.temporalDownMs);
      await stack.services.start('history');
    },
  },
  {
    name: 'cluster: matching killed (kill -9) mid-cohort, restarted',
    only: 'cluster',
    strike: async (stack, scale) => {
      await stack.services.kill('matching');
      await pause(scale.temporalDownMs);
      await stack.services.start('matching');
    },
  },
  {
    name: 'cluster: frontend restarted',
    only: 'cluster',
    makesApiUnavailable: true,
    strike: async (stack, scale) => {
      await stack.services.halt('frontend');
      await pause(scale.temporalDownMs);
      await stack.services.start('frontend');
    },
  },
];

/** The faults that make sense on an engine: every shared one, and its own. */
export function faultsFor(engine: Engine, faults: Fault[] = FAULTS): Fault[] {
  return faults.filter((fault) => !fault.only || fault.only === engine);
}

export interface FaultResult {
  fault: string;
  census: Census;
  stats: ClientStats;
  /** Workers still running once the cohort was done. */
  workers: number;
}

/** One fault against a fresh cohort on the running stack; the census counts what the engine kept. */
export async function runFault(stack: FaultStack, fault: Fault, scale: Scale): Promise<FaultResult> {
  const careful = (token: string) => new CarefulClient(stack.apiUrl, token, { attemptTimeoutMs: 15_000, giveUpAfterMs: 180_000 });
  await fault.before?.(stack);
  const asCoordinator = (coordinatorId: string) => careful(stack.token('coordinator', coordinatorId));
  const cohort = await Cohort.prepare(careful(stack.token('program-admin')), asCoordinator, {
    courses: scale.courses,
    meetingsPerCourse: scale.meetingsPerCourse,
    sendTwice: fault.sendTwice ?? false,
  });
  await cohort.openCourses();
  let struck: Promise<void> | undefined;
  await cohort.runCourses((progress) => {
    if (!struck && fault.strike && progress >= 1 / 3) struck = fault.strike(stack, scale);
  });
  await struck;
  const census = await takeCensus(cohort, stack.databaseUrl, cohort.client, 120_000);
  return { fault: fault.name, census, stats: cohort.client.stats, workers: stack.workerCount };
}

/** True when nothing acknowledged was lost or doubled, every course closed, and the API never answered 500 nor hung. */
export function passed({ census, stats }: FaultResult): boolean {
  return (
    census.lost === 0 && census.doubled === 0 && census.coursesClosed === census.courses && stats.serverErrors === 0 && stats.hangs === 0
  );
}

export function faultTable(results: FaultResult[]): string {
  const header = [
    'fault',
    'operations attempted',
    'acknowledged',
    'found afterwards',
    'lost',
    'doubled',
    'courses closed',
    'answered 503',
    'answered 500',
    'hung',
    'longest wait',
  ];
  const rows = results.map(({ fault, census, stats }) => [
    fault,
    String(census.attempted),
    String(census.acknowledged),
    String(census.found),
    String(census.lost),
    String(census.doubled),
    `${census.coursesClosed}/${census.courses}`,
    String(stats.unavailable),
    String(stats.serverErrors),
    String(stats.hangs),
    `${(stats.longestWaitMs / 1000).toFixed(1)} s`,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
