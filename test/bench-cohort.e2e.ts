import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCohort } from '../bench/cohort/run-cohort';

/**
 * `./mentorflow bench cohort` in small: three courses through a whole
 * compressed year on a stack of their own, then the ceiling on the same
 * server. Every course must end closed and every figure be there; how fast
 * is the benchmark's to measure, never a test's to assert.
 */
describe('bench cohort', () => {
  const resultsDir = mkdtempSync(join(tmpdir(), 'bench-cohort-'));
  afterAll(() => rmSync(resultsDir, { recursive: true, force: true }));

  it('runs every course to its closure and continuation, measures the ceiling, and writes the figures', async () => {
    const { figures, resultsPath, problems } = await runCohort(
      { mentorships: 3, workers: 1, concurrency: 8, openings: 2, month: '2s', cluster: false },
      { resultsDir, log: () => undefined },
    );

    expect(problems).toEqual([]);
    const { cohort, ceiling, memory } = figures;
    expect(cohort.completed).toBe(3);
    // Each course: 8 opening commands, 90 over its year and closure, the continuation answer.
    expect(cohort.commands.count).toBe(3 * 99);
    for (const figure of [
      cohort.mentorshipsPerSecond,
      cohort.commands.perSecondSustained,
      cohort.commands.perSecondOverall,
      cohort.latencyMs.p50,
      cohort.latencyMs.p99,
      cohort.wallTimeS,
    ]) {
      expect(figure).toBeGreaterThan(0);
    }
    expect(cohort.history).toMatchObject({ sampled: 3 });
    expect(cohort.history.events.mean).toBeGreaterThan(0);
    expect(cohort.history.runs.mean).toBeGreaterThanOrEqual(1);
    expect(memory.workersPeakRssMb).toEqual([expect.any(Number)]);
    expect(memory.apiPeakRssMb).toBeGreaterThan(0);
    expect(ceiling).toMatchObject({ workflows: 3, updates: 3 * 98, completed: 3 });
    expect(ceiling.commands.perSecondSustained).toBeGreaterThan(0);
    expect(figures.ratio).toBeGreaterThan(0);
    // Where the work goes: every part of the stack spent CPU on the commands, and the server on the ceiling's.
    for (const part of ['devServer', 'worker', 'api', 'client'] as const) expect(cohort.cpuMsPerCommand[part]).toBeGreaterThan(0);
    expect(ceiling.cpuMsPerCommand.devServer).toBeGreaterThan(0);

    expect(JSON.parse(readFileSync(resultsPath, 'utf8'))).toMatchObject({
      benchmark: 'cohort',
      machine: { cpus: expect.any(Number) },
      cohort: { completed: 3 },
      ratio: figures.ratio,
    });
  }, 180_000);
});
