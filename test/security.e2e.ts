import request from 'supertest';
import { Engine, startEngine } from './support/engine';

/** What every answer carries for the browser and proxies, and how the API holds back one client that asks too much. */
describe('security headers and rate limiting, through the real API', () => {
  const LIMIT = 20;
  let engine: Engine;
  let http: ReturnType<typeof request>;
  let previousLimit: string | undefined;

  beforeAll(async () => {
    previousLimit = process.env.MENTORFLOW_RATE_LIMIT_PER_MINUTE;
    process.env.MENTORFLOW_RATE_LIMIT_PER_MINUTE = String(LIMIT);
    engine = await startEngine();
    http = request(engine.api.getHttpServer());
  });
  afterAll(async () => {
    process.env.MENTORFLOW_RATE_LIMIT_PER_MINUTE = previousLimit;
    await engine.close();
  });

  it('sends security headers with every answer, errors included, and does not say what it runs on', async () => {
    for (const response of [
      await http.get('/programs').set(engine.auth('coordinator')),
      await http.get('/programs'),
      await http.get('/nowhere'),
    ]) {
      expect(response.headers).toMatchObject({
        'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'strict-transport-security': 'max-age=31536000; includeSubDomains',
        'cache-control': 'no-store',
      });
      expect(response.headers).not.toHaveProperty('x-powered-by');
    }
    // The OpenAPI page may run its own scripts, from this origin only.
    expect((await http.get('/docs/').redirects(1)).headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('answers 429 with Retry-After once a client passes the limit in a minute, and keeps health checks open', async () => {
    const statuses: number[] = [];
    let refused: request.Response | undefined;
    for (let attempt = 0; attempt < LIMIT + 5; attempt += 1) {
      const response = await http.get('/programs').set(engine.auth('coordinator'));
      statuses.push(response.status);
      if (response.status === 429) refused ??= response;
    }
    // The first test's requests count too: the window is the minute, not the test.
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(5);
    expect(statuses.filter((status) => status !== 429).every((status) => status === 200)).toBe(true);
    expect(refused!.body.message).toMatch(/^more than 20 requests in a minute; try again in \d+ s$/);
    expect(Number(refused!.headers['retry-after'])).toBeGreaterThan(0);
    await http.get('/health/live').expect(200);
  });
});
