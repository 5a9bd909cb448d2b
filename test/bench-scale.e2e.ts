import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureScale } from '../bench/scale/run-scale';

/**
 * `./mentorflow bench scale`, very small: the benchmark runs end to end on a
 * stack of its own and its figures hold together. No timing is asserted;
 * this machine's speed is not what the test is about.
 */
describe('bench scale', () => {
  const resultsDir = mkdtempSync(join(tmpdir(), 'mentorflow-bench-scale-'));
  afterAll(() => rmSync(resultsDir, { recursive: true, force: true }));

  it('opens the courses, logs meetings on a schedule at each rate and above capacity, reads memory and writes the results', async () => {
    // 20 courses make some 80 workflows (each course's nudges too): a cache of 40 evicts and replays, as 10,000 do against 250.
    const options = { open: 20, cache: 40, concurrency: 4, rates: [5, 10], seconds: 3, overload: 30, recovery: 3 };
    const { figures, file } = await measureScale(options, () => {}, resultsDir);

    expect(figures.worker).toMatchObject({ maxCachedWorkflows: 40 });
    expect(figures.mentors).toEqual({ count: 1, capacity: 20 });
    expect(figures.opening).toMatchObject({ courses: 20 });
    expect(figures.opening.coursesPerSecond).toBeGreaterThan(0);
    // Eight requests open each course, and a ninth logs its first meeting.
    expect(figures.opening.requests.count).toBe(20 * 9);
    expect(figures.load.map(({ rate, sent, answered, errors, firstErrors }) => ({ rate, sent, answered, errors, firstErrors }))).toEqual([
      { rate: 5, sent: 15, answered: 15, errors: 0, firstErrors: [] },
      { rate: 10, sent: 30, answered: 30, errors: 0, firstErrors: [] },
    ]);
    expect(figures.notRun).toEqual([]);
    // Above capacity every meeting is answered once, served or shed (whether this machine sheds at 30/s is not the point here).
    const { overload } = figures;
    expect(overload).toMatchObject({ rate: 30, seconds: 3, sent: 90, otherErrors: 0, firstErrors: [] });
    expect(overload.served + overload.shed).toBe(90);
    expect(overload.shedWithRetryAfter).toBe(overload.shed);
    expect(overload.mostOutstanding).toBeGreaterThan(0);
    expect(overload.recovery.windows.map(({ second, count }) => ({ second, count }))).toEqual(
      [0, 1, 2].map((second) => ({ second, count: 5 })),
    );
    for (const step of figures.load) {
      expect(step.serviceTime.count).toBe(step.sent);
      expect(step.latencies.p99).toBeGreaterThan(0);
      expect(step.latencies.p50).toBeLessThanOrEqual(step.latencies.p99);
      // From its scheduled time a request can only take longer than from its sending.
      expect(step.latencies.max).toBeGreaterThanOrEqual(step.serviceTime.max);
      for (const ms of Object.values(step.cpuMsPerMeeting)) expect(ms).toBeGreaterThanOrEqual(0);
    }
    for (const memory of [figures.memory.afterStart, figures.memory.afterOpening, ...figures.load.map((step) => step.memoryAfter)]) {
      for (const usage of [memory.worker, memory.api, memory.devServer]) {
        expect(usage!.rssMb).toBeGreaterThan(0);
        expect(usage!.peakRssMb).toBeGreaterThanOrEqual(usage!.rssMb);
      }
    }
    for (const ms of Object.values(figures.opening.cpuMsPerCourse)) expect(ms).toBeGreaterThanOrEqual(0);
    expect(figures.targets.map(({ verdict }) => verdict)).toEqual(['not at target scale', 'not at target scale']);

    expect(readdirSync(resultsDir)).toEqual([expect.stringMatching(/^scale-.*\.json$/)]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      benchmark: 'scale',
      machine: { cpus: expect.any(Number) },
      options,
      load: [{ sent: 15 }, { sent: 30 }],
    });
  }, 300_000);
});
