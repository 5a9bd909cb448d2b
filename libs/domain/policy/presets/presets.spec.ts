import { durationMs } from '../../duration';
import { validatePolicy } from '../validate-policy';
import { PROGRAM_PRESETS, findPreset } from './index';

const months = (count: number) => durationMs(`P${count}M`);

function preset(slug: string) {
  const found = findPreset(slug);
  if (!found) throw new Error(`no preset ${slug}`);
  return found.policy;
}

describe('program presets', () => {
  it.each(PROGRAM_PRESETS.map((p) => [p.slug, p]))('%s passes validatePolicy', (_slug, { policy }) => {
    expect(validatePolicy(policy)).toEqual({ ok: true, policy: expect.anything() });
  });

  it('are the four source programs, each slug once and usable as a program slug', () => {
    const slugs = PROGRAM_PRESETS.map((p) => p.slug);
    expect(slugs).toEqual(['pift', 'young-connect-ii', 'aalborg-mentor-corps', 'vallensbaek']);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('findPreset returns the preset with that slug, or undefined', () => {
    expect(findPreset('aalborg-mentor-corps')?.name).toBe('Aalborg mentor corps');
    expect(findPreset('PIFT')).toBeUndefined();
    expect(findPreset('unknown')).toBeUndefined();
  });

  it('all use the WHO-5 bands and MENTOR check-in standard (docs/presets.md, Shared standards)', () => {
    for (const { policy } of PROGRAM_PRESETS) {
      expect(policy.measurements.who5).toEqual({ poorAtOrBelow: 50, depressionAtOrBelow: 28, meaningfulChange: 10 });
      expect(policy.checkIns).toEqual({ firstWithin: '48h', firstMonthCount: 2, thenEvery: 'P1M', referrerEvery: 'P3M' });
    }
  });

  it('ask for the child-offence certificate wherever mentees can be minors', () => {
    for (const { slug, policy } of PROGRAM_PRESETS.filter((p) => p.policy.ageRange.min < 18)) {
      expect([slug, policy.screening.steps]).toEqual([slug, expect.arrayContaining(['child-offence-certificate'])]);
    }
  });

  it('PIFT: young women 15–30, one volunteer mentor each, 4 hours a month for 6–12 months', () => {
    const pift = preset('pift');
    expect(pift.ageRange).toEqual({ min: 15, max: 30 });
    expect(pift.mentors).toEqual({ kind: 'volunteer', capacity: 1 });
    expect(pift.contact).toMatchObject({ targetHours: 4, per: 'month' });
    expect([durationMs(pift.duration.min), durationMs(pift.duration.max)]).toEqual([months(6), months(12)]);
    expect(pift.reviews.at.map(durationMs)).toEqual([months(6)]);
    expect(pift.course.required).toBe(true);
  });

  it('PIFT measures WHO-5 at start, 3 and 6 months, and self-efficacy and status at start and close', () => {
    const schedule = new Map(preset('pift').measurements.schedule.map((due) => [due.instrument, due]));
    expect(schedule.get('who5')?.at.map(durationMs)).toEqual(expect.arrayContaining([0, months(3), months(6)]));
    for (const instrument of ['self-efficacy', 'status'] as const) {
      expect(schedule.get(instrument)).toEqual({ instrument, at: ['0d'], atClose: true });
    }
  });

  it('Young Connect II: youth in care 15–30 with volunteers, a course bounded by the 3-year project', () => {
    const youngConnect = preset('young-connect-ii');
    expect(youngConnect.ageRange).toEqual({ min: 15, max: 30 });
    expect(youngConnect.mentors.kind).toBe('volunteer');
    expect(durationMs(youngConnect.duration.max)).toBe(durationMs('3 years'));
    expect(youngConnect.continuation.followUp).toBe(true);
  });

  it('Aalborg: employed mentors with about 20 young people each, an hour a week, 2 months to 2 years', () => {
    const aalborg = preset('aalborg-mentor-corps');
    expect(aalborg.mentors).toEqual({ kind: 'employed', capacity: 20 });
    expect(aalborg.contact).toMatchObject({ targetHours: 1, per: 'week' });
    expect([durationMs(aalborg.duration.min), durationMs(aalborg.duration.max)]).toEqual([months(2), durationMs('2 years')]);
    expect(aalborg.ageRange.max).toBeLessThan(30);
  });

  it('Vallensbæk: volunteers with 1–2 young people at a time and no minimum duration', () => {
    const vallensbaek = preset('vallensbaek');
    expect(vallensbaek.mentors).toEqual({ kind: 'volunteer', capacity: 2 });
    expect(durationMs(vallensbaek.duration.min)).toBe(0);
    expect(vallensbaek.course.required).toBe(true);
  });
});
