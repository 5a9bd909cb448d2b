import 'reflect-metadata';
import { ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { issueToken } from '../../libs/auth/tokens';
import { findConfigFile, loadConfig, requireJwtSecret } from '../../libs/config/load-config';
import { startEmbeddedPostgres } from '../../libs/persistence/embedded-postgres';
import { embeddedPostgresDataDir } from '../../libs/persistence/embedded-postgres-data-dir';
import { DEMO_USERS } from './demo-users';
import { seedDemoPrograms } from './demo-seed';
import { newPayloadKey } from '../../libs/temporal/payload-codec';
import { devSecret } from './dev-secret';
import { runMigrations } from './migrate';
import { startApp, waitForHttp } from './child-app';
import { startMailSink, wantsLocalMailSink } from './mail-sink';
import { startTemporalDevServer, stopChild } from './temporal-dev-server';

/**
 * `./mentorflow up`: the whole engine on one machine. Uses DATABASE_URL and
 * TEMPORAL_ADDRESS when given, else starts the embedded PostgreSQL and the
 * Temporal dev server (both keep their data under .data/), and MailDev as the
 * SMTP relay unless SMTP_HOST names another host. Ctrl-C stops everything it
 * started, in reverse order.
 */
async function up(): Promise<void> {
  const root = dirname(findConfigFile());
  const env: NodeJS.ProcessEnv = { ...process.env };
  env.MENTORFLOW_JWT_SECRET ??= devSecret(join(root, '.data', 'dev-jwt-secret'));
  env.MENTORFLOW_PAYLOAD_KEYS ??= devSecret(join(root, '.data', 'dev-payload-keys'), () => newPayloadKey('dev-1'));
  const stops: Array<() => Promise<void>> = [];
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('stopping');
    for (const stop of [...stops].reverse()) await stop().catch(() => undefined);
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
      say(`starting embedded PostgreSQL (data in ${embeddedPostgresDataDir(config.database.embeddedDataDir)})`);
      const database = await startEmbeddedPostgres(config.database.embeddedDataDir, config.database.embeddedPort);
      stops.push(database.stop);
      env.DATABASE_URL = database.url;
    }
    let uiUrl = '(your cluster\'s UI)';
    if (!process.env.TEMPORAL_ADDRESS) {
      const { devServer } = config.temporal;
      say(`starting the Temporal dev server (workflows kept in ${devServer.dbFile})`);
      const server = await startTemporalDevServer(config.temporal, { ...devServer });
      stops.push(server.stop);
      env.TEMPORAL_ADDRESS = server.address;
      uiUrl = server.uiUrl!;
    }
    config = loadConfig(env);
    let mailUrl = `(none here: mail goes to ${config.mail.host}:${config.mail.port})`;
    if (wantsLocalMailSink(config.mail)) {
      const mailDir = join(root, '.data', 'mail');
      say(`starting MailDev on SMTP port ${config.mail.port} (mails kept in ${mailDir})`);
      const sink = await startMailSink(config.mail, mailDir);
      stops.push(sink.stop);
      mailUrl = sink.inboxUrl;
    }

    const applied = await runMigrations(config.database);
    say(applied.length ? `applied migrations: ${applied.join(', ')}` : 'database schema is up to date');

    const dist = join(root, 'dist');
    const worker = startApp(join(dist, 'apps/worker/src/main.js'), env);
    stops.push(() => stopChild(worker));
    const api = startApp(join(dist, 'apps/api/src/main.js'), env);
    stops.push(() => stopChild(api));
    exitWith([worker, api], shutdown);
    await waitForHttp(`http://localhost:${config.api.port}/health/ready`, api);

    const tokens = Object.fromEntries(
      Object.entries(DEMO_USERS).map(([role, id]) => [role, issueToken(requireJwtSecret(config), { id, roles: [role as never] }, '30d')]),
    );
    const seeded = await seedDemoPrograms(config.api.publicUrl, tokens['program-admin']);
    if (seeded.length) say(`loaded demo programs: ${seeded.join(', ')}`);

    printBanner(config.api.publicUrl, uiUrl, mailUrl, tokens);
  } catch (error) {
    say(`start-up failed: ${error instanceof Error ? error.message : error}`);
    await shutdown(1);
  }
}

/** If the worker or the API dies on its own, the stack goes down with it rather than limping on. */
function exitWith(children: ChildProcess[], shutdown: (code: number) => Promise<void>): void {
  for (const child of children) child.once('exit', (code) => void shutdown(code || 1));
}

function printBanner(apiUrl: string, uiUrl: string, mailUrl: string, tokens: Record<string, string>): void {
  const lines = [
    '',
    'Mentorflow is running. Ctrl-C stops everything.',
    `  API            ${apiUrl}`,
    `  OpenAPI docs   ${apiUrl}/docs`,
    `  Temporal UI    ${uiUrl}`,
    `  Mail inbox     ${mailUrl}`,
    '',
    'Demo bearer tokens (valid 30 days):',
    ...Object.entries(tokens).map(([role, token]) => `  ${role.padEnd(12)} ${token}`),
    '',
    `Try: curl -H "Authorization: Bearer $TOKEN" ${apiUrl}/programs`,
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

function say(message: string): void {
  process.stdout.write(`[mentorflow] ${message}\n`);
}

void up();
