import { ConflictException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { MeetingsService } from '../libs/meetings/meetings.service';
import { Meeting } from '../libs/persistence/entities';
import { Engine, startEngine } from './support/engine';
import { MentorshipFixture, mentorshipFactory } from './support/mentorships';

const MATCH_STARTED_ON = '2025-01-06';

describe('the meeting log in PostgreSQL', () => {
  let engine: Engine;
  let service: MeetingsService;
  let newMentorship: () => Promise<MentorshipFixture>;
  // The API stores meetings before the course counts them (MentorshipsController.logMeeting); here rows are written directly.
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

  it('lists meetings in the order held and sums the minutes from a day on, that day included', async () => {
    const mentorship = await newMentorship();
    await insert(mentorship, '2025-02-10', 60);
    await insert(mentorship, '2025-01-20', 45);
    await insert(mentorship, '2025-02-01', 30);
    expect((await service.list(mentorship.mentorshipId)).map((row) => row.heldOn)).toEqual(['2025-01-20', '2025-02-01', '2025-02-10']);
    expect(await service.minutesSince(mentorship.mentorshipId, '2025-02-01')).toBe(90);
    expect(await service.minutesSince(mentorship.mentorshipId, '2025-02-11')).toBe(0);
  });

  it('refuses a meeting id already logged for another mentorship, and allows a retry for the same one', async () => {
    const [one, other] = await Promise.all([newMentorship(), newMentorship()]);
    const stored = await insert(one, '2025-01-10', 90);
    await expect(service.assertNotLoggedElsewhere(stored.id, one.mentorshipId)).resolves.toBeUndefined();
    await expect(service.assertNotLoggedElsewhere(stored.id, other.mentorshipId)).rejects.toThrow(
      new ConflictException(`refused: meeting ${stored.id} was already logged for another mentorship`),
    );
    await expect(service.assertNotLoggedElsewhere(randomUUID(), other.mentorshipId)).resolves.toBeUndefined();
  });
});
