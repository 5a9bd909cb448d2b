import type { CourseSnapshot } from './course-snapshot';
import { agrees } from './course-snapshot';
import { compare, DrillResult, drillPassed, drillTable } from './drill-verdict';

const ACTIVE: CourseSnapshot = {
  phase: 'active',
  open: true,
  searchPhase: 'active',
  storedPhase: 'active',
  meetingRows: ['m1', 'm2'],
  measurements: ['who5@0d'],
  measurementRows: ['r1 who5@0d 76'],
};
const course = { id: 'c1', label: 'active, 2 meetings' };
const result = (...outcomes: DrillResult['outcomes']): DrillResult => ({
  outcomes,
  manifest: {
    takenAt: { temporal: '', mentorflow: '' },
    temporal: { kind: 'dev-server', file: '' },
    mentorflow: { kind: 'online', postgresVersion: '18' },
  },
  timings: { firstStack: 0, courses: 0, backup: 0, restore: 0, restoredStack: 0, checks: 0 },
});

describe('the restore drill’s verdict', () => {
  it('passes a course that came back the same and counted the meeting logged after the restore', () => {
    const outcome = { ...compare(course, ACTIVE, { ...ACTIVE }), meetingAfterRestore: 'counted' };
    expect(outcome.differences).toEqual([]);
    expect(drillPassed(result(outcome))).toBe(true);
    expect(drillTable(result(outcome))).toMatch(/\| same +\|$/m);
  });

  it('fails on a phase, a lost meeting or a workflow that ended, naming each field', () => {
    const after = { ...ACTIVE, phase: 'closing', meetingRows: ['m1'], open: false };
    const outcome = compare(course, ACTIVE, after);
    expect(outcome.differences).toEqual(['phase', 'open', 'meetingRows']);
    expect(drillPassed(result(outcome))).toBe(false);
    expect(drillTable(result(outcome))).toContain('DIFFERS: phase, open, meetingRows');
  });

  it('fails when the restored course refuses a meeting, though it looked the same', () => {
    const outcome = { ...compare(course, ACTIVE, { ...ACTIVE }), meetingAfterRestore: 'refused 409 wrong-phase' };
    expect(drillPassed(result(outcome))).toBe(false);
    expect(drillTable(result(outcome))).toContain('DIFFERS: the new meeting');
  });
});

describe('whether a course’s sources agree (what the drill waits for before it snapshots)', () => {
  it('agrees when the workflow, visibility and the read model tell one story', () => {
    expect(agrees(ACTIVE)).toBe(true);
  });

  it('does not while the read model or visibility lags behind, or a measurement row is not counted', () => {
    expect(agrees({ ...ACTIVE, storedPhase: 'agreeing' })).toBe(false);
    expect(agrees({ ...ACTIVE, searchPhase: 'agreeing' })).toBe(false);
    expect(agrees({ ...ACTIVE, measurementRows: ['r1 who5@0d 76', 'r2 self-efficacy@0d 30'] })).toBe(false);
  });
});
