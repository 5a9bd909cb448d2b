import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { embeddedPostgresDataDir } from './embedded-postgres-data-dir';

const runsAsRoot = process.getuid?.() === 0;

describe('embeddedPostgresDataDir', () => {
  const closedFolder = mkdtempSync(join(tmpdir(), 'mentorflow-closed-'));
  afterAll(() => rmSync(closedFolder, { recursive: true, force: true }));

  it('keeps a data dir every user can reach where it was asked for', () => {
    expect(embeddedPostgresDataDir(join(tmpdir(), 'mentorflow-open', 'postgres'))).toBe(join(tmpdir(), 'mentorflow-open', 'postgres'));
  });

  (runsAsRoot ? it : it.skip)(
    'moves one inside a mode-700 folder to the same folder of the temporary directory at every start (skipped unless run as root)',
    () => {
      const asked = join(closedFolder, 'checkout', '.data', 'postgres');
      const moved = embeddedPostgresDataDir(asked);
      expect(dirname(moved)).toBe(tmpdir());
      expect(moved).toMatch(/mentorflow-postgres-[0-9a-f]{16}$/);
      expect(embeddedPostgresDataDir(asked)).toBe(moved);
      expect(embeddedPostgresDataDir(join(closedFolder, 'other', 'postgres'))).not.toBe(moved);
    },
  );
});
