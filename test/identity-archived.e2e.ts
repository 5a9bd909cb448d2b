import { randomUUID } from 'node:crypto';
import { mailedEngineSuite } from './support/engine';
import { signInByMail } from './support/sign-in';

/** The defect "an archived mentor keeps full access until her token expires": archiving ends every way in at once. */
describe('an archived mentor', () => {
  const suite = mailedEngineSuite();
  const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

  it('loses access at once: her still-valid token and her open session are refused after she is archived', async () => {
    const { http, engine } = suite;
    const { id: programId, coordinator } = await engine.program({ preset: 'pift', slug: unique('archived') });
    const email = `${unique('maria')}@example.dk`;
    const { id: mentorId } = (
      await http
        .post('/mentors')
        .set(coordinator)
        .send({ contact: { name: 'Maria Berg', email }, programId })
        .expect(201)
    ).body;
    const mentor = engine.auth('mentor', mentorId);
    const browser = await signInByMail(http, suite.sink, email);
    await http.get('/nudges').set(mentor).expect(200);
    await http.get('/nudges').set('Cookie', browser.cookie).expect(200);

    await http.delete(`/mentors/${mentorId}`).set(coordinator).expect(200);

    await http.get('/nudges').set(mentor).expect(401);
    await http.get('/nudges').set('Cookie', browser.cookie).expect(401);
    expect(await engine.dataSource.query(`SELECT id FROM sessions WHERE subject_id = $1`, [mentorId])).toEqual([]);
    // Nor can she sign in again.
    const before = suite.sink.received.length;
    await http.post('/sign-in/email').send({ email }).expect(202);
    const other = await signInByMail(http, suite.sink, (await coordinatorWithEmail()).email);
    expect(other.cookie).toBeDefined();
    expect(suite.sink.received.slice(before).some((mail) => mail.to.includes(email))).toBe(false);
  });

  it('ends the API tokens an operator made once her account is archived', async () => {
    const { http, engine } = suite;
    const operatorId = randomUUID();
    const { secret } = (
      await http
        .post('/api-tokens')
        .set(engine.auth('operator', operatorId))
        .send({ name: 'reports', scopes: ['operator'] })
        .expect(201)
    ).body;
    await http.get('/api-tokens').set('Authorization', `Bearer ${secret}`).expect(200);

    await engine.dataSource.query(`UPDATE accounts SET archived_at = now() WHERE id = $1`, [operatorId]);

    await http.get('/api-tokens').set('Authorization', `Bearer ${secret}`).expect(401);
    const [token] = await engine.dataSource.query(`SELECT revoked_at FROM api_tokens WHERE created_by = $1`, [operatorId]);
    expect(token.revoked_at).not.toBeNull();
  });

  async function coordinatorWithEmail(): Promise<{ email: string }> {
    const email = `${unique('kim')}@example.dk`;
    await suite.http
      .post('/coordinators')
      .set(suite.engine.admin())
      .send({ contact: { name: 'Kim', email } })
      .expect(201);
    return { email };
  }
});
