import { randomUUID } from 'node:crypto';
import { engineSuite } from './support/engine';

const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/** The per-address limit on sign-in requests, with the deployment's default of 20 (global-setup lifts it for every other file). */
describe('the sign-in request limit', () => {
  let previousLimit: string | undefined;
  beforeAll(() => {
    previousLimit = process.env.MENTORFLOW_SIGN_IN_LIMIT_PER_IP;
    process.env.MENTORFLOW_SIGN_IN_LIMIT_PER_IP = '20';
  });
  afterAll(() => {
    process.env.MENTORFLOW_SIGN_IN_LIMIT_PER_IP = previousLimit;
  });
  const suite = engineSuite();
  const count = async (table: string) => (await suite.engine.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  it('limits sign-in requests per client address: past 20 in a quarter of an hour, 429 with Retry-After, and no link made', async () => {
    const { http, engine } = suite;
    const email = `${unique('nobody')}@example.dk`;
    // Other files' sign-ins from this address count too (their APIs allow far more); the window starts empty here.
    await engine.dataSource.query(`DELETE FROM sign_in_requests WHERE bucket LIKE 'ip:%'`);
    try {
      let refused;
      for (let attempt = 0; attempt < 21 && !refused; attempt += 1) {
        const response = await http.post('/sign-in/email').send({ email });
        if (response.status === 429) refused = response;
        else expect(response.status).toBe(202);
      }
      const tokens = await count('sign_in_tokens');
      expect(refused!.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
      expect(Number(refused!.headers['retry-after'])).toBeGreaterThan(0);
      await http
        .post('/sign-in/email')
        .send({ email: `${unique('other')}@example.dk` })
        .expect(429);
      expect(await count('sign_in_tokens')).toBe(tokens);
    } finally {
      // The count is shared through PostgreSQL by every test of the run, all from this address.
      await engine.dataSource.query(`DELETE FROM sign_in_requests WHERE bucket LIKE 'ip:%'`);
    }
  });

  it("limits a young person's link requests per client address the same way, so tokens cannot be tried in bulk", async () => {
    const { http, engine } = suite;
    const guess = () => http.get('/young-person-links').query({ token: randomUUID().replaceAll('-', '').padEnd(43, 'x') });
    await engine.dataSource.query(`DELETE FROM sign_in_requests WHERE bucket LIKE 'young-person-link:ip:%'`);
    try {
      for (let attempt = 0; attempt < 20; attempt += 1) await guess().expect(404);
      const refused = await guess().expect(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      // Counted apart from sign-in: a young person trying her link does not lock staff out, nor the reverse.
      await http
        .post('/sign-in/email')
        .send({ email: `${unique('staff')}@example.dk` })
        .expect(202);
    } finally {
      await engine.dataSource.query(`DELETE FROM sign_in_requests WHERE bucket LIKE '%ip:%'`);
    }
  });
});
