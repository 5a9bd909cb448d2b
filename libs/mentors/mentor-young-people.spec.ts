import { piftPreset } from '../domain/policy/presets/pift';
import { mentorshipPolicy } from '../programs/mentorship-policy';
import { type CourseRow, dueFor } from './mentor-young-people';

const policy = mentorshipPolicy(piftPreset.policy, 1);
const row = (changes: Partial<CourseRow>): CourseRow => ({
  id: 'c1',
  name: 'Aisha Nour',
  program_id: 'p1',
  policy_version: 1,
  match_started_at: new Date('2026-03-02T10:00:00Z'),
  first_meeting_on: null,
  last_meeting_on: null,
  check_ins: 0,
  measured: [],
  ...changes,
});

describe("what a mentor's course has due, read from its rows", () => {
  it('before any meeting: a meeting within the policy gap of the match start, every measurement, no check-in yet', () => {
    const due = dueFor(row({}), policy);
    expect(due.nextMeetingDueOn).toBe('2026-03-23');
    expect(due.checkInDueOn).toBeNull();
    expect(due.measurementsDue).toContainEqual({ instrument: 'who5', duePoint: '0d', dueOn: '2026-03-02' });
    expect(due.measurementsDue).toHaveLength(policy.measurements.length);
  });

  it('after meetings: the gap runs from the last, measured points drop out, the first check-in follows the first meeting', () => {
    const due = dueFor(row({ first_meeting_on: '2026-03-05', last_meeting_on: '2026-03-10', measured: ['who5@0d'] }), policy);
    expect(due.lastMeetingOn).toBe('2026-03-10');
    expect(due.nextMeetingDueOn).toBe('2026-03-31');
    expect(due.measurementsDue.map((item) => `${item.instrument}@${item.duePoint}`)).not.toContain('who5@0d');
    expect(due.checkInDueOn).toBe('2026-03-07');
  });
});
