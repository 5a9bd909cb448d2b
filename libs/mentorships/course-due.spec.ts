import { piftPreset } from '../domain/policy/presets/pift';
import { mentorshipPolicy } from '../programs/mentorship-policy';
import { courseDue, CourseDueItem, CourseFacts, dueDay } from './course-due';

const policy = mentorshipPolicy(piftPreset.policy, 1);
const facts = (changes: Partial<CourseFacts>): CourseFacts => ({
  matchStartedAt: new Date('2026-03-02T10:00:00Z'),
  firstMeetingOn: null,
  lastMeetingOn: null,
  mentorCheckIns: 0,
  measured: [],
  ...changes,
});
/** Each item as `<kind>[:<instrument>@<duePoint>] <day>`, to read at a glance. */
const listed = (items: CourseDueItem[]) =>
  items.map((item) => `${item.kind}${item.kind === 'measurement' ? `:${item.instrument}@${item.duePoint}` : ''} ${dueDay(item.dueAt)}`);

describe('what an active course has due, from its facts (PIFT: 21 days between meetings, MENTOR check-ins)', () => {
  it('before any meeting: a meeting within the gap of the match start, every measurement at its point, no check-in yet', () => {
    const items = courseDue(facts({}), policy);
    expect(listed(items)).toEqual([
      'meeting 2026-03-23',
      'measurement:who5@0d 2026-03-02',
      'measurement:self-efficacy@0d 2026-03-02',
      'measurement:status@0d 2026-03-02',
      'measurement:who5@P3M 2026-05-31',
      'measurement:who5@P6M 2026-08-29',
      'measurement:who5@P9M 2026-11-27',
      'measurement:who5@P12M 2027-02-25',
    ]);
    // A measurement is due at the very moment of its point after the start, as the course's own nudge is.
    expect(items.find((item) => item.kind === 'measurement' && item.duePoint === 'P3M')?.dueAt).toBe(
      Date.parse('2026-03-02T10:00:00Z') + 90 * 86_400_000,
    );
  });

  it('after meetings: the gap runs from the last day met, measured points drop out, the first check-in follows the first meeting', () => {
    const items = listed(courseDue(facts({ firstMeetingOn: '2026-03-05', lastMeetingOn: '2026-03-10', measured: ['who5@0d'] }), policy));
    expect(items).toContain('meeting 2026-03-31');
    expect(items).not.toContain('measurement:who5@0d 2026-03-02');
    expect(items).toContain('measurement:status@0d 2026-03-02');
    expect(items).toContain('check-in 2026-03-07');
  });

  it('after the first check-in, the next is spread over the first month, then one a month', () => {
    const met = { firstMeetingOn: '2026-03-05', lastMeetingOn: '2026-03-05' };
    expect(listed(courseDue(facts({ ...met, mentorCheckIns: 1 }), policy))).toContain('check-in 2026-04-01');
    expect(listed(courseDue(facts({ ...met, mentorCheckIns: 2 }), policy))).toContain('check-in 2026-05-01');
  });
});
