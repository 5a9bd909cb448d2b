import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { backupPostgresFiles, holdsPostgres, PostgresBackupInfo, restorePostgresFiles } from './postgres-files';
import { backupSqliteFile, restoreSqliteFile } from './sqlite-file';

/** An embedded PostgreSQL: where it answers and where its files are. */
export interface PostgresSource {
  url: string;
  dataDir: string;
}

/** Temporal's persistence: the dev server's SQLite file, or a cluster's PostgreSQL (databases temporal and temporal_visibility). */
export type TemporalSource = { kind: 'dev-server'; file: string } | ({ kind: 'cluster' } & PostgresSource);

export interface BackupManifest {
  takenAt: { temporal: string; mentorflow: string };
  temporal: { kind: 'dev-server'; file: string } | { kind: 'cluster'; postgres: PostgresBackupInfo };
  mentorflow: PostgresBackupInfo;
}

const MANIFEST = 'manifest.json';
const TEMPORAL_SQLITE = join('temporal', 'dev.sqlite');
const TEMPORAL_POSTGRES = join('temporal', 'postgres');
const MENTORFLOW_POSTGRES = join('mentorflow', 'postgres');

/**
 * Temporal first, then Mentorflow's database (docs/operations-backup.md says
 * why): every course, path and escalation a restored Temporal knows then has
 * its rows, since the API stores a row before it sends the command naming it,
 * and whatever happened between the two copies is at most rows the restored
 * workflows do not count yet, never workflows pointing at rows that are gone.
 * The manifest goes last: a folder without one is a backup that did not finish.
 */
export async function takeBackup(temporal: TemporalSource, mentorflow: PostgresSource, dir: string): Promise<BackupManifest> {
  mkdirSync(dir, { recursive: true });
  const temporalTakenAt = new Date().toISOString();
  let temporalPart: BackupManifest['temporal'];
  if (temporal.kind === 'dev-server') {
    backupSqliteFile(temporal.file, join(dir, TEMPORAL_SQLITE));
    temporalPart = { kind: 'dev-server', file: TEMPORAL_SQLITE };
  } else {
    temporalPart = { kind: 'cluster', postgres: await backupPostgresFiles(temporal.url, temporal.dataDir, join(dir, TEMPORAL_POSTGRES)) };
  }
  const mentorflowTakenAt = new Date().toISOString();
  const mentorflowPart = await backupPostgresFiles(mentorflow.url, mentorflow.dataDir, join(dir, MENTORFLOW_POSTGRES));
  const manifest: BackupManifest = {
    takenAt: { temporal: temporalTakenAt, mentorflow: mentorflowTakenAt },
    temporal: temporalPart,
    mentorflow: mentorflowPart,
  };
  writeFileSync(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Where a restore puts each part: new places, which the servers then start on. */
export interface RestoreTargets {
  /** The dev server's new SQLite file, or the cluster PostgreSQL's new data folder. */
  temporal: string;
  mentorflowDataDir: string;
}

/** Both parts into new places; refuses a folder without a manifest (a backup that did not finish) and a target in use. */
export function restoreBackup(dir: string, targets: RestoreTargets): BackupManifest {
  const manifest = readManifest(dir);
  // Both checked before either is written, so a refusal leaves nothing half restored.
  const temporalInUse = manifest.temporal.kind === 'dev-server' ? existsSync(targets.temporal) : holdsPostgres(targets.temporal);
  for (const [inUse, place] of [
    [temporalInUse, targets.temporal],
    [holdsPostgres(targets.mentorflowDataDir), targets.mentorflowDataDir],
  ] as const) {
    if (inUse) throw new Error(`${place} holds data already: stop the engine and move it aside, or restore into a new place`);
  }
  if (manifest.temporal.kind === 'dev-server') restoreSqliteFile(join(dir, manifest.temporal.file), targets.temporal);
  else restorePostgresFiles(join(dir, TEMPORAL_POSTGRES), targets.temporal);
  restorePostgresFiles(join(dir, MENTORFLOW_POSTGRES), targets.mentorflowDataDir);
  return manifest;
}

export function readManifest(dir: string): BackupManifest {
  try {
    return JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as BackupManifest;
  } catch (error) {
    throw new Error(`${dir} holds no finished backup (${MANIFEST} is missing or unreadable): ${error}`, { cause: error });
  }
}
