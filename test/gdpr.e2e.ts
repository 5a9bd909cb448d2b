import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Client } from '@temporalio/client';
import { retentionScheduleId } from '../apps/worker/src/engine-schedules.service';
import { IdempotentRequest, Mentorship, YoungPerson } from '../libs/persistence/entities';
import { CoordinatorAuth, Engine, startEngine } from './support/engine';

/** A young person's rights of access and erasure, through the real API, worker, Temporal and PostgreSQL. */
describe('GDPR export and erasure of a young person', () => {
  let engine: Engine;
  let http: ReturnType<typeof request>;
  /** Coordinates every program the tests make. */
  let coordinatorOfAll: CoordinatorAuth;
  const coordinator = () => coordinatorOfAll;
  const post = async (path: string, body: object, status = 201) =>
    (await http.post(path).set(coordinator()).send(body).expect(status)).body;

  let previousRetention: string | undefined;

  beforeAll(async () => {
    previousRetention = process.env.MENTORFLOW_RETAIN_CLOSED_FOR;
    process.env.MENTORFLOW_RETAIN_CLOSED_FOR = '1d';
    engine = await startEngine();
    http = request(engine.api.getHttpServer());
    coordinatorOfAll = await engine.coordinatorOf([]);
  });
  afterAll(async () => {
    if (previousRetention === undefined) delete process.env.MENTORFLOW_RETAIN_CLOSED_FOR;
    else process.env.MENTORFLOW_RETAIN_CLOSED_FOR = previousRetention;
    await engine.close();
  });

  /** A young person with one course, taken as far as `to` says. */
  async function personWithCourse(
    programId: string,
    municipalityId: string,
    referrerId: string,
    to: 'running' | 'closed',
  ): Promise<{ id: string; courseId: string }> {
    const { id } = await post('/young-people', { contact: { name: 'Sara Holm' }, birthDate: '2005-09-09', municipalityId });
    const { id: courseId } = (
      await http
        .post('/referrals')
        .set(coordinator())
        .set('Idempotency-Key', `referral-${randomUUID()}`)
        .send({ programId, referrerId, youngPersonId: id })
        .expect(201)
    ).body;
    if (to === 'closed') {
      await post(`/mentorships/${courseId}/consent`, {}, 200);
      await post(`/mentorships/${courseId}/close`, { kind: 'early', reason: 'moved', outcome: 'none' }, 200);
      await post(`/mentorships/${courseId}/exit-conversations`, { party: 'young-person', held: true }, 200);
    }
    return { id, courseId };
  }

  it('exports all about her, refuses to erase while her course runs, then erases what identifies her and keeps the counts', async () => {
    const { id: programId } = await engine.program({ preset: 'pift', slug: `gdpr-${randomUUID().slice(0, 8)}` }, coordinatorOfAll);
    const { id: municipalityId } = (
      await http
        .post('/municipalities')
        .set(engine.admin())
        .send({ name: `Odense ${randomUUID().slice(0, 8)}` })
        .expect(201)
    ).body;
    const { id: referrerId } = await post('/referrers', {
      contact: { name: 'Lene Dahl' },
      kind: 'youth-guidance-counsellor',
      municipalityId,
    });
    const { id } = await post('/young-people', {
      contact: { name: 'Aisha Nour', email: 'aisha@example.dk' },
      birthDate: '2006-04-17',
      municipalityId,
      needs: 'wants a job in a kitchen',
    });
    const { id: courseId } = (
      await http
        .post('/referrals')
        .set(coordinator())
        .set('Idempotency-Key', `referral-${randomUUID()}`)
        .send({ programId, referrerId, youngPersonId: id })
        .expect(201)
    ).body;

    const exported = (await http.get(`/young-people/${id}/export`).set(coordinator()).expect(200)).body;
    expect(exported.youngPerson).toMatchObject({
      id,
      contact: { name: 'Aisha Nour', email: 'aisha@example.dk' },
      needs: 'wants a job in a kitchen',
    });
    expect(exported.referrals.map((r: { id: string }) => r.id)).toEqual([courseId]);
    expect(exported.mentorships).toEqual([expect.objectContaining({ id: courseId, phase: 'awaiting-consent' })]);
    await http.get(`/young-people/${id}/export`).set(engine.auth('mentor', randomUUID())).expect(403);

    const refused = await http.post(`/young-people/${id}/erasure`).set(coordinator()).expect(409);
    expect(refused.body.message).toBe(`refused: course ${courseId} is awaiting-consent; close it before erasing her data`);

    await post(`/mentorships/${courseId}/consent`, {}, 200);
    await post(`/mentorships/${courseId}/close`, { kind: 'early', reason: 'withdrawn', outcome: 'none' }, 200);
    const closed = await post(`/mentorships/${courseId}/exit-conversations`, { party: 'young-person', held: false }, 200);
    expect(closed.phase).toBe('closed');
    const erasure = (await http.post(`/young-people/${id}/erasure`).set(coordinator()).expect(200)).body;
    expect(erasure).toMatchObject({ youngPersonId: id, courses: 1 });

    const person = await engine.dataSource.getRepository(YoungPerson).findOneOrFail({ where: { id }, withDeleted: true });
    expect(person).toMatchObject({ contact: { name: '[erased]', email: null, phone: null }, birthDate: '2006-01-01', needs: '' });
    expect(person.archivedAt).not.toBeNull();
    // The course still counts in reports, by ids and codes.
    expect(await engine.dataSource.getRepository(Mentorship).findOneByOrFail({ id: courseId })).toMatchObject({
      phase: 'closed',
      outcome: 'none',
      closureReason: 'withdrawn',
    });
    const after = (await http.get(`/young-people/${id}/export`).set(coordinator()).expect(200)).body;
    expect(JSON.stringify(after.youngPerson)).not.toMatch(/Aisha|aisha@|kitchen/);
    // Who touched her data, and her course's: the exports (a mentor's refused), the refused and the done erasure, the course's commands,
    // and this export itself, its trace written before it read (its status comes with its answer).
    expect(after.accessLog.map((e: { route: string; status: number | null }) => `${e.route} ${e.status}`)).toEqual([
      '/young-people/:id/export 200',
      '/young-people/:id/export 403',
      '/young-people/:id/erasure 409',
      '/mentorships/:id/consent 200',
      '/mentorships/:id/close 200',
      '/mentorships/:id/exit-conversations 200',
      '/young-people/:id/erasure 200',
      '/young-people/:id/export null',
    ]);
    await http.post(`/young-people/${randomUUID()}/erasure`).set(coordinator()).expect(404);
  });

  it('erases, in the daily retention sweep, those whose courses ended longer ago than the retention time, and no one else', async () => {
    const { id: programId } = await engine.program({ preset: 'pift', slug: `retention-${randomUUID().slice(0, 8)}` }, coordinatorOfAll);
    const { id: municipalityId } = (
      await http
        .post('/municipalities')
        .set(engine.admin())
        .send({ name: `Vejle ${randomUUID().slice(0, 8)}` })
        .expect(201)
    ).body;
    const { id: referrerId } = await post('/referrers', {
      contact: { name: 'Lene Dahl' },
      kind: 'youth-guidance-counsellor',
      municipalityId,
    });
    const longAgo = await personWithCourse(programId, municipalityId, referrerId, 'closed');
    const recently = await personWithCourse(programId, municipalityId, referrerId, 'closed');
    const running = await personWithCourse(programId, municipalityId, referrerId, 'running');
    // Her course ended two days ago; the retention time here is one day.
    await engine.dataSource.query(`UPDATE mentorships SET closed_at = now() - interval '2 days' WHERE id = $1`, [longAgo.courseId]);

    const answers = engine.dataSource.getRepository(IdempotentRequest);
    const storedAnswer = (key: string, expiresIn: string) =>
      engine.dataSource.query(
        `INSERT INTO idempotent_requests
           (user_id, key, method, url, body_sha256, state, holder, locked_until, response_status, response_body, expires_at)
         VALUES ('retention-test', $1, 'POST', '/young-people', repeat('0', 64), 'completed', gen_random_uuid(), now(), 201, '{}',
                 now() + CAST($2 AS interval))`,
        [key, expiresIn],
      );
    await storedAnswer('expired-answer', '-1 minute');
    await storedAnswer('current-answer', '1 hour');

    await engine.api.get(Client).schedule.getHandle(retentionScheduleId(process.env.TEMPORAL_TASK_QUEUE!)).trigger();
    const people = engine.dataSource.getRepository(YoungPerson);
    const deadline = Date.now() + 20_000;
    const swept = async () =>
      (await people.findOneOrFail({ where: { id: longAgo.id }, withDeleted: true })).contact.name === '[erased]' &&
      !(await answers.existsBy({ key: 'expired-answer' }));
    while (!(await swept()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));

    expect((await people.findOneOrFail({ where: { id: longAgo.id }, withDeleted: true })).contact.name).toBe('[erased]');
    for (const kept of [recently, running])
      expect((await people.findOneOrFail({ where: { id: kept.id }, withDeleted: true })).contact.name).toBe('Sara Holm');
    // Stored Idempotency-Key answers past their time go in the same sweep (they may hold personal data).
    const keys = (await answers.findBy({ userId: 'retention-test' })).map((row) => row.key);
    expect(keys).toEqual(['current-answer']);
  });
});
