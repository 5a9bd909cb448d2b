import type { DataSource } from 'typeorm';
import { piftPreset } from '../domain/policy/presets/pift';
import { MentorReports } from './mentor-report';
import { OutcomeReports } from './outcome-report';
import { Suppression } from './suppression';
import { WellBeingReports } from './well-being-report';

const scope = { programId: 'p', from: '2026-01-01', to: '2026-12-31' };
const { policy } = piftPreset;

/** A database that answers each of a report's queries by a word in its SQL. */
function database(answers: Array<[RegExp, unknown[]]>): DataSource {
  return { query: async (sql: string) => answers.find(([pattern]) => pattern.test(sql))?.[1] ?? [] } as unknown as DataSource;
}

describe('suppression in whole reports', () => {
  const suppression = new Suppression(5);

  it('well-being: three young people all in the depression band show no band at all, not [null, 0, 0]', async () => {
    const rows = ['a', 'b', 'c'].map((mentorshipId, index) => ({ mentorshipId, duePoint: '0d', score: 12 + index * 4 }));
    const report = await new WellBeingReports(database([[/FROM measurements/, rows]])).build(scope, 'who5', suppression, policy);
    expect(report.cohorts[0]).toMatchObject({
      through: '0d',
      n: null,
      points: [{ duePoint: '0d', mean: null, bands: { 'likely-depression': null, poor: null, good: null } }],
    });
  });

  it('outcomes: no share in education or work when it would tell the hidden outcomes apart', async () => {
    const closed = (outcome: string, count: number) =>
      Array.from({ length: count }, (_, index) => ({
        id: `${outcome}-${index}`,
        matchStartedAt: new Date('2026-02-01'),
        closedAt: new Date('2026-08-01'),
        closureKind: 'planned',
        closureReason: 'completed',
        outcome,
      }));
    const courses = [...closed('education-started', 10), ...closed('job-started', 2), ...closed('retained', 10), ...closed('none', 3)];
    const report = await new OutcomeReports(
      database([
        [/FROM mentorships/, courses],
        [/FROM meetings/, [{ minutes: 0 }]],
      ]),
    ).build(scope, suppression, policy);
    // 2 into work and 3 with none are hidden together; 22 of 25 settled would give the 2 away.
    expect(report.outcomes).toEqual({ 'education-started': 10, 'job-started': null, retained: 10, none: null });
    expect(report.inEducationOrJobAtClosure).toBeNull();
  });

  it('mentors: the available mentors and their slots stay hidden wherever the phases hide them', async () => {
    const phases = [
      { phase: 'screening', mentors: 2 },
      { phase: 'available', mentors: 6 },
      { phase: 'course', mentors: 30 },
    ];
    const report = await new MentorReports(
      database([
        [/GROUP BY path_phase/, phases],
        [/AS used/, [{ used: 5 }]],
      ]),
    ).build(scope, suppression, policy);
    expect(report.byPhase).toMatchObject({ screening: null, available: null, course: 30 });
    expect(report.capacity).toEqual({ mentors: null, slots: null, used: 5, share: null });
  });
});
