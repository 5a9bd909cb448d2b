import { randomUUID } from 'node:crypto';
import { requestFingerprint } from '../apps/api/src/idempotency/request-fingerprint';
import { AuditEntry, IdempotentRequest, MentorPathEvent, YoungPerson } from '../libs/persistence/entities';
import { engineSuite } from './support/engine';

/** Idempotency-Key on every write route, through the real API, worker, Temporal and PostgreSQL. */
describe('Idempotency-Key on write routes', () => {
  const suite = engineSuite();
  const engine = () => suite.engine;
  const http = () => suite.http;
  let coordinatorId: string;
  const coordinator = () => engine().auth('coordinator', coordinatorId);
  const newKey = () => `key-${randomUUID()}`;
  const requests = () => engine().dataSource.getRepository(IdempotentRequest);
  let programId: string;

  beforeAll(async () => {
    ({
      id: programId,
      coordinator: { id: coordinatorId },
    } = await engine().program({ preset: 'pift', slug: `idem-${randomUUID().slice(0, 8)}` }));
  });

  /** A municipality of its own, so a test counts only the young people it made. */
  async function newMunicipality(): Promise<string> {
    return (
      await http()
        .post('/municipalities')
        .set(engine().admin())
        .send({ name: `Idem ${randomUUID().slice(0, 8)}` })
        .expect(201)
    ).body.id;
  }
  const youngPerson = (municipalityId: string) => ({
    contact: { name: 'Aisha Nour', email: 'aisha@example.dk' },
    birthDate: '2006-04-17',
    municipalityId,
  });
  const peopleIn = (municipalityId: string) => engine().dataSource.getRepository(YoungPerson).countBy({ municipalityId });
  const createPerson = (key: string, body: object, auth = coordinator()) =>
    http().post('/young-people').set(auth).set('Idempotency-Key', key).send(body);

  async function appliedMentor(): Promise<string> {
    const { id } = (
      await http()
        .post('/mentors')
        .set(coordinator())
        .send({ contact: { name: 'Maria Berg' }, programId, municipalityId: await newMunicipality() })
        .expect(201)
    ).body;
    await http().post(`/mentors/${id}/application`).set(coordinator()).expect(200);
    return id;
  }

  it('answers a retried create with the first answer, replayed, and makes one record; both are audited', async () => {
    const municipalityId = await newMunicipality();
    const key = newKey();
    const { id: userId } = await engine().coordinatorOf(programId);
    const first = await createPerson(key, youngPerson(municipalityId), engine().auth('coordinator', userId)).expect(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const retry = await createPerson(key, youngPerson(municipalityId), engine().auth('coordinator', userId)).expect(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(await peopleIn(municipalityId)).toBe(1);

    const row = await requests().findOneByOrFail({ userId, key });
    expect(row).toMatchObject({ state: 'completed', method: 'POST', url: '/young-people', responseStatus: 201, responseBody: first.body });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(24 * 60 * 60 * 1000); // idempotency.keepFor's default, P1D
    const audited = await engine().dataSource.getRepository(AuditEntry).findBy({ actorId: userId });
    expect(audited.map(({ method, route, status }) => `${method} ${route} ${status}`)).toEqual([
      'POST /young-people 201',
      'POST /young-people 201',
    ]);
  });

  it('replays a workflow command without sending it again', async () => {
    const mentorId = await appliedMentor();
    const key = newKey();
    const first = await http().post(`/mentors/${mentorId}/path/begin-screening`).set(coordinator()).set('Idempotency-Key', key).expect(200);
    expect(first.body.phase).toBe('screening');
    const replayed = await http()
      .post(`/mentors/${mentorId}/path/begin-screening`)
      .set(coordinator())
      .set('Idempotency-Key', key)
      .expect(200);
    expect(replayed.body).toEqual(first.body);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    // Sent again for real, the path refuses it: the replay did not reach the workflow.
    await http().post(`/mentors/${mentorId}/path/begin-screening`).set(coordinator()).expect(409);
    expect(await engine().dataSource.getRepository(MentorPathEvent).countBy({ mentorId })).toBe(2); // applied, screening begun
  });

  it('joins the first command when its answer was lost: the same key gets the same success, not a refusal of its own change', async () => {
    const mentorId = await appliedMentor();
    const key = newKey();
    const begin = () => http().post(`/mentors/${mentorId}/path/begin-screening`).set(coordinator()).set('Idempotency-Key', key);
    const first = await begin().expect(200);
    // The answer never reached the client (a 503 keeps no answer): the retry runs the route again.
    await requests().delete({ userId: coordinatorId, key });
    const retry = await begin().expect(200);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    expect(retry.body).toEqual(first.body);
    expect(await engine().dataSource.getRepository(MentorPathEvent).countBy({ mentorId })).toBe(2); // applied, screening begun once
  });

  it('refuses a key sent with another request (422), naming the request it was first used for', async () => {
    const municipalityId = await newMunicipality();
    const key = newKey();
    await createPerson(key, youngPerson(municipalityId)).expect(201);
    const otherBody = await createPerson(key, { ...youngPerson(municipalityId), needs: 'a job' }).expect(422);
    expect(otherBody.body.message).toBe('Idempotency-Key was first used for POST /young-people; a key names one request');
    const mentorId = await appliedMentor();
    const otherRoute = await http().post(`/mentors/${mentorId}/path/pause`).set(coordinator()).set('Idempotency-Key', key).expect(422);
    expect(otherRoute.body.message).toBe('Idempotency-Key was first used for POST /young-people; a key names one request');
    expect(await peopleIn(municipalityId)).toBe(1);
  });

  it('keeps each user’s keys apart', async () => {
    const municipalityId = await newMunicipality();
    const key = newKey();
    const mine = await createPerson(key, youngPerson(municipalityId)).expect(201);
    const theirs = await createPerson(key, youngPerson(municipalityId), await engine().coordinatorOf(programId)).expect(201);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    expect(theirs.body.id).not.toBe(mine.body.id);
    expect(await peopleIn(municipalityId)).toBe(2);
  });

  it('runs one of five simultaneous first uses; the others wait (409, Retry-After) or get its answer', async () => {
    const municipalityId = await newMunicipality();
    const key = newKey();
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => createPerson(key, youngPerson(municipalityId))));
    expect(answers.every(({ status }) => status === 201 || status === 409)).toBe(true);
    const created = answers.filter(({ status }) => status === 201);
    expect(created.filter(({ headers }) => headers['idempotent-replayed'] === undefined)).toHaveLength(1);
    expect(new Set(created.map(({ body }) => body.id)).size).toBe(1);
    for (const waiting of answers.filter(({ status }) => status === 409)) {
      expect(Number(waiting.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(waiting.body.message).toMatch(/^the first request with this Idempotency-Key is still being handled; try again in \d+ s$/);
    }
    expect(await peopleIn(municipalityId)).toBe(1);
  });

  it('keeps no error answer: a command refused before its time succeeds with the same key once it fits', async () => {
    const mentorId = await appliedMentor();
    const key = newKey();
    const approve = () => http().post(`/mentors/${mentorId}/path/approve`).set(coordinator()).set('Idempotency-Key', key);
    const early = await approve().expect(409);
    expect(early.body.message).toBe('refused: the mentor is applied; this needs awaiting-approval');
    expect(await requests().countBy({ userId: coordinatorId, key })).toBe(0);

    await http().post(`/mentors/${mentorId}/path/begin-screening`).set(coordinator()).expect(200);
    for (const step of ['interview', 'references', 'criminal-record-check', 'child-offence-certificate']) {
      await http().post(`/mentors/${mentorId}/path/screening-steps`).set(coordinator()).send({ step, result: 'passed' }).expect(200);
    }
    await http().post(`/mentors/${mentorId}/path/course/enrol`).set(coordinator()).expect(200);
    await http().post(`/mentors/${mentorId}/path/course/complete`).set(coordinator()).expect(200);
    const approved = await approve().expect(200);
    expect(approved.headers['idempotent-replayed']).toBeUndefined();
    expect(approved.body.phase).toBe('available');
  });

  it('forgets an expired key: the same request runs again', async () => {
    const municipalityId = await newMunicipality();
    const key = newKey();
    const first = await createPerson(key, youngPerson(municipalityId)).expect(201);
    await requests().update({ userId: coordinatorId, key }, { expiresAt: new Date(Date.now() - 1000) });
    const again = await createPerson(key, youngPerson(municipalityId)).expect(201);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    expect(again.body.id).not.toBe(first.body.id);
    expect(await peopleIn(municipalityId)).toBe(2);
  });

  describe('a first attempt still in progress', () => {
    /** The row an API process leaves behind when it took the key and then stopped answering. */
    async function heldKey(body: object, lockedForSeconds: number): Promise<string> {
      const key = newKey();
      await requests().insert({
        userId: coordinatorId,
        key,
        ...requestFingerprint('POST', '/young-people', body),
        state: 'in-progress',
        holder: randomUUID(),
        lockedUntil: () => `now() + interval '${lockedForSeconds} seconds'`,
        expiresAt: () => `now() + interval '1 day'`,
      });
      return key;
    }

    it('makes a retry wait while its lease runs (409 with Retry-After)', async () => {
      const municipalityId = await newMunicipality();
      const key = await heldKey(youngPerson(municipalityId), 30);
      const waiting = await createPerson(key, youngPerson(municipalityId)).expect(409);
      expect(Number(waiting.headers['retry-after'])).toBeGreaterThan(25);
      expect(Number(waiting.headers['retry-after'])).toBeLessThanOrEqual(30);
      expect(await peopleIn(municipalityId)).toBe(0);
    });

    it('is taken over by a retry once its lease ran out (its process died), which then runs', async () => {
      const municipalityId = await newMunicipality();
      const key = await heldKey(youngPerson(municipalityId), -5);
      const taken = await createPerson(key, youngPerson(municipalityId)).expect(201);
      expect(taken.headers['idempotent-replayed']).toBeUndefined();
      expect(await peopleIn(municipalityId)).toBe(1);
      expect(await requests().findOneByOrFail({ userId: coordinatorId, key })).toMatchObject({
        state: 'completed',
        responseStatus: 201,
        responseBody: taken.body,
      });
    });
  });

  it('ignores the header on reads, and refuses a malformed one on writes (400)', async () => {
    const municipalityId = await newMunicipality();
    await http().get(`/municipalities/${municipalityId}`).set(coordinator()).set('Idempotency-Key', 'bad key').expect(200);
    const refused = await http()
      .patch(`/municipalities/${municipalityId}`)
      .set(coordinator())
      .set('Idempotency-Key', 'short')
      .send({ name: 'Other' })
      .expect(400);
    expect(refused.body.problems).toEqual([
      { path: 'Idempotency-Key', problem: 'must be 8 to 100 printable ASCII characters without spaces', code: 'idempotency-key-malformed' },
    ]);
  });

  it('forgets stored answers about a young person when her data is erased', async () => {
    const municipalityId = await newMunicipality();
    const [herKey, otherKey] = [newKey(), newKey()];
    const { id } = (await createPerson(herKey, youngPerson(municipalityId)).expect(201)).body;
    await createPerson(otherKey, youngPerson(municipalityId)).expect(201);
    await http().post(`/young-people/${id}/erasure`).set(coordinator()).expect(200);
    expect(await requests().countBy({ userId: coordinatorId, key: herKey })).toBe(0);
    expect(await requests().countBy({ userId: coordinatorId, key: otherKey })).toBe(1);
  });

  it('documents the optional header on every write operation', async () => {
    const { paths, components } = (await http().get('/docs/openapi.json').expect(200)).body;
    expect(components.parameters.IdempotencyKey).toMatchObject({ name: 'Idempotency-Key', in: 'header', required: false });
    const reference = { $ref: '#/components/parameters/IdempotencyKey' };
    expect(paths['/young-people'].post.parameters).toContainEqual(reference);
    expect(paths['/young-people/{id}'].patch.parameters).toContainEqual(reference);
    expect(paths['/young-people/{id}'].get.parameters).not.toContainEqual(reference);
  });
});
