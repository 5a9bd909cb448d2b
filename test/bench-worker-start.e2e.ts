import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureWorkerStart } from '../bench/worker-start';

/** `./mentorflow bench worker-start`, once: it starts a worker to polling on a stack of its own. No timing is asserted. */
describe('bench worker-start', () => {
  const resultsDir = mkdtempSync(join(tmpdir(), 'mentorflow-bench-worker-start-'));
  afterAll(() => rmSync(resultsDir, { recursive: true, force: true }));

  it('times a worker from its spawn to polling, reads its memory and writes the results', async () => {
    const lines: string[] = [];
    const { figures } = await measureWorkerStart(1, (line) => lines.push(line), resultsDir);
    expect(figures.starts).toBe(1);
    expect(figures.toPollingMs.count).toBe(1);
    expect(figures.toPollingMs.p50).toBeGreaterThan(0);
    expect(figures.rssAtPollingMb).toEqual([expect.any(Number)]);
    expect(figures.rssAtPollingMb[0]).toBeGreaterThan(0);
    expect(lines).toEqual([expect.stringMatching(/^ {2}start 1: polling after \d+ ms, RSS \d+(\.\d+)? MB$/)]);
    expect(readdirSync(resultsDir)).toEqual([expect.stringMatching(/^worker-start-.*\.json$/)]);
  });
});
