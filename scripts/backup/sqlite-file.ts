import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * SQLite's online backup API (Python's sqlite3 `Connection.backup`, all pages
 * in one step under one read transaction): a consistent copy of the Temporal
 * dev server's file while the server runs and writes, which copying the file
 * (and its -wal beside it) would not be. python3 is already one of
 * Mentorflow's prerequisites; Node 20 has no SQLite of its own.
 */
const ONLINE_BACKUP = `
import sqlite3, sys
source = sqlite3.connect(sys.argv[1])
target = sqlite3.connect(sys.argv[2])
with target:
    source.backup(target)
target.execute("PRAGMA integrity_check").fetchone()[0] == "ok" or sys.exit("the copy fails SQLite's integrity check")
target.close()
source.close()
`;

export function backupSqliteFile(file: string, target: string): void {
  if (!existsSync(file)) throw new Error(`${file} does not exist: nothing to back up`);
  mkdirSync(dirname(target), { recursive: true });
  execFileSync('python3', ['-c', ONLINE_BACKUP, file, target], { stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The copy goes where the dev server will find it; the server must not run on that file yet. */
export function restoreSqliteFile(backup: string, file: string): void {
  if (existsSync(file)) throw new Error(`${file} exists already: restore into a new place`);
  mkdirSync(dirname(file), { recursive: true });
  copyFileSync(backup, file);
}
