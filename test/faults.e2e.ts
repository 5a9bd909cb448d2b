import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createApi } from '../apps/api/src/create-api';
import { issueToken } from '../libs/auth/tokens';
import { piftPreset } from '../libs/domain/policy/presets/pift';
import { createLogger } from '../libs/logging/logger';
import { Meeting } from '../libs/persistence/entities';
import { DataSource } from 'typeorm';
import { WorkerProcess } from './support/worker-process';

interface FaultRow {
  fault: string;
  attempted: number;
  acknowledged: number;
  found: number;
  lost: number;
  doubled: number;
}

/**
 * Faults on the real stack, in CI's short version: workers run as processes
 * of their own and are killed the hard way (SIGKILL) while a cohort's meetings
 * are being logged through the API, and requests are retried with the same
 * ids. Afterwards every course must hold exactly the meetings the API
 * acknowledged: none lost, none doubled, in Postgres and in the workflow.
 */
describe('faults: nothing acknowledged is lost or doubled', () => {
  const taskQueue = `faults-${randomUUID()}`;
  let api: NestExpressApplication;
  let http: ReturnType<typeof request>;
  const workers: WorkerProcess[] = [];
  const table: FaultRow[] = [];
  const auth = () => ({ Authorization: `Bearer ${issueToken(process.env.MENTORFLOW_JWT_SECRET!, { id: randomUUID(), roles: ['coordinator'] })}` });
  let programId: string;
  let municipalityId: string;
  let referrerId: string;
  const today = new Date().toISOString().slice(0, 10);

  const startWorker = async () => {
    const worker = await WorkerProcess.start({ TEMPORAL_TASK_QUEUE: taskQueue });
    workers.push(worker);
    return worker;
  };
  const post = async (path: string, body: object, status = 200) => (await http.post(path).set(auth()).send(body).expect(status)).body;

  beforeAll(async () => {
    process.env.TEMPORAL_TASK_QUEUE = taskQueue;
    api = await createApi(createLogger('test', 'warn'));
    await api.init();
    http = request(api.getHttpServer());
    const policy = {
      ...piftPreset.policy,
      ageRange: { min: 18, max: 30 },
      screening: { ...piftPreset.policy.screening, steps: [], childOffenceCertificateForMenteesUnder: 18 },
      course: { ...piftPreset.policy.course, required: false },
      mentors: { ...piftPreset.policy.mentors, capacity: 20 },
    };
    await startWorker();
    ({ id: programId } = await post('/programs', { slug: `faults-${randomUUID().slice(0, 8)}`, name: 'Faults', policy }, 201));
    ({ id: municipalityId } = await post('/municipalities', { name: `Faults ${randomUUID().slice(0, 8)}` }, 201));
    ({ id: referrerId } = await post('/referrers', { contact: { name: 'Referrer' }, kind: 'caseworker', municipalityId }, 201));
  }, 120_000);
  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.kill()));
    await api?.close();
    console.log(['fault | attempted | acknowledged | found | lost | doubled', ...table.map((r) => `${r.fault} | ${r.attempted} | ${r.acknowledged} | ${r.found} | ${r.lost} | ${r.doubled}`)].join('\n'));
  });

  async function activeCourses(count: number): Promise<Array<{ id: string; mentorId: string }>> {
    const { id: mentorId } = await post('/mentors', { contact: { name: 'Mentor' }, programId, municipalityId }, 201);
    for (const step of ['application', 'path/begin-screening', 'path/approve']) await post(`/mentors/${mentorId}/${step}`, {});
    const courses: Array<{ id: string; mentorId: string }> = [];
    for (let index = 0; index < count; index += 1) {
      const { id: youngPersonId } = await post('/young-people', { contact: { name: 'Young' }, birthDate: '2004-01-01', municipalityId }, 201);
      const { id } = (await http.post('/referrals').set(auth()).set('Idempotency-Key', `referral-${randomUUID()}`).send({ programId, referrerId, youngPersonId }).expect(201)).body;
      for (const [path, body] of [['consent', {}], ['intake/complete', {}], ['proposals', { mentorId }], ['proposals/answer', { party: 'young-person', answer: 'accept' }], ['proposals/answer', { party: 'mentor', answer: 'accept' }]] as const) {
        await post(`/mentorships/${id}/${path}`, body);
      }
      await post(`/mentorships/${id}/agreement`, { meetingsPerPeriod: 4, period: 'month', minutesPerMeeting: 60, goals: 'A job', mentorRole: 'Listen', youngPersonRole: 'Come', programCheckIns: 'monthly' });
      courses.push({ id, mentorId });
    }
    return courses;
  }

  /** Logs one meeting, retrying with the same id while the engine is away (503, a timeout), as a careful client does. */
  async function logMeeting(courseId: string, meetingId: string, sendTwice: boolean): Promise<boolean> {
    for (let attempt = 0; attempt < 40; attempt += 1) {
      const send = () => http.post(`/mentorships/${courseId}/meetings`).set(auth()).send({ id: meetingId, heldOn: today, minutes: 45, placeKind: 'cafe' });
      const response = await send().catch(() => undefined);
      if (response?.status === 200) {
        if (sendTwice) await send();
        return true;
      }
      if (response && response.status < 500) return false;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return false;
  }

  async function run(fault: string, courses: Array<{ id: string }>, perCourse: number, during: (progress: number) => Promise<void>, sendTwice = false): Promise<FaultRow> {
    const acknowledged = new Map<string, string[]>(courses.map((course) => [course.id, []]));
    let done = 0;
    let attempted = 0;
    const total = courses.length * perCourse;
    await Promise.all(
      courses.map(async (course) => {
        for (let index = 0; index < perCourse; index += 1) {
          const meetingId = randomUUID();
          attempted += 1;
          if (await logMeeting(course.id, meetingId, sendTwice)) acknowledged.get(course.id)!.push(meetingId);
          done += 1;
          await during(done / total);
        }
      }),
    );
    const meetings = api.get(DataSource).getRepository(Meeting);
    let found = 0;
    let lost = 0;
    let doubled = 0;
    for (const course of courses) {
      const ids = acknowledged.get(course.id)!;
      const rows = await meetings.findBy({ mentorshipId: course.id });
      const state = (await http.get(`/mentorships/${course.id}`).set(auth()).expect(200)).body;
      found += rows.length;
      lost += ids.filter((id) => !rows.some((row) => row.id === id)).length;
      doubled += Math.max(0, rows.length - ids.length) + Math.max(0, state.meetings.count - ids.length);
    }
    const row = { fault, attempted, acknowledged: [...acknowledged.values()].flat().length, found, lost, doubled };
    table.push(row);
    return row;
  }

  it('a worker killed with SIGKILL mid-cohort, and a new one started', async () => {
    const courses = await activeCourses(4);
    let killed = false;
    const row = await run('worker killed mid-cohort', courses, 6, async (progress) => {
      if (killed || progress < 0.3) return;
      killed = true;
      await workers.shift()!.kill();
      await startWorker();
    });
    expect(killed).toBe(true);
    expect(row).toMatchObject({ lost: 0, doubled: 0, attempted: 24, acknowledged: 24, found: 24 });
  }, 240_000);

  it('two workers on one task queue, one killed with SIGKILL: the other carries every course', async () => {
    await startWorker();
    const courses = await activeCourses(4);
    let killed = false;
    const row = await run('two workers, one killed', courses, 6, async (progress) => {
      if (killed || progress < 0.3) return;
      killed = true;
      await workers.shift()!.kill();
    });
    expect(row).toMatchObject({ lost: 0, doubled: 0, attempted: 24, acknowledged: 24, found: 24 });
  }, 240_000);

  it('every request sent twice with the same ids', async () => {
    const courses = await activeCourses(3);
    const row = await run('retried requests (same ids)', courses, 5, async () => undefined, true);
    expect(row).toMatchObject({ lost: 0, doubled: 0, attempted: 15, acknowledged: 15, found: 15 });
  }, 240_000);
});
