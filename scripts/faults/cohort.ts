import { randomUUID } from 'node:crypto';
import { FAST_START_POLICY } from '../stack/fast-start-policy';
import { MATCH_AGREEMENT } from '../stack/match-agreement';
import { Answer, CarefulClient } from './careful-client';

/** The records a cohort asks the engine to keep, by kind; each has an id the API acknowledged. */
export const RECORD_KINDS = ['young-person', 'referral', 'meeting', 'measurement'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface CohortOptions {
  courses: number;
  meetingsPerCourse: number;
  /** Send every write a second time with the same Idempotency-Key, as a client does that never saw the first answer. */
  sendTwice: boolean;
}

type CourseStep = { path: string; body: object; done?: (state: CourseState) => boolean };
interface CourseState {
  phase: string;
  exitConversations: string[];
}

const TODAY = () => new Date().toISOString().slice(0, 10);
const START_MEASUREMENTS = [
  { instrument: 'who5', answers: [4, 4, 3, 4, 4] },
  { instrument: 'self-efficacy', answers: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3] },
  { instrument: 'status', status: 'education' },
];

/**
 * Young people referred, matched and met through the real API, as a
 * program's coordinator would drive them: each course gets its consent,
 * intake, match and agreement, then meetings and the first measurements,
 * then is closed early with its closing measurements and exit conversations.
 * Every acknowledged record is remembered, so a check afterwards can say what
 * was lost or doubled.
 */
export class Cohort {
  readonly acknowledged = new Map<RecordKind, Set<string>>(RECORD_KINDS.map((kind) => [kind, new Set<string>()]));
  readonly courseIds: string[] = [];
  /** Records asked for, acknowledged or not. */
  attempted = 0;
  /** Meetings and measurements acknowledged per course: the course workflow must count the same. */
  readonly perCourse = new Map<string, { meetings: number; measurements: number }>();
  private operationsDone = 0;

  private constructor(
    /** The program's coordinator, who drives every course. */
    readonly client: CarefulClient,
    private readonly options: CohortOptions,
    readonly municipalityId: string,
    private readonly programId: string,
    private readonly referrerId: string,
    private readonly mentorId: string,
  ) {}

  /**
   * A program whose policy lets a course start at once, a municipality and a
   * coordinator (made by the program administrator), a referrer and an
   * approved mentor with room for every course (made by the coordinator).
   */
  static async prepare(
    admin: CarefulClient,
    asCoordinator: (coordinatorId: string) => CarefulClient,
    options: CohortOptions,
  ): Promise<Cohort> {
    const suffix = randomUUID().slice(0, 8);
    const policy = { ...FAST_START_POLICY, mentors: { ...FAST_START_POLICY.mentors, capacity: Math.max(options.courses, 1) } };
    const made = async (by: CarefulClient, path: string, body: object) => (await expectOk(by, 'POST', path, body)).body.id as string;
    const programId = await made(admin, '/programs', { slug: `faults-${suffix}`, name: `Faults ${suffix}`, policy });
    const municipalityId = await made(admin, '/municipalities', { name: `Faults ${suffix}` });
    const client = asCoordinator(await made(admin, '/coordinators', { contact: { name: 'Coordinator' }, programIds: [programId] }));
    const created = (path: string, body: object) => made(client, path, body);
    const referrerId = await created('/referrers', { contact: { name: 'Referrer' }, kind: 'caseworker', municipalityId });
    const mentorId = await created('/mentors', { contact: { name: 'Mentor' }, programId, municipalityId });
    for (const step of ['application', 'path/begin-screening', 'path/approve'])
      await expectOk(client, 'POST', `/mentors/${mentorId}/${step}`, {});
    return new Cohort(client, options, municipalityId, programId, referrerId, mentorId);
  }

  /** Each course up to an agreed, active match. */
  async openCourses(): Promise<void> {
    for (let index = 0; index < this.options.courses; index += 1) {
      const youngPersonId = await this.create('young-person', '/young-people', {
        contact: { name: 'Young person' },
        birthDate: '2004-01-01',
        municipalityId: this.municipalityId,
      });
      const id = await this.create('referral', '/referrals', { programId: this.programId, referrerId: this.referrerId, youngPersonId });
      const steps: CourseStep[] = [
        { path: 'consent', body: {} },
        { path: 'intake/complete', body: {} },
        { path: 'proposals', body: { mentorId: this.mentorId } },
        { path: 'proposals/answer', body: { party: 'young-person', answer: 'accept' } },
        { path: 'proposals/answer', body: { party: 'mentor', answer: 'accept' } },
        {
          path: 'agreement',
          body: MATCH_AGREEMENT,
        },
      ];
      for (const step of steps) await this.command(id, step);
      this.courseIds.push(id);
      this.perCourse.set(id, { meetings: 0, measurements: 0 });
    }
  }

  /** Meetings and measurements (the operations a fault strikes), then the closure; `afterEach` sees the share of operations done. */
  async runCourses(afterEach: (progress: number) => void): Promise<void> {
    const total = this.courseIds.length * (this.options.meetingsPerCourse + START_MEASUREMENTS.length);
    await Promise.all(
      this.courseIds.map(async (id) => {
        for (let index = 0; index < this.options.meetingsPerCourse; index += 1) {
          await this.record(id, 'meeting', { heldOn: TODAY(), minutes: 45, placeKind: 'cafe' });
          afterEach(++this.operationsDone / total);
          const measurement = START_MEASUREMENTS[index];
          if (measurement) {
            await this.record(id, 'measurement', { ...measurement, duePoint: '0d', measuredOn: TODAY() });
            afterEach(++this.operationsDone / total);
          }
        }
        for (const measurement of START_MEASUREMENTS.slice(this.options.meetingsPerCourse)) {
          await this.record(id, 'measurement', { ...measurement, duePoint: '0d', measuredOn: TODAY() });
          afterEach(++this.operationsDone / total);
        }
        await this.close(id);
      }),
    );
  }

  private async close(id: string): Promise<void> {
    await this.command(id, {
      path: 'close',
      body: { kind: 'early', reason: 'moved', outcome: 'none' },
      done: (state) => state.phase === 'closing' || state.phase === 'closed',
    });
    for (const measurement of START_MEASUREMENTS) {
      await this.record(id, 'measurement', { ...measurement, duePoint: 'close', measuredOn: TODAY() });
    }
    for (const party of ['young-person', 'mentor']) {
      await this.command(id, {
        path: 'exit-conversations',
        body: { party, held: true },
        done: (state) => state.exitConversations.includes(party),
      });
    }
  }

  /** A create whose id the server chooses: only the Idempotency-Key makes a retry safe. */
  private async create(kind: RecordKind, path: string, body: object): Promise<string> {
    this.attempted += 1;
    const answer = await this.write(path, body);
    this.acknowledged.get(kind)!.add(answer.body.id);
    return answer.body.id;
  }

  /** A meeting or measurement of a course; its id is the client's, so a retry is the same record. */
  private async record(courseId: string, kind: 'meeting' | 'measurement', body: object): Promise<void> {
    const id = randomUUID();
    this.attempted += 1;
    await this.write(`/mentorships/${courseId}/${kind}s`, { id, ...body });
    this.acknowledged.get(kind)!.add(id);
    this.perCourse.get(courseId)![kind === 'meeting' ? 'meetings' : 'measurements'] += 1;
  }

  /**
   * A phase command. A retry after a lost answer finds the phase moved on and
   * is refused (409); the course's state tells whether that was our own first attempt.
   */
  private async command(id: string, step: CourseStep): Promise<void> {
    const answer = await this.write(`/mentorships/${id}/${step.path}`, step.body, [409]);
    if (answer.status !== 409) return;
    const state = (await expectOk(this.client, 'GET', `/mentorships/${id}`)).body as CourseState;
    if (!step.done?.(state)) throw new Error(`POST /mentorships/${id}/${step.path} was refused: ${answer.body.message}`);
  }

  private async write(path: string, body: object, alsoAccept: number[] = []): Promise<Answer> {
    const key = `faults-${randomUUID()}`;
    const answer = await expectOk(this.client, 'POST', path, body, key, alsoAccept);
    if (this.options.sendTwice) {
      const again = await this.client.send('POST', path, body, key);
      if (again.status !== answer.status || JSON.stringify(again.body?.id) !== JSON.stringify(answer.body?.id)) {
        throw new Error(`POST ${path} sent again with its Idempotency-Key answered ${again.status} (first: ${answer.status})`);
      }
    }
    return answer;
  }
}

async function expectOk(
  client: CarefulClient,
  method: 'GET' | 'POST',
  path: string,
  body?: object,
  key?: string,
  alsoAccept: number[] = [],
): Promise<Answer> {
  const answer = await client.send(method, path, body, key);
  if (answer.status >= 300 && !alsoAccept.includes(answer.status))
    throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer;
}
