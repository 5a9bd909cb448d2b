import type { LatencySummary } from '../measure/latencies';
import type { ConsoleFigures, UnderLoadFigures } from './console-figures';
import { consoleTable } from './console-table';

const ms = (p50: number, p95: number): LatencySummary => ({ count: 300, p50, p95, p99: p95 + 1, max: p95 + 2, mean: p50 });
const reads = (p95: number, refused = 0) => ({
  today: { coordinator: ms(10, p95), municipal: ms(10, p95) },
  coursesList: ms(10, p95),
  escalationsList: { open: ms(10, p95), resolved: ms(10, p95) },
  coursePage: { page: ms(10, p95), state: ms(10, p95), meetings: ms(10, p95) },
  refused,
});

function figures(underLoad: UnderLoadFigures | null): ConsoleFigures {
  return {
    options: { courses: 10_000, live: 200, requests: 300, renders: 20, load: 20, cache: 20 },
    targetP95Ms: 200,
    ...reads(25),
    today: { ...reads(25).today, counts: { escalation: 3 }, items: 125 },
    underLoad,
    plans: { coordinator: [], municipal: [{ kind: 'escalation', scans: [], sequentialOnLarge: [], executionMs: 1.2 }] },
    render: { loads: 20, targetMs: 1000, today: ms(400, 500), coursePage: ms(400, 500), firstLoadJsKiB: 137, firstLoadJsTargetKb: 300 },
  };
}

describe('consoleTable', () => {
  it('puts the loaded round beside the idle one, each against the target, and gives the commands their own line', () => {
    const commands = { ...ms(40, 120), sent: 940, answered: 939, errors: 1, firstErrors: ['POST … answered 503'], sentPerSecond: 19.9 };
    const table = consoleTable(figures({ rate: 20, cache: 20, seconds: 47, commands: { ...commands, resent: 3 }, ...reads(250, 7) }));

    expect(table).toContain('200 live ones on a worker caching 20 workflows');
    expect(table).toContain('20/s: the same reads while 20 meetings a second are logged on random live courses');
    expect(table).toMatch(/\| read +\| idle p50 \| idle p95 \| idle p99 \| idle max \| target \| 20\/s p50 \| 20\/s p95 .* \| target \|/);
    const today = table.split('\n').find((line) => line.startsWith('| GET /today, coordinator'))!;
    expect(today.split('|').map((cell) => cell.trim())).toEqual([
      '',
      'GET /today, coordinator of 2 of 4 programs',
      '10',
      '25',
      '26',
      '27',
      'met',
      '10',
      '250',
      '251',
      '252',
      'MISSED',
      '',
    ]);
    expect(table).toContain('reads turned away (503 engine-busy, left out of the figures): idle 0, 20/s 7');
    expect(table).toContain(
      'meetings logged during the loaded round (47 s): 940 sent (19.9/s of 20), 939 answered, 3 resent, 1 failed, ' +
        'e.g. POST … answered 503; from when each was due p50/p95/p99/max 40/120/121/122 ms',
    );
  });

  it('says when no loaded round was run', () => {
    const table = consoleTable(figures(null));
    expect(table).toContain('no loaded round (--load 0)');
    expect(table).not.toContain('20/s p50');
    expect(table).not.toContain('meetings logged');
  });
});
