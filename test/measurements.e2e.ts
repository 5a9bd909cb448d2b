import { BadRequestException, ConflictException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { WHO5_BANDS } from '../libs/domain/policy/presets/standards';
import { MeasurementsService } from '../libs/measurements/measurements.service';
import type { SubmitMeasurementDto } from '../libs/measurements/submit-measurement.dto';
import { Measurement, Nudge } from '../libs/persistence/entities';
import { Engine, startEngine } from './support/engine';
import { MentorshipFixture, mentorshipFactory } from './support/mentorships';

describe('measurements in PostgreSQL', () => {
  let engine: Engine;
  let service: MeasurementsService;
  let newMentorship: () => Promise<MentorshipFixture>;
  const rowCount = (mentorshipId: string) => engine.dataSource.getRepository(Measurement).countBy({ mentorshipId });
  const who5 = (duePoint: string, measuredOn: string, answers: number[]): SubmitMeasurementDto => ({
    id: randomUUID(),
    instrument: 'who5',
    duePoint,
    measuredOn,
    answers,
  });

  beforeAll(async () => {
    engine = await startEngine();
    service = new MeasurementsService(engine.dataSource.getRepository(Measurement));
    const factory = await mentorshipFactory(engine);
    newMentorship = () => factory('2025-01-06');
  });
  afterAll(() => engine.close());

  it('stores each instrument with its score, and a status with its status', async () => {
    const { mentorshipId } = await newMentorship();
    const wellBeing = await service.record(mentorshipId, who5('0d', '2025-01-06', [2, 2, 3, 2, 2]), 'mentor-1', 'mentor');
    expect(wellBeing).toMatchObject({
      mentorshipId,
      instrument: 'who5',
      duePoint: '0d',
      answers: [2, 2, 3, 2, 2],
      score: 44,
      status: null,
      measuredOn: '2025-01-06',
      submittedBy: 'mentor-1',
      enteredBy: 'mentor',
    });
    const selfEfficacy = await service.record(
      mentorshipId,
      { id: randomUUID(), instrument: 'self-efficacy', duePoint: '0d', measuredOn: '2025-01-06', answers: [3, 2, 4, 3, 3, 2, 1, 4, 3, 2] },
      'mentor-1',
      'mentor',
    );
    expect(selfEfficacy).toMatchObject({ score: 27, status: null });
    const status = await service.record(
      mentorshipId,
      { id: randomUUID(), instrument: 'status', duePoint: 'close', measuredOn: '2025-07-01', status: 'education' },
      'coordinator-1',
      'coordinator',
    );
    expect(status).toMatchObject({ answers: [], score: null, status: 'education', enteredBy: 'coordinator' });

    expect((await service.list(mentorshipId)).map((row) => `${row.instrument}@${row.duePoint}`)).toEqual([
      'who5@0d',
      'self-efficacy@0d',
      'status@close',
    ]);
  });

  it('answers a retry with the row already stored, unchanged, writing one row', async () => {
    const { mentorshipId } = await newMentorship();
    const first = await service.record(mentorshipId, who5('0d', '2025-01-06', [2, 2, 3, 2, 2]), 'mentor-1', 'mentor');
    const retry = await service.record(
      mentorshipId,
      { ...who5('0d', '2025-01-07', [5, 5, 5, 5, 5]), id: first.id },
      'someone-else',
      'coordinator',
    );
    expect(retry).toEqual(first);
    expect(await rowCount(mentorshipId)).toBe(1);
  });

  it('refuses a second measurement at the same due point with a 409 naming it', async () => {
    const { mentorshipId } = await newMentorship();
    await service.record(mentorshipId, who5('P3M', '2025-04-06', [3, 3, 3, 3, 3]), 'mentor-1', 'mentor');
    const second = service.record(mentorshipId, who5('P3M', '2025-04-07', [4, 4, 4, 4, 4]), 'mentor-1', 'mentor');
    await expect(second).rejects.toThrow(new ConflictException('refused: who5 at P3M was already submitted'));
    expect(await rowCount(mentorshipId)).toBe(1);
  });

  it('refuses an id already used for another mentorship’s measurement', async () => {
    const [one, other] = await Promise.all([newMentorship(), newMentorship()]);
    const stored = await service.record(one.mentorshipId, who5('0d', '2025-01-06', [2, 2, 3, 2, 2]), 'mentor-1', 'mentor');
    await expect(
      service.record(other.mentorshipId, { ...who5('0d', '2025-01-06', [2, 2, 3, 2, 2]), id: stored.id }, 'mentor-2', 'mentor'),
    ).rejects.toThrow(
      new ConflictException(`refused: measurement ${stored.id} was already submitted for another mentorship, instrument or due point`),
    );
    expect(await rowCount(other.mentorshipId)).toBe(0);
  });

  it('refuses with a 400 naming answers when they do not fit the instrument, writing nothing', async () => {
    const { mentorshipId } = await newMentorship();
    const refusal = await service
      .record(mentorshipId, who5('0d', '2025-01-06', [2, 2, 3, 2]), 'mentor-1', 'mentor')
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(BadRequestException);
    expect((refusal as BadRequestException).getResponse()).toEqual({
      message: 'answers: WHO-5 needs exactly 5 answers, each an integer from 0 to 5; got 4',
      code: 'invalid-input',
      problems: [
        {
          path: 'answers',
          problem: 'WHO-5 needs exactly 5 answers, each an integer from 0 to 5; got 4',
          code: 'wrong-answer-count',
          params: { instrument: 'WHO-5', items: 5, min: 0, max: 5, got: 4 },
        },
      ],
    });
    const noStatus = service.record(
      mentorshipId,
      { id: randomUUID(), instrument: 'status', duePoint: '0d', measuredOn: '2025-01-06', answers: [1] },
      'mentor-1',
      'mentor',
    );
    await expect(noStatus).rejects.toThrow(BadRequestException);
    expect(await rowCount(mentorshipId)).toBe(0);
  });

  describe('assess', () => {
    it('flags a WHO-5 with its band and its change since the WHO-5 measured before it, never its score', async () => {
      const { mentorshipId } = await newMentorship();
      // Submitted out of order: the change compares by the day measured, not the day submitted.
      const atSixMonths = await service.record(mentorshipId, who5('P6M', '2025-07-06', [3, 3, 3, 3, 3]), 'mentor-1', 'mentor'); // 60
      const atStart = await service.record(mentorshipId, who5('0d', '2025-01-06', [1, 1, 2, 1, 2]), 'mentor-1', 'mentor'); // 28
      const atThreeMonths = await service.record(mentorshipId, who5('P3M', '2025-04-06', [3, 3, 3, 2, 2]), 'mentor-1', 'mentor'); // 52

      expect(await service.assess(atStart.id, WHO5_BANDS)).toEqual({ instrument: 'who5', duePoint: '0d', band: 'likely-depression' });
      expect(await service.assess(atThreeMonths.id, WHO5_BANDS)).toEqual({
        instrument: 'who5',
        duePoint: 'P3M',
        band: 'good',
        change: 'improved',
      });
      expect(await service.assess(atSixMonths.id, WHO5_BANDS)).toEqual({
        instrument: 'who5',
        duePoint: 'P6M',
        band: 'good',
        change: 'unchanged',
      });
    });

    it('flags a fall of at least the meaningful change as worsened', async () => {
      const { mentorshipId } = await newMentorship();
      await service.record(mentorshipId, who5('0d', '2025-01-06', [3, 3, 3, 3, 3]), 'mentor-1', 'mentor'); // 60
      const after = await service.record(mentorshipId, who5('P3M', '2025-04-06', [2, 2, 3, 3, 2]), 'mentor-1', 'mentor'); // 48
      expect(await service.assess(after.id, WHO5_BANDS)).toEqual({ instrument: 'who5', duePoint: 'P3M', band: 'poor', change: 'worsened' });
    });

    it('gives only the instrument and due point for other instruments', async () => {
      const { mentorshipId } = await newMentorship();
      const status = await service.record(
        mentorshipId,
        { id: randomUUID(), instrument: 'status', duePoint: '0d', measuredOn: '2025-01-06', status: 'neither' },
        'mentor-1',
        'mentor',
      );
      expect(await service.assess(status.id, WHO5_BANDS)).toEqual({ instrument: 'status', duePoint: '0d' });
    });
  });

  it('says which of some nudges were raised, and whether each still chases its thing', async () => {
    const { mentorshipId, mentorId } = await newMentorship();
    const key = (deadline: string) => `mentorship-${mentorshipId}/${deadline}`;
    const nudge = (deadline: string, settledAt: Date | null = null) =>
      engine.dataSource.getRepository(Nudge).save({
        key: key(deadline),
        kind: deadline.slice(0, deadline.indexOf(':')),
        programSlug: 'pift',
        subjectWorkflowId: `mentorship-${mentorshipId}`,
        subjectId: mentorshipId,
        status: settledAt ? 'resolved' : 'open',
        settledAt,
        recipientRole: 'mentor',
        recipientId: mentorId,
      });
    await nudge('measurement-due:who5@P3M');
    await nudge('measurement-overdue:who5@0d', new Date());
    const asked = ['measurement-due:who5@P3M', 'measurement-overdue:who5@0d', 'measurement-overdue:who5@P3M'].map(key);
    expect(await service.nudgesRaised(asked)).toEqual(
      new Map([
        [key('measurement-due:who5@P3M'), true],
        [key('measurement-overdue:who5@0d'), false],
      ]),
    );
  });
});
