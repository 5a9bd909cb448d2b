import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import { embeddedPostgresDataDir, runsAsRoot } from '../../libs/persistence/embedded-postgres-data-dir';

/** What a PostgreSQL backup says about itself (kept in the backup's manifest). */
export interface PostgresBackupInfo {
  /** `online` through pg_backup_start/stop while the server ran; `cold` from a stopped server's folder. */
  kind: 'online' | 'cold';
  postgresVersion: string;
  /** The WAL position the restored server recovers to (online backups only). */
  consistentAt?: string;
}

/**
 * Folders whose contents a backup leaves out, as PostgreSQL's manual lists
 * them for a file-system backup: the server recreates them, and pg_wal is
 * copied on its own once the backup has stopped.
 */
const EMPTIED = new Set(['pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans']);
const LEFT_OUT = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map']);

/**
 * A physical backup of a whole embedded PostgreSQL (every database in it) that
 * runs on `url` with its files in `requestedDataDir`, into `target`. The
 * server keeps running and serving: pg_backup_start marks the start, the files
 * are copied, pg_backup_stop gives the backup label, and the WAL written
 * meanwhile is copied after it, so the restored server replays to a
 * consistent point at or after the stop. When no server runs on the folder,
 * the folder as it is (a clean shutdown is consistent by itself).
 *
 * Why not pg_dump: embedded-postgres ships only initdb, pg_ctl and postgres,
 * and a pg_dump older than the server (Debian 12 has 15, the server is 18)
 * refuses to dump it; see docs/decisions/0009-physical-backups.md.
 */
export async function backupPostgresFiles(url: string, requestedDataDir: string, target: string): Promise<PostgresBackupInfo> {
  const dataDir = embeddedPostgresDataDir(requestedDataDir);
  const postgresVersion = readFileSync(join(dataDir, 'PG_VERSION'), 'utf8').trim();
  if (!existsSync(join(dataDir, 'postmaster.pid'))) {
    copyTree(dataDir, target);
    return { kind: 'cold', postgresVersion };
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    // fast: an immediate checkpoint rather than waiting for the next one.
    await client.query(`SELECT pg_backup_start('mentorflow backup', true)`);
    let stopped = false;
    try {
      copyTree(dataDir, target);
      const { rows } = await client.query<{ labelfile: string; spcmapfile: string; lsn: string }>(
        'SELECT labelfile, spcmapfile, lsn FROM pg_backup_stop(false)',
      );
      stopped = true;
      writeFileSync(join(target, 'backup_label'), rows[0].labelfile);
      if (rows[0].spcmapfile) writeFileSync(join(target, 'tablespace_map'), rows[0].spcmapfile);
      copyWal(dataDir, target, rows[0].labelfile);
      return { kind: 'online', postgresVersion, consistentAt: rows[0].lsn };
    } finally {
      if (!stopped) await client.query('SELECT pg_backup_stop(false)').catch(() => undefined);
    }
  } finally {
    await client.end();
  }
}

/**
 * Puts a backup into a new data folder, which must not hold a cluster yet;
 * the next start of embedded PostgreSQL on `requestedDataDir` recovers from it.
 * Started by root, PostgreSQL runs as the user postgres, who must own it.
 */
export function restorePostgresFiles(backup: string, requestedDataDir: string): void {
  // The folders above it first, with the usual mode: whether PostgreSQL (run by root) can enter them decides where its files go.
  mkdirSync(dirname(resolve(requestedDataDir)), { recursive: true });
  const dataDir = embeddedPostgresDataDir(requestedDataDir);
  if (holdsPostgres(requestedDataDir)) throw new Error(`${dataDir} holds a database already: restore into a new folder`);
  copyTree(backup, dataDir, true);
  if (runsAsRoot()) execFileSync('chown', ['-R', 'postgres:postgres', dataDir]);
}

/** Whether a PostgreSQL cluster lives where embedded PostgreSQL would keep `requestedDataDir`'s files. */
export function holdsPostgres(requestedDataDir: string): boolean {
  return existsSync(join(embeddedPostgresDataDir(requestedDataDir), 'PG_VERSION'));
}

/**
 * Copies a data folder that may change while it is read: a file that
 * vanishes meanwhile (a temporary one) is skipped, as PostgreSQL's manual
 * allows; WAL replay repairs whatever was copied half-written.
 */
function copyTree(from: string, to: string, everything = false): void {
  mkdirSync(dirname(to), { recursive: true });
  mkdirSync(to, { recursive: true, mode: 0o700 });
  for (const name of readdirSync(from)) {
    if (!everything && LEFT_OUT.has(name)) continue;
    const source = join(from, name);
    const stat = statOrUndefined(source);
    if (!stat) continue;
    if (stat.isDirectory()) {
      if (!everything && EMPTIED.has(name)) mkdirSync(join(to, name), { recursive: true, mode: 0o700 });
      else copyTree(source, join(to, name), everything);
    } else if (stat.isFile()) {
      try {
        copyFileSync(source, join(to, name));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  }
}

/** The WAL segments from the backup's start on; fails if the one it starts in was recycled meanwhile. */
function copyWal(dataDir: string, target: string, label: string): void {
  const firstSegment = /START WAL LOCATION: \S+ \(file ([0-9A-F]{24})\)/.exec(label)?.[1];
  if (!firstSegment) throw new Error(`the backup label names no start segment:\n${label}`);
  mkdirSync(join(target, 'pg_wal', 'archive_status'), { recursive: true, mode: 0o700 });
  for (const name of readdirSync(join(dataDir, 'pg_wal'))) {
    if (/^[0-9A-F]{24}$/.test(name) && name >= firstSegment) copyFileSync(join(dataDir, 'pg_wal', name), join(target, 'pg_wal', name));
  }
  if (!existsSync(join(target, 'pg_wal', firstSegment)))
    throw new Error(`WAL segment ${firstSegment} was recycled before it was copied: take the backup again`);
}

function statOrUndefined(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
