import { randomUUID } from 'node:crypto';
import { AuditEntry } from '../libs/persistence/entities';
import { engineSuite } from './support/engine';

/** Who read or wrote whose data, when and through which route: one row per request, refusals included, never changed afterwards. */
describe('the audit log, through the real API and PostgreSQL', () => {
  const suite = engineSuite();
  const engine = () => suite.engine;
  const http = () => suite.http;

  const entriesAbout = (id: string) =>
    engine().dataSource.getRepository(AuditEntry).createQueryBuilder('entry').where('entry.subjectIds @> :subject', { subject: { id } }).orderBy('entry.id').getMany();

  it('records each read and write of a person, by whom and through which route, and the refused attempts too', async () => {
    const { coordinator } = await engine().program({ preset: 'pift', slug: `audit-${randomUUID().slice(0, 8)}` });
    const coordinatorId = coordinator.id;
    const { id: municipalityId } = (await http().post('/municipalities').set(engine().admin()).send({ name: `Audit ${randomUUID().slice(0, 8)}` }).expect(201)).body;
    const { id } = (await http().post('/young-people').set(coordinator).send({ contact: { name: 'Aisha Nour' }, birthDate: '2006-04-17', municipalityId }).expect(201)).body;
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
    await expect(engine().dataSource.query(`UPDATE audit_log SET status = 200 WHERE status = 403`)).rejects.toThrow('audit_log is append-only: UPDATE refused');
    await expect(engine().dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow('audit_log is append-only: DELETE refused');
    await expect(engine().dataSource.query(`TRUNCATE audit_log`)).rejects.toThrow('audit_log is append-only: TRUNCATE refused');
  });
});
