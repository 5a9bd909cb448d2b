import { checkInDue, deadlines } from '../../workflows/mentorship/deadlines';
import { Mentorship } from '../../workflows/mentorship/mentorship';
import { mentorshipInput } from './mentorship.fixtures';

const DAY = 24 * 60 * 60 * 1000;
const START = Date.parse('2026-01-05T10:00:00.000Z');

/** A PIFT course matched at START, as the state machine would leave it. */
function activeCourse(): Mentorship {
  const course = Mentorship.fresh(mentorshipInput('m-1', 'pift'), new Date(START - 10 * DAY));
  Object.assign(course.state, {
    phase: 'active',
    phaseSince: new Date(START).toISOString(),
    mentorId: 'mentor-1',
    matchStartedAt: new Date(START).toISOString(),
    plannedEndAt: new Date(START + 180 * DAY).toISOString(),
  });
  return course;
}

describe("MENTOR's check-in schedule as policy", () => {
  it('puts the first check-in 48 hours after the first meeting, and none before a meeting', () => {
    const course = activeCourse();
    expect(checkInDue(course, 'mentor', 0)).toBeUndefined();
    course.state.firstMeetingOn = '2026-01-08';
    expect(checkInDue(course, 'mentor', 0)).toBe(Date.parse('2026-01-10T00:00:00.000Z'));
  });

  it('spreads the first month over 30 days, then one a month; the referrer quarterly', () => {
    const course = activeCourse();
    expect(checkInDue(course, 'young-person', 1)).toBe(START + 30 * DAY);
    expect(checkInDue(course, 'young-person', 2)).toBe(START + 60 * DAY);
    expect(checkInDue(course, 'young-person', 3)).toBe(START + 90 * DAY);
    expect(checkInDue(course, 'referrer', 0)).toBe(START + 90 * DAY);
    expect(checkInDue(course, 'referrer', 1)).toBe(START + 180 * DAY);
  });
});

describe('deadlines of an active course', () => {
  it('lists each thing the course waits for once, and drops what was already chased', () => {
    const course = activeCourse();
    const keys = deadlines(course).map((d) => d.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'contact-check:0',
        'meeting-gap:start',
        'measurement-due:who5@P3M',
        'measurement-overdue:who5@P3M',
        'check-in:referrer:0',
        'review-due:15552000000',
        'maximum-reached',
      ]),
    );
    expect(new Set(keys).size).toBe(keys.length);
    course.state.nudgesSent.push('meeting-gap:start');
    expect(deadlines(course).map((d) => d.key)).not.toContain('meeting-gap:start');
  });

  it('moves the meeting reminder on when a meeting is logged, and counts contact from the match day', () => {
    const course = activeCourse();
    course.logMeeting({ by: 'mentor-1', meetingId: 'a', heldOn: '2026-01-20', minutes: 90, placeKind: 'walk' }, new Date(START + 20 * DAY));
    const gap = deadlines(course).find((d) => d.key.startsWith('meeting-gap'))!;
    expect(gap).toMatchObject({ key: 'meeting-gap:2026-01-20', at: Date.parse('2026-01-20T00:00:00.000Z') + 21 * DAY });
    expect(deadlines(course).find((d) => d.key === 'contact-check:0')!.at).toBe(Date.parse('2026-01-05T00:00:00.000Z') + 30 * DAY);
    // 90 minutes against PIFT's 4 hours a month.
    expect(course.checkContactPeriod(new Date(START + 30 * DAY))).toEqual({ period: 0, behind: true });
  });

  describe('contact checks, quiet for periods that met their target', () => {
    const PERIOD_0_ENDS = Date.parse('2026-01-05T00:00:00.000Z') + 30 * DAY;
    const meet = (course: Mentorship, id: string, heldOn: string, minutes: number) =>
      course.logMeeting({ by: 'mentor-1', meetingId: id, heldOn, minutes, placeKind: 'walk' }, new Date(`${heldOn}T12:00:00.000Z`));
    const contactCheck = (course: Mentorship) => deadlines(course).find((d) => d.action.type === 'check-contact')!;

    it('sets no check at the end of a period that reached its target, only at the end of the next', () => {
      const course = activeCourse();
      meet(course, 'a', '2026-01-10', 120);
      expect(contactCheck(course)).toMatchObject({ key: 'contact-check:0', at: PERIOD_0_ENDS });
      meet(course, 'b', '2026-01-20', 120);
      expect(contactCheck(course)).toMatchObject({ key: 'contact-check:1', at: PERIOD_0_ENDS + 30 * DAY });
    });

    it('closes met periods quietly once they end, then checks the first that fell short', () => {
      const course = activeCourse();
      meet(course, 'a', '2026-01-10', 240);
      meet(course, 'b', '2026-02-10', 60);
      course.closeContactPeriodsMet(new Date(PERIOD_0_ENDS - 1));
      expect(course.state.contact.periodsChecked).toBe(0); // not over yet
      expect(course.checkContactPeriod(new Date(PERIOD_0_ENDS + 30 * DAY))).toEqual({ period: 1, behind: true });
      expect(course.state.contact.periodsChecked).toBe(2);
    });

    it('still checks a period that fell short at its own end', () => {
      const course = activeCourse();
      meet(course, 'a', '2026-01-10', 60);
      expect(contactCheck(course)).toMatchObject({ key: 'contact-check:0', at: PERIOD_0_ENDS });
      expect(course.checkContactPeriod(new Date(PERIOD_0_ENDS))).toEqual({ period: 0, behind: true });
    });
  });

  describe('reminders another mail of the same moment gives are left out', () => {
    const keys = (course: Mentorship) => deadlines(course).map((d) => d.key);

    it('leaves the measurements due at the start to the welcome, and still chases them when overdue', () => {
      const course = activeCourse();
      expect(keys(course)).not.toContain('measurement-due:who5@0d');
      expect(keys(course)).toEqual(expect.arrayContaining(['measurement-overdue:who5@0d', 'measurement-due:who5@P3M']));
    });

    it('reminds of the planned end only once no review due by then asks the same, and never at the maximum', () => {
      const course = activeCourse();
      const plannedEnd = `planned-end:${course.state.plannedEndAt}`;
      expect(keys(course)).not.toContain(plannedEnd); // the 6-month review is due at the planned end
      course.state.reviewsHeld.push(course.input.policy.reviewsAtMs[0]);
      expect(keys(course)).toContain(plannedEnd); // held without an extension: the planned end is the reminder
      course.state.plannedEndAt = new Date(START + course.input.policy.duration.maxMs).toISOString();
      expect(keys(course).filter((key) => key.startsWith('planned-end'))).toEqual([]);
      expect(keys(course)).toContain('maximum-reached');
    });
  });
});
