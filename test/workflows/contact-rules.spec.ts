import {
  checkCheckInFits,
  checkMeetingFits,
  checkMissedMeetingFits,
  ContactCourse,
  Refuser,
} from '../../workflows/mentorship/contact-rules';
import { dayHasCome, dayIn } from '../../workflows/shared/calendar-day';

const refuse: Refuser = (code, ...params) => {
  throw Object.assign(new Error(code), { code, params: params[0] });
};
const refusal = (check: () => void): string | undefined => {
  try {
    check();
    return undefined;
  } catch (error) {
    return (error as { code: string }).code;
  }
};

/** Half past midnight in Copenhagen on 6 December (winter, UTC+1), still 5 December in UTC. */
const AFTER_MIDNIGHT_IN_COPENHAGEN = new Date('2026-12-05T23:30:00Z');

const course = (timeZone: string): ContactCourse => ({
  phase: 'active',
  matchStartedAt: '2026-11-02T09:00:00.000Z',
  maxMs: 365 * 24 * 60 * 60 * 1000,
  timeZone,
});

describe('the day a course is in', () => {
  it('is the day in its time zone, summer and winter', () => {
    expect(dayIn(AFTER_MIDNIGHT_IN_COPENHAGEN, 'Europe/Copenhagen')).toBe('2026-12-06');
    expect(dayIn(AFTER_MIDNIGHT_IN_COPENHAGEN, 'UTC')).toBe('2026-12-05');
    expect(dayIn(new Date('2026-07-01T22:30:00Z'), 'Europe/Copenhagen')).toBe('2026-07-02'); // UTC+2
    expect(dayIn(new Date('2026-07-01T21:30:00Z'), 'Europe/Copenhagen')).toBe('2026-07-01');
    expect(dayIn(new Date('2026-12-06T09:00:00Z'), 'America/Nuuk')).toBe('2026-12-06');
    expect(dayIn(new Date('2026-12-06T01:00:00Z'), 'America/Nuuk')).toBe('2026-12-05');
  });

  it('has come when it is today or earlier there', () => {
    expect(dayHasCome('2026-12-06', AFTER_MIDNIGHT_IN_COPENHAGEN, 'Europe/Copenhagen')).toBe(true);
    expect(dayHasCome('2026-12-07', AFTER_MIDNIGHT_IN_COPENHAGEN, 'Europe/Copenhagen')).toBe(false);
    expect(dayHasCome('2026-12-06', AFTER_MIDNIGHT_IN_COPENHAGEN, 'UTC')).toBe(false);
  });
});

describe("a course's contact dated by its program's day", () => {
  const copenhagen = course('Europe/Copenhagen');
  const meeting = (heldOn: string) => () => checkMeetingFits({ heldOn, minutes: 60 }, copenhagen, AFTER_MIDNIGHT_IN_COPENHAGEN, refuse);
  const checkIn = (heldOn: string) => () => checkCheckInFits({ heldOn }, copenhagen, AFTER_MIDNIGHT_IN_COPENHAGEN, refuse);
  const missed = (plannedOn: string) => () =>
    checkMissedMeetingFits({ plannedOn, missedBy: 'mentor' }, copenhagen, AFTER_MIDNIGHT_IN_COPENHAGEN, refuse);

  it('takes a meeting, a check-in and a missed meeting dated today in Copenhagen just after its midnight', () => {
    expect(refusal(meeting('2026-12-06'))).toBeUndefined();
    expect(refusal(checkIn('2026-12-06'))).toBeUndefined();
    expect(refusal(missed('2026-12-06'))).toBeUndefined();
  });

  it('refuses each dated tomorrow there', () => {
    expect(refusal(meeting('2026-12-07'))).toBe('date-in-future');
    expect(refusal(checkIn('2026-12-07'))).toBe('date-in-future');
    expect(refusal(missed('2026-12-07'))).toBe('missed-meeting-in-future');
  });

  it('judges a course kept in UTC by the UTC day, as every course did before it carried its zone', () => {
    expect(
      refusal(() => checkMeetingFits({ heldOn: '2026-12-06', minutes: 60 }, course('UTC'), AFTER_MIDNIGHT_IN_COPENHAGEN, refuse)),
    ).toBe('date-in-future');
  });
});

describe("a match's first day, where the course is kept", () => {
  // 23:30 on 5 December in Nuuk (UTC-2) is already 6 December in UTC; an hour later a meeting that evening is logged.
  const nuuk: ContactCourse = { ...course('America/Nuuk'), matchStartedAt: '2026-12-06T01:30:00.000Z' };
  const evening = new Date('2026-12-06T02:30:00Z');

  it('takes a meeting and a missed meeting on the evening of a match made late in Nuuk, the previous day in UTC', () => {
    expect(refusal(() => checkMeetingFits({ heldOn: '2026-12-05', minutes: 60 }, nuuk, evening, refuse))).toBeUndefined();
    expect(refusal(() => checkMissedMeetingFits({ plannedOn: '2026-12-05', missedBy: 'mentor' }, nuuk, evening, refuse))).toBeUndefined();
    expect(refusal(() => checkMeetingFits({ heldOn: '2026-12-04', minutes: 60 }, nuuk, evening, refuse))).toBe('before-match-start');
  });

  it('takes the UTC day too, as before, for a match made just after midnight in Copenhagen', () => {
    const copenhagen: ContactCourse = { ...course('Europe/Copenhagen'), matchStartedAt: AFTER_MIDNIGHT_IN_COPENHAGEN.toISOString() };
    const later = new Date('2026-12-06T10:00:00Z');
    expect(refusal(() => checkMeetingFits({ heldOn: '2026-12-05', minutes: 60 }, copenhagen, later, refuse))).toBeUndefined();
    expect(refusal(() => checkMeetingFits({ heldOn: '2026-12-04', minutes: 60 }, copenhagen, later, refuse))).toBe('before-match-start');
  });
});
