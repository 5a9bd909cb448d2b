import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { embeddedPostgresDataDir } from '../libs/persistence/embedded-postgres-data-dir';
import { freePort } from '../scripts/stack/free-port';
import { PostgresProcess } from '../scripts/stack/postgres-process';

const runsAsRoot = process.getuid?.() === 0;

/**
 * Started by root, embedded PostgreSQL runs as the user `postgres`; a checkout
 * in /root or in a `mktemp -d` folder (mode 700) is closed to that user, and
 * initdb died there with EACCES. Its data now lives where that user can reach it.
 */
describe('embedded PostgreSQL started by root', () => {
  const closedFolder = mkdtempSync(join(tmpdir(), 'mentorflow-closed-'));
  const dataDir = join(closedFolder, 'checkout', '.data', 'postgres');
  afterAll(() => {
    rmSync(embeddedPostgresDataDir(dataDir), { recursive: true, force: true });
    rmSync(closedFolder, { recursive: true, force: true });
  });

  (runsAsRoot ? it : it.skip)(
    'starts with its data dir inside a folder the postgres user cannot enter (skipped unless this test runs as root)',
    async () => {
      expect(statSync(closedFolder).mode & 0o777).toBe(0o700);
      const database = await PostgresProcess.start(dataDir, await freePort());
      try {
        const client = new Client({ connectionString: database.url });
        await client.connect();
        expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
        await client.end();
      } finally {
        await database.stop();
      }
    },
    60_000,
  );
});
