import { DataSource } from 'typeorm';
import { coordinatorScope } from '../libs/access/access-scope';
import { dataSourceOptions } from '../libs/persistence/data-source-options';
import { FAST_START_POLICY } from '../scripts/stack/fast-start-policy';
import { BenchClient } from './api-client';
import { BenchStack } from './bench-stack';
import { explainToday, QueryPlan } from './console/explain-today';
import { ConsoleOptions, parseConsoleArgs } from './console/console-options';
import { fillReadModels } from './console/fill-read-models';
import { coordinatorSession, RenderFigures, timeRendering } from './console/render-timing';
import { BenchProgram, prepareProgram } from './courses';
import { Latencies, LatencySummary } from './measure/latencies';
import { writeResults } from './results';
import { openCourses } from './scale/open-courses';

/** The issue's target for the Today page and a course page, answered by the API. */
const TARGET_P95_MS = 200;
/** Requests before the timed ones: the first of each kind pays for cold caches and plans. */
const WARM_UP = 10;
const MENTOR_CAPACITY = 20;
/** Page loads timed in the browser, of the Today page and of course pages each. */
/** Besides the benchmark's own program: the other programs and municipalities the filled courses spread over. */
const OTHER_PROGRAMS = 3;
const OTHER_MUNICIPALITIES = 6;

export interface ConsoleFigures {
  options: ConsoleOptions;
  targetP95Ms: number;
  /** GET /today for a coordinator of two of the four programs, and for a municipal coordinator of one program's part. */
  today: { coordinator: LatencySummary; municipal: LatencySummary; counts: Record<string, number>; items: number };
  /** A course page's reads side by side, GET /mentorships/{id} (its workflow's state) and its meetings: the page waits for both. */
  coursePage: { page: LatencySummary; state: LatencySummary; meetings: LatencySummary };
  plans: { coordinator: QueryPlan[]; municipal: QueryPlan[] };
  /** The same coordinator's Today page and course pages in Chromium, and the console's first-load JS. */
  render: RenderFigures;
}

/**
 * `./mentorflow bench console ...`: the console's reads with 10,000 open courses in PostgreSQL. A stack of its own; one program made
 * through the API with `--live` courses opened through the engine (their course pages are read), three more programs and seven
 * municipalities; then `--courses` open courses written straight into the read models and the plan of every Today query (EXPLAIN
 * ANALYZE: each reads by index), and `--requests` requests timed per figure against the target p95.
 */
export async function runConsoleReadsBenchmark(args: string[]): Promise<void> {
  const { figures, file } = await measureConsoleReads(parseConsoleArgs(args), (line) => console.log(line));
  console.log(`\n${consoleTable(figures)}\n\nresults: ${file}`);
}

/** The figures of one run and the file they were written to, in `resultsDir` (bench/results by default). */
export async function measureConsoleReads(
  options: ConsoleOptions,
  say: (line: string) => void,
  resultsDir?: string,
): Promise<{ figures: ConsoleFigures; file: string }> {
  say('starting the stack: one worker');
  const stack = await BenchStack.start({ workers: 1 });
  const database = await new DataSource(dataSourceOptions(stack.config.database)).initialize();
  try {
    const admin = new BenchClient(stack.apiUrl, stack.token('program-admin'));
    const asCoordinator = (id: string) => new BenchClient(stack.apiUrl, stack.token('coordinator', id));
    const policy = { ...FAST_START_POLICY, mentors: { ...FAST_START_POLICY.mentors, capacity: MENTOR_CAPACITY } };
    const program = await prepareProgram(admin, asCoordinator, policy, Math.ceil(options.live / MENTOR_CAPACITY));
    const places = await placesBeside(admin, program, policy);
    // The coordinator timed coordinates two of the four programs; the municipal one her municipality's part of the first.
    const coordinatorOf = async (programIds: string[], municipalityId?: string) =>
      (await admin.send('POST', '/coordinators', { contact: { name: 'Coordinator' }, programIds, municipalityId })).body.id as string;
    const twoPrograms = await coordinatorOf(places.programs.slice(0, 2).map(({ id }) => id));
    const municipal = await coordinatorOf([program.programId], program.municipalityId);

    say(`opening ${options.live} courses through the engine, for their course pages`);
    const live = await openCourses(asCoordinator(program.coordinatorId), program, options.live, 4);
    if (live.failed > 0) throw new Error(`${live.failed} courses failed to open, e.g. ${live.firstFailures[0]}`);
    say(`writing ${options.courses} open courses into the read models`);
    const started = performance.now();
    await fillReadModels(database, places, { courses: options.courses });
    say(`  in ${Math.round((performance.now() - started) / 100) / 10} s`);

    const plans = {
      coordinator: await explainToday(database, await coordinatorScope(database, { id: twoPrograms, roles: ['coordinator'] }), 20),
      municipal: await explainToday(database, await coordinatorScope(database, { id: municipal, roles: ['coordinator'] }), 20),
    };
    say(`timing ${options.requests} requests of each`);
    const coordinator = asCoordinator(twoPrograms);
    const today = await timed(options.requests, () => coordinator.send('GET', '/today'));
    const municipalToday = await timed(options.requests, () => asCoordinator(municipal).send('GET', '/today'));
    const coursePage = await timeCoursePages(asCoordinator(program.coordinatorId), live.mentorshipIds, options.requests);
    say(`opening the Today page and course pages in Chromium, ${options.renders} loads each`);
    const cookie = await coordinatorSession(database, twoPrograms);
    const render = await timeRendering(stack.apiUrl, cookie, live.mentorshipIds, options.renders, stack.config.api.consoleDir);
    const answer = (await coordinator.send('GET', '/today')).body;
    const figures: ConsoleFigures = {
      options,
      targetP95Ms: TARGET_P95_MS,
      today: { coordinator: today, municipal: municipalToday, counts: answer.counts, items: answer.items.length },
      coursePage,
      plans,
      render,
    };
    return { figures, file: writeResults('console', figures, resultsDir) };
  } finally {
    await database.destroy();
    await stack.stop();
  }
}

/** Three more programs on the same policy and six more municipalities, through the API, beside the benchmark's own. */
async function placesBeside(admin: BenchClient, program: BenchProgram, policy: object) {
  const programs = [{ id: program.programId, slug: program.slug }];
  for (let index = 1; index <= OTHER_PROGRAMS; index += 1) {
    const slug = `${program.slug}-${index}`;
    programs.push({ id: (await admin.send('POST', '/programs', { slug, name: `Benchmark ${slug}`, policy })).body.id, slug });
  }
  const municipalityIds = [program.municipalityId];
  for (let index = 1; index <= OTHER_MUNICIPALITIES; index += 1)
    municipalityIds.push((await admin.send('POST', '/municipalities', { name: `${program.slug} town ${index}` })).body.id);
  return { programs, municipalityIds };
}

/** `requests` sends one after another, after a few untimed ones; `send` is told whether it is timed. */
async function timed(requests: number, send: (timed: boolean) => Promise<unknown>): Promise<LatencySummary> {
  for (let index = 0; index < WARM_UP; index += 1) await send(false);
  const latencies = new Latencies();
  for (let index = 0; index < requests; index += 1) {
    const started = performance.now();
    await send(true);
    latencies.record(performance.now() - started);
  }
  return latencies.summary();
}

/** Course pages of the live courses in turn: the course's state and its meetings, asked together as the page asks them. */
async function timeCoursePages(client: BenchClient, mentorshipIds: string[], requests: number): Promise<ConsoleFigures['coursePage']> {
  const state = new Latencies();
  const meetings = new Latencies();
  const read = async (path: string, latencies: Latencies | undefined) => {
    const started = performance.now();
    await client.send('GET', path);
    latencies?.record(performance.now() - started);
  };
  let next = 0;
  const page = await timed(requests, async (isTimed) => {
    const id = mentorshipIds[next++ % mentorshipIds.length];
    await Promise.all([
      read(`/mentorships/${id}`, isTimed ? state : undefined),
      read(`/mentorships/${id}/meetings`, isTimed ? meetings : undefined),
    ]);
  });
  return { page, state: state.summary(), meetings: meetings.summary() };
}

function consoleTable(figures: ConsoleFigures): string {
  const row = (name: string, summary: LatencySummary) =>
    `| ${name.padEnd(44)} | ${[summary.p50, summary.p95, summary.p99, summary.max].map((ms) => String(ms).padStart(7)).join(' | ')} | ${
      summary.p95 <= figures.targetP95Ms ? 'met   ' : 'MISSED'
    } |`;
  const plans = [...figures.plans.coordinator, ...figures.plans.municipal];
  const sequential = plans.filter((plan) => plan.sequentialOnLarge.length > 0);
  return [
    `${figures.options.courses} open courses in the read models; ${figures.options.requests} requests each, one at a time; ` +
      `target p95 ≤ ${figures.targetP95Ms} ms`,
    '',
    `| ${'read'.padEnd(44)} |  p50 ms |  p95 ms |  p99 ms |  max ms | target |`,
    `| ${'-'.repeat(44)} | ------- | ------- | ------- | ------- | ------ |`,
    row('GET /today, coordinator of 2 of 4 programs', figures.today.coordinator),
    row('GET /today, municipal coordinator', figures.today.municipal),
    row('course page (state and meetings together)', figures.coursePage.page),
    row('  GET /mentorships/{id} (its workflow)', figures.coursePage.state),
    row('  GET /mentorships/{id}/meetings', figures.coursePage.meetings),
    '',
    `the coordinator's counts: ${Object.entries(figures.today.counts)
      .map(([kind, count]) => `${kind} ${count}`)
      .join(', ')}`,
    `Today queries (EXPLAIN ANALYZE, both coordinators): slowest ${Math.max(...plans.map((plan) => plan.executionMs))} ms; ${
      sequential.length === 0
        ? 'every large table read by index'
        : `read whole: ${sequential.map((plan) => `${plan.kind} (${plan.sequentialOnLarge.join(', ')})`).join('; ')}`
    }`,
    '',
    renderTable(figures.render),
  ].join('\n');
}

function renderTable(render: RenderFigures): string {
  const row = (name: string, summary: LatencySummary) =>
    `| ${name.padEnd(44)} | ${[summary.p50, summary.p95, summary.max].map((ms) => String(ms).padStart(7)).join(' | ')} | ${
      summary.p95 <= render.targetMs ? 'met   ' : 'MISSED'
    } |`;
  return [
    `in Chromium, ${render.loads} loads each, a fresh browser context each: time to content visible, target p95 ≤ ${render.targetMs} ms`,
    '',
    `| ${'page'.padEnd(44)} |  p50 ms |  p95 ms |  max ms | target |`,
    `| ${'-'.repeat(44)} | ------- | ------- | ------- | ------ |`,
    row('Today (/), coordinator of 2 of 4 programs', render.today),
    row('course page (/mentorships/{id})', render.coursePage),
    '',
    `first-load JS: ${render.firstLoadJsKiB} KiB gzipped (target ≤ ${render.firstLoadJsTargetKb} KB): ${
      render.firstLoadJsKiB * 1.024 <= render.firstLoadJsTargetKb ? 'met' : 'MISSED'
    }`,
  ].join('\n');
}
