import type { DataSource } from 'typeorm';
import { piftPreset } from '../domain/policy/presets/pift';
import { OutcomeReports } from './outcome-report';
import { periodIn } from './report-scope';
import { Suppression } from './suppression';

describe("a report's days", () => {
  /** Five courses closed at 00:30 on 1 January in Copenhagen: 23:30 on 31 December by UTC. */
  const closedAtNewYear = Array.from({ length: 5 }, (_, index) => ({
    id: `course-${index}`,
    matchStartedAt: new Date('2025-06-01T10:00:00Z'),
    closedAt: new Date('2025-12-31T23:30:00Z'),
    closureKind: 'planned',
    closureReason: 'completed',
    outcome: 'education-started',
  }));
  const database = {
    query: async (sql: string) => (/FROM mentorships/.test(sql) ? closedAtNewYear : [{ minutes: 0 }]),
  } as unknown as DataSource;
  const report = (timeZone: string, from: string, to: string) =>
    new OutcomeReports(database).build({ programId: 'p', from, to }, new Suppression(5), {
      ...piftPreset.policy,
      notifications: { ...piftPreset.policy.notifications, timeZone },
    });

  it("are the program's: a course closed after midnight in Copenhagen counts in the new year there, not on the UTC day", async () => {
    expect((await report('Europe/Copenhagen', '2026-01-01', '2026-12-31')).closed.total).toBe(5);
    expect((await report('Europe/Copenhagen', '2025-01-01', '2025-12-31')).closed.total).toBe(0);
    expect((await report('UTC', '2025-01-01', '2025-12-31')).closed.total).toBe(5);
  });

  it("begin and end at the program's midnights, in winter and in summer time", () => {
    expect(periodIn({ from: '2026-01-01', to: '2026-12-31' }, 'Europe/Copenhagen')).toEqual({
      startMs: Date.parse('2025-12-31T23:00:00Z'),
      endMs: Date.parse('2026-12-31T23:00:00Z'),
    });
    expect(periodIn({ from: '2026-07-01', to: '2026-07-31' }, 'Europe/Copenhagen')).toEqual({
      startMs: Date.parse('2026-06-30T22:00:00Z'),
      endMs: Date.parse('2026-07-31T22:00:00Z'),
    });
    // The day summer time begins (29 March 2026) starts at its own midnight, still winter time, and is 23 hours long.
    const { startMs, endMs } = periodIn({ from: '2026-03-29', to: '2026-03-29' }, 'Europe/Copenhagen');
    expect([new Date(startMs).toISOString(), (endMs - startMs) / 3_600_000]).toEqual(['2026-03-28T23:00:00.000Z', 23]);
    expect(periodIn({ from: '2026-01-01', to: '2026-01-01' }, 'America/Nuuk').startMs).toBe(Date.parse('2026-01-01T02:00:00Z'));
  });
});
