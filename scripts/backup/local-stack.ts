import { dirname, join } from 'node:path';
import type { AppConfig } from '../../libs/config/app-config';
import { embeddedDatabaseUrl, findConfigFile, loadConfig } from '../../libs/config/load-config';
import { clusterLayout } from '../cluster/cluster-layout';
import { PERSISTENCE_DATABASE } from '../cluster/server-config';
import type { PostgresSource, TemporalSource } from './backup';

/**
 * What `./mentorflow backup` and `restore` work on: this checkout's own
 * engine, as `up` runs it (embedded PostgreSQL in .data/postgres, the dev
 * server's .data/temporal/dev.sqlite), or with `--cluster` Temporal's
 * PostgreSQL of the rehearsal cluster (.data/cluster/postgres) instead of the
 * SQLite file. A DATABASE_URL of one's own is refused: its backups are its
 * server's business (pg_dump of its own version, the provider's snapshots).
 */
export interface LocalStack {
  root: string;
  temporal: TemporalSource;
  mentorflow: PostgresSource;
}

export function localStack(useCluster: boolean, env: NodeJS.ProcessEnv = process.env): LocalStack {
  if (env.DATABASE_URL)
    throw new Error(
      'DATABASE_URL names a PostgreSQL of your own: back it up with its own tools (docs/operations-backup.md); ' +
        'this command backs up the embedded one `./mentorflow up` runs',
    );
  const config: AppConfig = loadConfig(env);
  const root = dirname(findConfigFile(env));
  const mentorflow = { url: embeddedDatabaseUrl(config.database.embeddedPort), dataDir: config.database.embeddedDataDir };
  if (!useCluster) return { root, temporal: { kind: 'dev-server', file: config.temporal.devServer.dbFile }, mentorflow };
  const layout = clusterLayout(root, 'cluster', Number(env.MENTORFLOW_CLUSTER_PORT ?? 7433));
  const temporalUrl = `postgres://postgres:${new URL(mentorflow.url).password}@localhost:${layout.postgresPort}/${PERSISTENCE_DATABASE}`;
  return { root, temporal: { kind: 'cluster', url: temporalUrl, dataDir: layout.postgresDataDir }, mentorflow };
}

/** Where a backup goes when no folder is named: .data/backups/<UTC time>. */
export function defaultBackupDir(root: string, now = new Date()): string {
  return join(root, '.data', 'backups', now.toISOString().replace(/[:.]/g, '-'));
}
