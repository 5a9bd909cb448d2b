import { DURATION_UNITS_MS } from '../../libs/domain/duration';
import { validatePolicy } from '../../libs/domain/policy/validate-policy';
import { piftPreset } from '../../libs/domain/policy/presets/pift';
import { BENCH_POLICY, benchPolicy, compressPolicy } from './bench-policy';

describe('compressPolicy', () => {
  const compressed = compressPolicy(BENCH_POLICY, 1000);

  it('scales every duration so a month lasts the given time, in milliseconds', () => {
    expect(compressed.duration).toEqual({ min: '6000ms', planned: '6000ms', max: '12000ms', extension: '6000ms' });
    expect(compressed.measurements.schedule[0].at).toEqual(['0ms', '3000ms', '6000ms', '9000ms', '12000ms']);
    expect(compressed.checkIns).toMatchObject({ firstWithin: '67ms', thenEvery: '1000ms', referrerEvery: '3000ms' });
    expect(compressed.continuation).toEqual({ followUp: true, askAfter: '3000ms' });
    expect(compressed.escalations.respondUrgentWithin).toBe('67ms');
  });

  it('leaves what is not a duration alone: clock times, time zones, words, numbers', () => {
    const withQuietHours = compressPolicy(piftPreset.policy, 1000);
    expect(withQuietHours.notifications).toEqual({ timeZone: 'Europe/Copenhagen', quietHours: { from: '21:00', to: '07:00' } });
    expect(compressed.contact).toEqual({ targetHours: 4, per: 'month', nudgeAfterGap: '700ms' });
    expect(compressed.escalations.categories).toEqual(BENCH_POLICY.escalations.categories);
    expect(compressed.mentors).toEqual({ kind: 'volunteer', capacity: 100 });
    expect(compressed.escalations).toMatchObject({ missedMeetingsInARow: 3, unansweredNudges: 52 });
  });

  it('keeps a duration that was not zero above zero however short the month', () => {
    const tiny = compressPolicy(BENCH_POLICY, 10);
    expect(tiny.checkIns.firstWithin).toBe('1ms');
    expect(tiny.measurements.schedule[0].at[0]).toBe('0ms');
  });

  it('gives a policy the API accepts, at the default month and at a very short one', () => {
    expect(validatePolicy(compressed)).toMatchObject({ ok: true });
    expect(validatePolicy(compressPolicy(BENCH_POLICY, 50))).toMatchObject({ ok: true });
  });

  it('leaves the policy it was given as it was', () => {
    expect(BENCH_POLICY.duration.max).toBe('P12M');
    expect(compressPolicy(BENCH_POLICY, DURATION_UNITS_MS.MONTH).duration.max).toBe(`${12 * DURATION_UNITS_MS.MONTH}ms`);
  });
});

describe('benchPolicy', () => {
  it('compresses all but the meeting-gap reminder, counted from a calendar day, and the API accepts it', () => {
    const policy = benchPolicy(1000);
    expect(policy.duration.max).toBe('12000ms');
    expect(policy.contact.nudgeAfterGap).toBe(BENCH_POLICY.contact.nudgeAfterGap);
    expect(policy.checkIns).toMatchObject({ firstWithin: '67ms', thenEvery: '1000ms', referrerEvery: '3000ms' });
    expect(validatePolicy(policy)).toMatchObject({ ok: true });
  });
});
