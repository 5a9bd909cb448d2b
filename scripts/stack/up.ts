import 'reflect-metadata';
import { ChildProcess } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import { issueToken } from '../../libs/auth/tokens';
import { findConfigFile, loadConfig, requireJwtSecret } from '../../libs/config/load-config';
import { startEmbeddedPostgres } from '../../libs/persistence/embedded-postgres';
import { embeddedPostgresDataDir } from '../../libs/persistence/embedded-postgres-data-dir';
import { ensureDevSubjects } from '../../libs/identity/dev-subjects';
import type { Role } from '../../libs/auth/roles';
import { newPayloadKey } from '../../libs/temporal/payload-codec';
import { DemoApi } from '../demo/demo-api';
import { DEMO_PROGRAMS } from '../demo/demo-people';
import { demoSignIns } from '../demo/demo-sign-ins';
import { ProgramDemo, runDemo } from '../demo/run-demo';
import { startApp, waitForHttp } from './child-app';
import { seedDemoPrograms } from './demo-seed';
import { addressDemoAccounts, DEMO_USERS } from './demo-users';
import { devSecret } from './dev-secret';
import { startMailSink, wantsLocalMailSink } from './mail-sink';
import { runMigrations } from './migrate';
import { ServiceLogs } from './service-logs';
import { startTemporalDevServer, stopChild } from './temporal-dev-server';
import { StackAddresses, summaryLines } from './up-summary';
import { UpOptions, upOptions } from './up-options';

/**
 * `./mentorflow up [--verbose] [--no-demo]`: the whole engine on one machine.
 * Uses DATABASE_URL and TEMPORAL_ADDRESS when given, else starts the embedded
 * PostgreSQL and the Temporal dev server (both keep their data under .data/),
 * and MailDev as the SMTP relay unless SMTP_HOST names another host. Every
 * service logs to .data/logs/; the terminal gets a line per part started, the
 * warnings and errors, and the summary. Ctrl-C stops everything it started,
 * in reverse order.
 */
async function up(options: UpOptions): Promise<void> {
  const root = dirname(findConfigFile());
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Development tokens (the banner's, ./mentorflow token) are accepted on this machine only.
  env.MENTORFLOW_DEV_TOKENS ??= 'true';
  env.MENTORFLOW_JWT_SECRET ??= devSecret(join(root, '.data', 'dev-jwt-secret'));
  env.MENTORFLOW_PAYLOAD_KEYS ??= devSecret(join(root, '.data', 'dev-payload-keys'), () => newPayloadKey('dev-1'));
  // The API accepts tokens signed with the shared secret only when told to: `up` seeds with them and prints how to make one.
  env.MENTORFLOW_DEV_TOKENS ??= 'true';
  const logs = new ServiceLogs(join(root, '.data', 'logs'), options.logs);
  const stops: Array<() => Promise<void>> = [];
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('stopping');
    logs.stopping();
    for (const stop of [...stops].reverse()) await stop().catch(() => undefined);
    await logs.close();
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    // embedded-postgres hooks these signals to stop PostgreSQL and exit at once,
    // before the apps have drained; `up` stops everything itself, in order.
    process.removeAllListeners(signal);
    process.once(signal, () => void shutdown(0));
  }

  try {
    let config = loadConfig(env);
    if (!process.env.DATABASE_URL) {
      const { embeddedDataDir, embeddedPort } = config.database;
      const postgresLog = {
        onLog: logs.writer('postgres', 'stdout'),
        onError: (error: unknown) => logs.writer('postgres', 'stderr')(String(error)),
      };
      const database = await startEmbeddedPostgres(embeddedDataDir, embeddedPort, 'mentorflow', postgresLog);
      stops.push(database.stop);
      env.DATABASE_URL = database.url;
      say(`PostgreSQL    localhost:${embeddedPort} (data in ${relative(root, embeddedPostgresDataDir(embeddedDataDir)) || '.'})`);
    }
    let temporalUi = "(your cluster's UI)";
    let demoWorkflowsUrl: string | undefined;
    if (!process.env.TEMPORAL_ADDRESS) {
      const { devServer } = config.temporal;
      const server = await startTemporalDevServer(config.temporal, {
        ...devServer,
        attachOutput: (child) => logs.attach('temporal', child),
      });
      stops.push(server.stop);
      env.TEMPORAL_ADDRESS = server.address;
      temporalUi = server.uiUrl!;
      demoWorkflowsUrl = demoWorkflowsSearch(server.uiUrl!, config.temporal.namespace);
      say(`Temporal      ${server.address}, UI ${temporalUi} (workflows kept in ${relative(root, devServer.dbFile)})`);
    }
    config = loadConfig(env);
    let mailInbox = `(none here: mail goes to ${config.mail.host}:${config.mail.port})`;
    if (wantsLocalMailSink(config.mail)) {
      const sink = await startMailSink(config.mail, join(root, '.data', 'mail'), (child) => logs.attach('maildev', child));
      stops.push(sink.stop);
      mailInbox = sink.inboxUrl;
      say(`MailDev       SMTP localhost:${config.mail.port}, inbox ${mailInbox}`);
    }

    const applied = await runMigrations(config.database);
    say(applied.length ? `migrations    applied ${applied.join(', ')}` : 'migrations    the schema is up to date');

    const apiUrl = config.api.publicUrl;
    await startApps(join(root, 'dist'), env, logs, stops, shutdown, apiUrl);
    say(`worker        polling task queue ${config.temporal.taskQueues.main}`);
    const { workerMetricsAddress, workerHealthAddress } = config.observability;
    if (workerHealthAddress) say(`worker health http://${workerHealthAddress}/readyz`);
    if (workerMetricsAddress)
      say(`worker metrics http://${workerMetricsAddress}/metrics (the API's: ${config.api.publicUrl}/metrics, as an operator)`);
    say(`API           ${apiUrl}`);

    // A development token is accepted only for a live row: the fixed ids that load the programs and the demo get theirs first.
    await ensureDevSubjects(config.database, Object.entries(DEMO_USERS) as Array<[Role, string]>);
    const accountSignIns = await addressDemoAccounts(config.database);
    const tokenFor = (actor: { role: string; id: string }) =>
      issueToken(requireJwtSecret(config), { id: actor.id, roles: [actor.role as never] }, '12h');
    const seeded = await seedDemoPrograms(apiUrl, tokenFor({ role: 'program-admin', id: DEMO_USERS['program-admin'] }));
    if (seeded.length) say(`programs      loaded ${seeded.join(', ')}`);
    const demo = options.demo ? await loadDemo(new DemoApi(apiUrl, tokenFor)) : [];

    const at: StackAddresses = {
      apiUrl,
      temporalUi,
      demoWorkflowsUrl: demo.length ? demoWorkflowsUrl : undefined,
      mailInbox,
      logDir: relative(root, logs.dir),
      logsOnTerminal: options.logs === 'terminal',
    };
    const pift = demo.find((program) => program.slug === 'pift') ?? demo[0];
    const token = pift ? { role: 'coordinator', id: pift.cast.coordinators[0].id } : { role: 'coordinator', id: DEMO_USERS.coordinator };
    process.stdout.write(summaryLines(at, [...accountSignIns, ...(pift ? demoSignIns(pift) : [])], token).join('\n') + '\n');
  } catch (error) {
    say(`start-up failed: ${error instanceof Error ? error.message : error}`);
    await shutdown(1);
  }
}

/** The worker and the API as child processes, their output to the logs; resolves once the API is ready and the worker polls. */
async function startApps(
  dist: string,
  env: NodeJS.ProcessEnv,
  logs: ServiceLogs,
  stops: Array<() => Promise<void>>,
  shutdown: (code: number) => Promise<void>,
  apiUrl: string,
): Promise<void> {
  const polling = logs.waitFor('worker', /"worker polling"/);
  const worker = startApp(join(dist, 'apps/worker/src/main.js'), env);
  logs.attach('worker', worker);
  stops.push(() => stopChild(worker));
  const api = startApp(join(dist, 'apps/api/src/main.js'), env);
  logs.attach('api', api);
  stops.push(() => stopChild(api));
  exitWith([worker, api], shutdown);
  // The demo's commands are workflow updates: they wait for a worker, so the worker must poll before they are sent.
  await Promise.all([waitForHttp(`${apiUrl}/health/ready`, api), polling]);
}

/** The demo's people and courses; a demo that fails leaves the engine running without the rest of it, and says why. */
async function loadDemo(api: DemoApi): Promise<ProgramDemo[]> {
  try {
    const demo = await runDemo(api, { role: 'program-admin', id: DEMO_USERS['program-admin'] });
    const people = demo.reduce((sum, { cast }) => sum + 3 + cast.panel.length + cast.mentors.length + cast.youngPeople.length, 0);
    const courses = demo.reduce((sum, program) => sum + program.courses.length, 0);
    say(`demo          ${demo.length} programs, ${people} people, ${courses} courses (scripts/demo/demo-people.ts)`);
    return demo;
  } catch (error) {
    process.stderr.write(
      `error up: the demo could not be loaded, the engine runs without it: ${error instanceof Error ? error.message : error}\n`,
    );
    return [];
  }
}

/** The Web UI's list of every workflow of the demo's programs: paths, courses, nudges, escalations. */
function demoWorkflowsSearch(uiUrl: string, namespace: string): string {
  const query = `MentorflowProgram IN (${DEMO_PROGRAMS.map((program) => `'${program.slug}'`).join(', ')})`;
  return `${uiUrl}/namespaces/${namespace}/workflows?query=${encodeURIComponent(query)}`;
}

/** If the worker or the API dies on its own, the stack goes down with it rather than limping on. */
function exitWith(children: ChildProcess[], shutdown: (code: number) => Promise<void>): void {
  for (const child of children) child.once('exit', (code) => void shutdown(code || 1));
}

function say(message: string): void {
  process.stdout.write(`[mentorflow] ${message}\n`);
}

function main(): void {
  let options: UpOptions;
  try {
    options = upOptions(process.argv.slice(2), process.env);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : error}\n`);
    process.exit(2);
  }
  void up(options);
}

main();
