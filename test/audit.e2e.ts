import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { AuditTrail } from '../apps/api/src/audit/audit-trail';
import { AuditEntry } from '../libs/persistence/entities';
import { engineSuite } from './support/engine';

/** Who read or wrote whose data, when and through which route: one row per request, refusals included, never changed afterwards. */
describe('the audit log, through the real API and PostgreSQL', () => {
  const suite = engineSuite();
  const engine = () => suite.engine;
  const http = () => suite.http;

  const entriesAbout = (id: string) =>
    engine()
      .dataSource.getRepository(AuditEntry)
      .createQueryBuilder('entry')
      .where('entry.subjectIds @> :subject', { subject: { id } })
      .orderBy('entry.id')
      .getMany();

  it('records each read and write of a person, by whom and through which route, and the refused attempts too', async () => {
    const { coordinator } = await engine().program({ preset: 'pift', slug: `audit-${randomUUID().slice(0, 8)}` });
    const coordinatorId = coordinator.id;
    const { id: municipalityId } = (
      await http()
        .post('/municipalities')
        .set(engine().admin())
        .send({ name: `Audit ${randomUUID().slice(0, 8)}` })
        .expect(201)
    ).body;
    const { id } = (
      await http()
        .post('/young-people')
        .set(coordinator)
        .send({ contact: { name: 'Aisha Nour' }, birthDate: '2006-04-17', municipalityId })
        .expect(201)
    ).body;
    await http().get(`/young-people/${id}`).set(coordinator).expect(200);
    await http().patch(`/young-people/${id}`).set(coordinator).send({ needs: 'help with maths' }).expect(200);
    const mentorId = randomUUID();
    await http().get(`/young-people/${id}`).set(engine().auth('mentor', mentorId)).expect(403);

    const entries = await entriesAbout(id);
    expect(entries.map(({ actorId, action, method, route, status }) => ({ actorId, action, method, route, status }))).toEqual([
      { actorId: coordinatorId, action: 'read', method: 'GET', route: '/young-people/:id', status: 200 },
      { actorId: coordinatorId, action: 'write', method: 'PATCH', route: '/young-people/:id', status: 200 },
      { actorId: mentorId, action: 'read', method: 'GET', route: '/young-people/:id', status: 403 },
    ]);
    expect(entries[2].actorRoles).toEqual(['mentor']);
    // The log holds ids and routes, never what was read or written.
    expect(JSON.stringify(entries)).not.toMatch(/Aisha|maths/);
  });

  it('cannot be changed or deleted afterwards', async () => {
    await http().get('/programs').set(engine().auth('coordinator')).expect(200);
    await expect(engine().dataSource.query(`UPDATE audit_log SET status = 200 WHERE status = 403`)).rejects.toThrow(
      'audit_log is append-only: UPDATE refused',
    );
    await expect(engine().dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow('audit_log is append-only: DELETE refused');
    await expect(engine().dataSource.query(`TRUNCATE audit_log`)).rejects.toThrow('audit_log is append-only: TRUNCATE refused');
  });

  const entriesBy = (actorId: string) =>
    engine()
      .dataSource.getRepository(AuditEntry)
      .find({ where: { actorId }, order: { id: 'ASC' } });

  it('keeps the trace of a request whose actor, method or ids would not fit their columns, cut to fit', async () => {
    // Driven directly: the caller a token names can be any string, however the sign-in checks it.
    const longActor = `${randomUUID()}${'x'.repeat(500)}`;
    const odd = {
      path: '/programs/x',
      method: 'M'.repeat(40),
      params: { id: `a\u0000b${'y'.repeat(300)}` },
      user: { id: longActor, roles: ['coordinator'] },
    } as unknown as Request;
    await engine().api.get(AuditTrail).record(odd, 404);
    const [entry] = await entriesBy(longActor.slice(0, 100));
    expect(entry).toMatchObject({ actorId: longActor.slice(0, 100), method: 'M'.repeat(8), route: '/programs/x', status: 404 });
    expect(entry.subjectIds.id).toBe(`a\uFFFDb${'y'.repeat(97)}`);

    // Through the API: a method longer than its column on a path longer than the route's (no route, so no user either), and a NUL in a path
    // parameter.
    const nowhere = `/nowhere-${randomUUID()}/${'x'.repeat(300)}`;
    await http().mkcalendar(nowhere).expect(404);
    const [unrouted] = await engine()
      .dataSource.getRepository(AuditEntry)
      .findBy({ route: nowhere.slice(0, 200) });
    expect(unrouted).toMatchObject({ actorId: null, method: 'MKCALEND', status: 404 });
    const coordinatorId = randomUUID();
    await http().get('/young-people/%00').set(engine().auth('coordinator', coordinatorId)).expect(400);
    expect(
      (await entriesBy(coordinatorId)).map(({ method, route, subjectIds, status }) => ({ method, route, subjectIds, status })),
    ).toEqual([{ method: 'GET', route: '/young-people/:id', subjectIds: { id: '\uFFFD' }, status: 400 }]);
  });

  it('does nothing and answers 503 when the trace cannot be written: no change without its trace', async () => {
    const actorId = randomUUID();
    const coordinator = engine().auth('coordinator', actorId);
    const refusal = `audit_refused_${actorId.replace(/-/g, '')}`;
    // The log refuses this one actor's rows only, so the test files running beside this one keep theirs.
    await engine().dataSource.query(
      `CREATE FUNCTION ${refusal}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the audit log refuses this row'; END $$`,
    );
    await engine().dataSource.query(
      `CREATE TRIGGER ${refusal} BEFORE INSERT ON audit_log FOR EACH ROW WHEN (NEW.actor_id = '${actorId}') EXECUTE FUNCTION ${refusal}()`,
    );
    const name = `Untraced ${randomUUID()}`;
    try {
      const write = await http().post('/municipalities').set(coordinator).send({ name });
      const read = await http().get('/municipalities').set(coordinator);
      for (const response of [write, read]) {
        expect({ status: response.status, body: response.body }).toEqual({
          status: 503,
          body: {
            statusCode: 503,
            error: 'Service Unavailable',
            message: 'the audit log could not be written, so nothing was done; try again shortly',
            code: 'audit-unavailable',
          },
        });
      }
    } finally {
      await engine().dataSource.query(`DROP TRIGGER ${refusal} ON audit_log`);
      await engine().dataSource.query(`DROP FUNCTION ${refusal}()`);
    }
    expect(await engine().dataSource.query(`SELECT id FROM municipalities WHERE name = $1`, [name])).toEqual([]);
    expect(await entriesBy(actorId)).toEqual([]);
  });
});
