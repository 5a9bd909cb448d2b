import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureScale } from '../bench/scale/run-scale';
import { scaleTable } from '../bench/scale/scale-table';

/**
 * `./mentorflow bench scale`, very small: the benchmark runs end to end on a
 * stack of its own and its figures hold together. No timing is asserted;
 * this machine's speed is not what the test is about.
 */
describe('bench scale', () => {
  const resultsDir = mkdtempSync(join(tmpdir(), 'mentorflow-bench-scale-'));
  afterAll(() => rmSync(resultsDir, { recursive: true, force: true }));

  it('opens the courses, sends every kind of command on a schedule at each rate and meetings above capacity', async () => {
    // 20 courses make some 80 workflows (each course's nudges too): a cache of 40 evicts and replays, as 10,000 do against 250.
    const options = { open: 20, cache: 40, concurrency: 4, rates: [5, 10], seconds: 3, mix: 'all' as const, overload: 30, recovery: 3 };
    const { figures, file } = await measureScale(options, () => {}, resultsDir);

    expect(figures.worker).toMatchObject({ maxCachedWorkflows: 40 });
    // 15 and 30 commands, a sixth of them answers (2 and 5): 4 proposals more, so 24 courses of 20 a mentor.
    expect(figures.mentors).toEqual({ count: 2, capacity: 20 });
    expect(figures.opening).toMatchObject({ courses: 20 });
    expect(figures.opening.coursesPerSecond).toBeGreaterThan(0);
    // Eight requests open each course, and a ninth logs its first meeting; five take a course to its proposal.
    expect(figures.opening.requests.count).toBe(20 * 9);
    expect(figures.proposing).toMatchObject({ courses: 4, failed: 0, requests: { count: 4 * 5 } });
    expect(figures.load.map(({ rate, sent, answered, errors, firstErrors }) => ({ rate, sent, answered, errors, firstErrors }))).toEqual([
      { rate: 5, sent: 15, answered: 15, errors: 0, firstErrors: [] },
      { rate: 10, sent: 30, answered: 30, errors: 0, firstErrors: [] },
    ]);
    // Every kind in equal shares, each answered 200: the kinds in turn, so the first three of 15 have one more.
    const kinds = (step: (typeof figures.load)[number]) =>
      Object.fromEntries(Object.entries(step.byKind!).map(([kind, { sent, answered, errors }]) => [kind, { sent, answered, errors }]));
    const each = (sent: number) => ({ sent, answered: sent, errors: 0 });
    expect(figures.load.map(kinds)).toEqual([
      { meeting: each(3), 'missed-meeting': each(3), 'check-in': each(3), measurement: each(2), answer: each(2), review: each(2) },
      { meeting: each(5), 'missed-meeting': each(5), 'check-in': each(5), measurement: each(5), answer: each(5), review: each(5) },
    ]);
    // The table's line of each kind's p99 at 10/s, five of each answered, and the slowest named.
    expect(scaleTable(figures)).toMatch(/^\| 10\/s, from schedule +(\| [\d.]+ \(5\/5\) +){6}\| [a-z-]+ +\|$/m);
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
      for (const kind of Object.values(step.byKind!)) expect(kind.latencies.max).toBeLessThanOrEqual(step.latencies.max);
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
    expect(figures.targets.map(({ verdict }) => verdict)).toEqual(['not at target scale', 'not at target scale', 'not at target scale']);

    expect(readdirSync(resultsDir)).toEqual([expect.stringMatching(/^scale-.*\.json$/)]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      benchmark: 'scale',
      machine: { cpus: expect.any(Number) },
      options,
      load: [{ sent: 15 }, { sent: 30 }],
    });
  }, 300_000);
});
