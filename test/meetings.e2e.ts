import { ConflictException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { MeetingsService } from '../libs/meetings/meetings.service';
import { readRecordedContact } from '../libs/meetings/recorded-contact';
import { Measurement, Meeting, Nudge } from '../libs/persistence/entities';
import { Engine, startEngine } from './support/engine';
import { MentorshipFixture, mentorshipFactory } from './support/mentorships';

const MATCH_STARTED_ON = '2025-01-06';

describe('the meeting log in PostgreSQL', () => {
  let engine: Engine;
  let service: MeetingsService;
  let newMentorship: () => Promise<MentorshipFixture>;
  // The API stores meetings as they are logged (CourseLogController.logMeeting); here rows are written directly.
  const insert = ({ mentorshipId, mentorId }: MentorshipFixture, heldOn: string, minutes: number) =>
    engine.dataSource
      .getRepository(Meeting)
      .save({ id: randomUUID(), mentorshipId, mentorId, heldOn, minutes, placeKind: 'cafe', loggedBy: 'mentor-1' });

  beforeAll(async () => {
    engine = await startEngine();
    service = new MeetingsService(engine.dataSource.getRepository(Meeting), engine.dataSource);
    const factory = await mentorshipFactory(engine);
    newMentorship = () => factory(MATCH_STARTED_ON);
  });
  afterAll(() => engine.close());

  it('lists meetings in the order held', async () => {
    const mentorship = await newMentorship();
    await insert(mentorship, '2025-02-10', 60);
    await insert(mentorship, '2025-01-20', 45);
    await insert(mentorship, '2025-02-01', 30);
    expect((await service.list(mentorship.mentorshipId)).map((row) => row.heldOn)).toEqual(['2025-01-20', '2025-02-01', '2025-02-10']);
  });

  it('refuses a meeting or check-in id already logged for another mentorship, and allows a retry for the same one', async () => {
    const [one, other] = await Promise.all([newMentorship(), newMentorship()]);
    const meeting = randomUUID();
    const logMeeting = ({ mentorshipId, mentorId }: MentorshipFixture) =>
      service.logMeeting({
        meetingId: meeting,
        mentorshipId,
        mentorId,
        heldOn: '2025-01-10',
        minutes: 90,
        placeKind: 'cafe',
        loggedBy: 'm-1',
      });
    await logMeeting(one);
    await expect(logMeeting(one)).resolves.toMatchObject({ contact: { meetings: { count: 1 } } });
    await expect(logMeeting(other)).rejects.toThrow(
      new ConflictException(`refused: meeting ${meeting} was already logged for another mentorship`),
    );
    const checkIn = randomUUID();
    const logCheckIn = ({ mentorshipId }: MentorshipFixture) =>
      service.logCheckIn({ checkInId: checkIn, mentorshipId, party: 'mentor', heldOn: '2025-01-12', recordedBy: 'c-1' });
    await logCheckIn(one);
    await expect(logCheckIn(one)).resolves.toMatchObject({ contact: { checkIns: { mentor: 1 } } });
    await expect(logCheckIn(other)).rejects.toThrow(
      new ConflictException(`refused: check-in ${checkIn} was already recorded for another mentorship`),
    );
    expect((await service.contact(other.mentorshipId)).meetings.count).toBe(0);
  });

  it("reads a course's contact as the course's workflow takes it: counts, first and last days, minutes per day from a day on", async () => {
    const mentorship = await newMentorship();
    const { mentorshipId } = mentorship;
    const asTheCourseReadsIt = (minutesFrom: string) =>
      readRecordedContact(engine.dataSource, mentorshipId, { minutesFrom, measurements: true });
    expect(await asTheCourseReadsIt('2025-01-06')).toEqual({
      meetings: { count: 0, minutes: 0 },
      minutesByDay: {},
      checkIns: { 'young-person': 0, mentor: 0, referrer: 0 },
      measurements: [],
    });
    await insert(mentorship, '2025-01-10', 60);
    await insert(mentorship, '2025-02-10', 45);
    await insert(mentorship, '2025-02-10', 30);
    await service.logCheckIn({ checkInId: randomUUID(), mentorshipId, party: 'mentor', heldOn: '2025-01-12', recordedBy: 'c-1' });
    await engine.dataSource.getRepository(Measurement).insert({
      id: randomUUID(),
      mentorshipId,
      instrument: 'status',
      duePoint: '0d',
      measuredOn: '2025-01-10',
      submittedBy: 'mentor-1',
      enteredBy: 'mentor',
      answers: [],
      score: null,
      status: 'education',
    });
    expect(await asTheCourseReadsIt('2025-02-05')).toEqual({
      meetings: { count: 3, minutes: 135, firstHeldOn: '2025-01-10', lastHeldOn: '2025-02-10' },
      minutesByDay: { '2025-02-10': 75 },
      checkIns: { 'young-person': 0, mentor: 1, referrer: 0 },
      measurements: ['status@0d'],
    });
    // The API's answers about the course show its measurements too; none counts minutes by day.
    expect(await service.contact(mentorshipId)).toMatchObject({ minutesByDay: {}, measurements: ['status@0d'] });
  });

  it('wakes the course for its first meeting (its retry too), an earlier one and what an open nudge chases, not others', async () => {
    const mentorship = await newMentorship();
    const { mentorshipId, mentorId } = mentorship;
    const log = (heldOn: string, meetingId = randomUUID()) =>
      service.logMeeting({ meetingId, mentorshipId, mentorId, heldOn, minutes: 60, placeKind: 'cafe', loggedBy: 'mentor-1' });
    const first = randomUUID();
    const noCheckIns = { 'young-person': 0, mentor: 0, referrer: 0 };
    const firstMeeting = { count: 1, minutes: 60, firstHeldOn: '2025-01-20', lastHeldOn: '2025-01-20' };
    // The contact as stored, the meeting just stored counted.
    expect(await log('2025-01-20', first)).toEqual({
      wakesCourse: true,
      contact: { meetings: firstMeeting, minutesByDay: {}, checkIns: noCheckIns },
    });
    // A retry, after a signal that may have failed, wakes the course again; its meeting is counted once.
    expect(await log('2025-01-20', first)).toMatchObject({ wakesCourse: true, contact: { meetings: firstMeeting } });
    expect(await log('2025-01-27')).toMatchObject({ wakesCourse: false });
    expect(await log('2025-01-13')).toMatchObject({ wakesCourse: true }); // the first meeting is earlier now: the check-ins move

    const nudge = (kind: string) =>
      engine.dataSource.getRepository(Nudge).save({
        key: `mentorship-${mentorshipId}/${kind}:${randomUUID()}`,
        kind,
        programSlug: 'pift',
        subjectWorkflowId: `mentorship-${mentorshipId}`,
        subjectId: mentorshipId,
        status: 'open',
        recipientRole: 'mentor',
        recipientId: mentorId,
      });
    const gap = await nudge('meeting-gap');
    expect(await log('2025-02-20')).toMatchObject({ wakesCourse: true });
    await engine.dataSource.getRepository(Nudge).update({ key: gap.key }, { status: 'resolved', settledAt: new Date() });
    expect(await log('2025-02-21')).toMatchObject({ wakesCourse: false });

    const checkIn = (party: 'mentor' | 'young-person') =>
      service.logCheckIn({ checkInId: randomUUID(), mentorshipId, party, heldOn: '2025-02-21', recordedBy: 'c-1' });
    await nudge('check-in-missed:young-person');
    expect(await checkIn('mentor')).toMatchObject({ wakesCourse: false });
    expect(await checkIn('young-person')).toMatchObject({
      wakesCourse: true,
      contact: { checkIns: { 'young-person': 1, mentor: 1, referrer: 0 } },
    });
  });
});
