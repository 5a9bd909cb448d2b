import 'reflect-metadata';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../libs/config/load-config';
import { startEmbeddedPostgres } from '../../libs/persistence/embedded-postgres';
import { embeddedPostgresDataDir } from '../../libs/persistence/embedded-postgres-data-dir';
import { runMigrations } from '../../scripts/stack/migrate';
import { newPayloadKey } from '../../libs/temporal/payload-codec';
import { startTemporalDevServer } from '../../scripts/stack/temporal-dev-server';
import { freePort } from '../../scripts/stack/free-port';
import { ensureDevSubjects } from '../../libs/identity/dev-subjects';
import type { Role } from '../../libs/auth/roles';
import { HARNESS_SUBJECTS } from './harness-subjects';

/**
 * Starts what the integration tests run against, once per run: a real
 * PostgreSQL (DATABASE_URL when given, else a fresh embedded one) migrated to
 * the current schema, and a real, in-memory Temporal dev server. Test files
 * read the addresses from the environment this leaves behind.
 */
export default async function globalSetup(): Promise<void> {
  process.env.MENTORFLOW_JWT_SECRET ??= 'integration-tests-only-secret-0123456789abcdef';
  // The harness signs in with development tokens (engine.auth); a deployment leaves them off.
  process.env.MENTORFLOW_DEV_TOKENS ??= 'true';
  // Every file's sign-ins come from this one address, counted in the shared database; identity-attacks.e2e.ts tests the limit.
  process.env.MENTORFLOW_SIGN_IN_LIMIT_PER_IP ??= '100000';
  // The tests drive hundreds of requests a minute from one address; security.e2e.ts sets its own limit to test it.
  process.env.MENTORFLOW_RATE_LIMIT_PER_MINUTE ??= '100000';
  // The API shares its process with jest, the TypeScript compiler and the worker, whose stalls are no overload of the API's;
  // load-shedding.e2e.ts turns it on to test it.
  process.env.MENTORFLOW_SHED_EVENT_LOOP_LAG ??= 'off';
  // Every integration test runs with encrypted workflow payloads, as a deployment does.
  process.env.MENTORFLOW_PAYLOAD_KEYS ??= newPayloadKey('test-1');
  const base = loadConfig();
  const stops: Array<() => Promise<void>> = [];

  if (!process.env.DATABASE_URL) {
    // One folder per run, so two runs on one machine never share (or wipe) each other's data.
    const dataDir = embeddedPostgresDataDir(join(base.database.embeddedDataDir, '..', `test-postgres-${process.pid}`));
    rmSync(dataDir, { recursive: true, force: true });
    const database = await startEmbeddedPostgres(dataDir, await freePort());
    stops.push(async () => {
      await database.stop();
      rmSync(dataDir, { recursive: true, force: true });
    });
    process.env.DATABASE_URL = database.url;
  }
  if (!process.env.TEMPORAL_ADDRESS) {
    const server = await startTemporalDevServer(base.temporal, { port: await freePort(), logLevel: 'error' });
    stops.push(server.stop);
    process.env.TEMPORAL_ADDRESS = server.address;
  }
  await runMigrations(loadConfig().database);
  await ensureDevSubjects(loadConfig().database, Object.entries(HARNESS_SUBJECTS) as Array<[Role, string]>);
  (globalThis as { __mentorflowStops?: typeof stops }).__mentorflowStops = stops;
}
