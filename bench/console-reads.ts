import { DataSource } from 'typeorm';
import { coordinatorScope } from '../libs/access/access-scope';
import { loadConfig } from '../libs/config/load-config';
import { dataSourceOptions } from '../libs/persistence/data-source-options';
import { FAST_START_POLICY } from '../scripts/stack/fast-start-policy';
import { BenchClient } from './api-client';
import { BenchStack } from './bench-stack';
import { ConsoleFigures, UnderLoadFigures } from './console/console-figures';
import { ConsoleOptions, parseConsoleArgs } from './console/console-options';
import { consoleTable } from './console/console-table';
import { explainToday } from './console/explain-today';
import { fillReadModels } from './console/fill-read-models';
import { readsUnderLoad } from './console/reads-under-load';
import { coordinatorSession, timeRendering } from './console/render-timing';
import { ConsoleReaders, timeConsoleReads } from './console/timed-reads';
import { BenchProgram, prepareProgram } from './courses';
import { writeResults } from './results';
import { openCourses } from './scale/open-courses';
import { workerCacheEnv } from './worker-cache';

/** The target for the Today page and a course page, answered by the API. */
const TARGET_P95_MS = 200;
const MENTOR_CAPACITY = 20;
/** Besides the benchmark's own program: the other programs and municipalities the filled courses spread over. */
const OTHER_PROGRAMS = 3;
const OTHER_MUNICIPALITIES = 6;

/**
 * `./mentorflow bench console ...`: the console's reads with 10,000 open courses in PostgreSQL. A stack of its own; one program made
 * through the API with `--live` courses opened through the engine (their course pages are read), three more programs and seven
 * municipalities; then `--courses` open courses written straight into the read models and the plan of every Today query (EXPLAIN
 * ANALYZE: each reads by index), and `--requests` requests timed per figure against the target p95; the browser's page loads; then
 * the same reads again while `--load` meetings a second are logged on the live courses, on a worker caching `--cache` workflows (far
 * fewer than the live courses: commands and course pages replay their workflow, as with 10,000 open). Fails when a meeting failed,
 * after writing the figures.
 */
export async function runConsoleReadsBenchmark(args: string[]): Promise<void> {
  const options = parseConsoleArgs(args, loadConfig().temporal.worker.maxCachedWorkflows);
  const { figures, file } = await measureConsoleReads(options, (line) => console.log(line));
  console.log(`\n${consoleTable(figures)}\n\nresults: ${file}`);
  const commands = figures.underLoad?.commands;
  if (commands && commands.errors > 0)
    throw new Error(`${commands.errors} of ${commands.sent} meetings under load failed, e.g. ${commands.firstErrors[0]}`);
}

/** The figures of one run and the file they were written to, in `resultsDir` (bench/results by default). */
export async function measureConsoleReads(
  options: ConsoleOptions,
  say: (line: string) => void,
  resultsDir?: string,
): Promise<{ figures: ConsoleFigures; file: string }> {
  const env = workerCacheEnv(options.cache);
  say(`starting the stack: one worker caching ${options.cache} workflows`);
  const stack = await BenchStack.start({ workers: 1, env });
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
    const readers: ConsoleReaders = {
      coordinator: asCoordinator(twoPrograms),
      municipal: asCoordinator(municipal),
      courses: asCoordinator(program.coordinatorId),
      mentorshipIds: live.mentorshipIds,
    };
    const idle = await timeConsoleReads(readers, options.requests);
    say(`opening the Today page and course pages in Chromium, ${options.renders} loads each`);
    const cookie = await coordinatorSession(database, twoPrograms);
    const render = await timeRendering(stack.apiUrl, cookie, live.mentorshipIds, options.renders, stack.config.api.consoleDir);
    const answer = (await readers.coordinator.send('GET', '/today')).body;
    let underLoad: UnderLoadFigures | null = null;
    if (options.load > 0) {
      say(`timing them again while ${options.load} meetings a second are logged on the live courses`);
      // A client of its own: its resends are the meetings' alone.
      const logger = asCoordinator(program.coordinatorId);
      const loaded = await readsUnderLoad(options.load, logger, live.mentorshipIds, () => timeConsoleReads(readers, options.requests));
      const cache = stack.config.temporal.worker.maxCachedWorkflows;
      underLoad = { rate: options.load, cache, seconds: loaded.seconds, commands: loaded.commands, ...loaded.reads };
      say(`  ${loaded.commands.answered} of ${loaded.commands.sent} meetings answered in ${loaded.seconds} s`);
    }
    const figures: ConsoleFigures = {
      options,
      targetP95Ms: TARGET_P95_MS,
      today: { ...idle.today, counts: answer.counts, items: answer.items.length },
      coursesList: idle.coursesList,
      escalationsList: idle.escalationsList,
      coursePage: idle.coursePage,
      refused: idle.refused,
      underLoad,
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
