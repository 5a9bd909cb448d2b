import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureConsoleReads } from '../bench/console-reads';
import type { ConsoleReads } from '../bench/console/timed-reads';
import { TODAY_ITEM_KINDS } from '../libs/today/today-items';

/**
 * `./mentorflow bench console`, very small: the benchmark runs end to end on a stack of its own, its filled read models give the
 * coordinator a row of every kind, and its figures hold together, those of the round under load too (on a worker caching fewer workflows
 * than the live courses make, so they replay). No timing is asserted, nor a plan (at this size the planner may rightly read a table
 * whole).
 */
describe('bench console', () => {
  const resultsDir = mkdtempSync(join(tmpdir(), 'mentorflow-bench-console-'));
  afterAll(() => rmSync(resultsDir, { recursive: true, force: true }));

  it('fills the read models, explains every Today query, times the reads idle and under load and writes the results', async () => {
    const options = { courses: 300, live: 2, requests: 5, renders: 2, load: 2, cache: 4 };
    const { figures, file } = await measureConsoleReads(options, () => {}, resultsDir);

    for (const kind of TODAY_ITEM_KINDS) expect(figures.today.counts[kind]).toBeGreaterThan(0);
    expect(figures.today.items).toBeGreaterThan(0);
    for (const plans of [figures.plans.coordinator, figures.plans.municipal]) {
      expect(plans.map((plan) => plan.kind)).toEqual([...TODAY_ITEM_KINDS]);
      for (const plan of plans) expect(plan.scans.length).toBeGreaterThan(0);
    }
    const { underLoad } = figures;
    const lists = (reads: Pick<ConsoleReads, 'coursesList' | 'escalationsList'>) => [
      reads.coursesList,
      reads.escalationsList.open,
      reads.escalationsList.resolved,
    ];
    const summaries = [figures.today.coordinator, figures.today.municipal, ...lists(figures), ...Object.values(figures.coursePage)];
    summaries.push(underLoad!.today.coordinator, underLoad!.today.municipal, ...lists(underLoad!), ...Object.values(underLoad!.coursePage));
    for (const summary of summaries) {
      expect(summary.count).toBe(options.requests);
      expect(summary.p50).toBeGreaterThan(0);
      expect(summary.p50).toBeLessThanOrEqual(summary.p95);
    }

    // The meetings went on while the reads ran (the first at once), each answered; the worker ran on the cache asked for.
    const { commands } = underLoad!;
    expect(underLoad).toMatchObject({ rate: 2, cache: 4 });
    expect(underLoad!.seconds).toBeGreaterThan(0);
    expect(commands.sent).toBeGreaterThan(0);
    expect(commands).toMatchObject({ answered: commands.sent, count: commands.sent, errors: 0, firstErrors: [] });
    expect(commands.p50).toBeLessThanOrEqual(commands.max);

    expect(readdirSync(resultsDir)).toEqual([expect.stringMatching(/^console-.*\.json$/)]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ benchmark: 'console', machine: { cpus: expect.any(Number) }, options });
  }, 180_000);
});
