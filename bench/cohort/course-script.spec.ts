import { BENCH_POLICY, compressPolicy } from './bench-policy';
import { courseScript } from './course-script';

describe('courseScript', () => {
  const { commands, continuation } = courseScript(compressPolicy(BENCH_POLICY, 1000), 1000);
  const count = (path: string, match: (body: any) => boolean = () => true) =>
    commands.filter((c) => c.path === path && match(c.body())).length;

  it('is a 12-month PIFT course at four meetings a month', () => {
    expect(count('meetings')).toBe(48);
    expect(count('check-ins', (body) => body.party === 'young-person')).toBe(12);
    expect(count('check-ins', (body) => body.party === 'mentor')).toBe(12);
    expect(count('check-ins', (body) => body.party === 'referrer')).toBe(4);
    expect(count('measurements', (body) => body.duePoint !== 'close')).toBe(7);
    expect(count('measurements', (body) => body.duePoint === 'close')).toBe(3);
    expect(commands.filter((c) => c.path === 'reviews').map((c) => [c.atMs, c.body()])).toEqual([[6000, { decision: 'extend' }]]);
    expect(commands).toHaveLength(48 + 28 + 10 + 1 + 1 + 2);
    expect(Math.max(...commands.map((c) => c.atMs))).toBe(12_000);
    expect(continuation.atMs).toBe(3000);
  });

  it('holds the program contacts a week before they fall due, the first check-ins right after the first meeting', () => {
    const at = (party: string) => commands.filter((c) => c.path === 'check-ins' && c.body().party === party).map((c) => c.atMs);
    expect(at('referrer')).toEqual([2750, 5750, 8750, 11_750]);
    expect(at('mentor').slice(0, 3)).toEqual([0, 750, 1750]);
    expect(at('mentor').at(-1)).toBe(10_750);
  });

  it('names the due points as the compressed policy labels them', () => {
    const who5 = commands.filter((c) => c.path === 'measurements' && c.body().instrument === 'who5').map((c) => c.body().duePoint);
    expect(who5).toEqual(['0ms', '3000ms', '6000ms', '9000ms', '12000ms', 'close']);
  });

  it('sends what fell due before the meeting and the check-ins, and closes before the closing steps', () => {
    expect(commands.slice(0, 6).map((c) => c.path)).toEqual([
      'measurements',
      'measurements',
      'measurements',
      'meetings',
      'check-ins',
      'check-ins',
    ]);
    expect(commands.slice(-7).map((c) => c.path)).toEqual([
      'measurements',
      'close',
      'measurements',
      'measurements',
      'measurements',
      'exit-conversations',
      'exit-conversations',
    ]);
    const times = commands.map((c) => c.atMs);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
