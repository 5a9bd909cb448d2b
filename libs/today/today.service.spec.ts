import type { DataSource } from 'typeorm';
import type { AccessService } from '../access/access.service';
import { piftPreset } from '../domain/policy/presets/pift';
import { courseDue, CourseFacts } from '../mentorships/course-due';
import type { CourseDueReader } from '../mentorships/course-due-reader';
import { mentorshipPolicy } from '../programs/mentorship-policy';
import { TodayService } from './today.service';
import type { TodayRow } from './today-queries';

const START = new Date('2026-09-01T10:00:00.000Z');
const row = (code: string, since: string, extra: Partial<TodayRow> = {}): TodayRow => ({
  total: '0',
  code,
  params: {},
  urgency: 'normal',
  since: new Date(since),
  due_at: null,
  label: null,
  program_id: 'p',
  mentorship_id: null,
  mentor_id: null,
  escalation_id: null,
  nudge_id: null,
  quota_id: null,
  ...extra,
});

/** Every course active since START under PIFT's policy, its start's WHO-5 submitted. */
const facts: CourseFacts = { matchStartedAt: START, firstMeetingOn: null, lastMeetingOn: null, mentorCheckIns: 0, measured: ['who5@0d'] };
const courses = {
  of: async (ids: string[]) =>
    ids.map((mentorshipId) => ({ mentorshipId, facts, items: courseDue(facts, mentorshipPolicy(piftPreset.policy, 1)) })),
} as unknown as CourseDueReader;

/** A database answering each kind's query (told apart by its code) with the rows given. */
function todayFrom(rowsByCode: Record<string, TodayRow[]>) {
  const dataSource = {
    query: async (sql: string) => Object.entries(rowsByCode).find(([code]) => sql.includes(`'${code}`))?.[1] ?? [],
  } as unknown as DataSource;
  const access = { scope: async () => 'all' } as unknown as AccessService;
  return new TodayService(dataSource, access, courses).today({ id: 'c', roles: ['coordinator'] }, 20);
}

describe('the Today service', () => {
  it('counts each kind by its total and lists every kind together, urgent first, then the oldest', async () => {
    const page = await todayFrom({
      'escalation.': [
        row('escalation.concern', '2026-11-03T00:00:00Z', { total: '7', urgency: 'urgent' }),
        row('escalation.concern', '2026-11-01T00:00:00Z', { total: '7' }),
      ],
      'referral.': [row('referral.matching', '2026-10-01T00:00:00Z', { total: '40' })],
    });
    expect(page.counts).toEqual({
      escalation: 7,
      nudge: 0,
      'measurement-overdue': 0,
      'referral-waiting': 40,
      'proposal-unanswered': 0,
      'quota-behind': 0,
      'mentor-path-stalled': 0,
    });
    expect(page.items.map((item) => [item.kind, item.urgency, item.since.toISOString().slice(0, 10)])).toEqual([
      ['escalation', 'urgent', '2026-11-03'],
      ['referral-waiting', 'normal', '2026-10-01'],
      ['escalation', 'normal', '2026-11-01'],
    ]);
  });

  it('dates an overdue measurement as its course has it due; one due at closure, or submitted since, has no such date', async () => {
    const overdue = (duePoint: string, mentorshipId: string) =>
      row('measurement-overdue', '2026-12-01T00:00:00Z', {
        total: '3',
        mentorship_id: mentorshipId,
        params: { instrument: 'who5', duePoint },
      });
    const page = await todayFrom({ 'measurement-overdue': [overdue('P3M', 'c1'), overdue('close', 'c1'), overdue('0d', 'c2')] });
    expect(page.items.map((item) => item.dueAt?.toISOString() ?? null)).toEqual(['2026-11-30T10:00:00.000Z', null, null]);
  });
});
