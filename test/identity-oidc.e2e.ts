import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadConfig } from '../libs/config/load-config';
import { dataSourceOptions } from '../libs/persistence/data-source-options';
import { Coordinator } from '../libs/persistence/entities';
import { ApiProcess } from '../scripts/stack/api-process';
import { freePort } from '../scripts/stack/free-port';
import { Browser, formAction } from './support/browser';
import { Engine, startEngine } from './support/engine';
import { OidcProviderProcess } from './support/oidc-provider-process';

/**
 * Sign-in with the municipality's identity provider: a real oidc-provider in
 * one child process, the real API in another (openid-client is ESM-only,
 * which jest cannot load), and a browser made of fetch and a cookie jar.
 * A program administrator sets the program up through an engine in this
 * process, whose worker serves the API process's task queue too.
 */
describe('sign-in with an OpenID Connect provider', () => {
  let provider: OidcProviderProcess;
  let api: ApiProcess;
  let dataSource: DataSource;
  let engine: Engine;
  const client = { clientId: 'mentorflow-test', clientSecret: randomUUID() + randomUUID(), redirectUri: '' };
  const count = async (table: string) => (await dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(loadConfig().database)).initialize();
    engine = await startEngine();
    const [apiPort, providerPort] = [await freePort(), await freePort()];
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    client.redirectUri = `${apiUrl}/sign-in/oidc/callback`;
    provider = await OidcProviderProcess.start(providerPort, client);
    api = await ApiProcess.start(
      {
        MENTORFLOW_PUBLIC_URL: apiUrl,
        MENTORFLOW_OIDC_ISSUER: provider.issuer,
        MENTORFLOW_OIDC_CLIENT_ID: client.clientId,
        MENTORFLOW_OIDC_CLIENT_SECRET: client.clientSecret,
        MENTORFLOW_OIDC_REQUIRE_EMAIL_VERIFIED: 'true',
        TEMPORAL_TASK_QUEUE: process.env.TEMPORAL_TASK_QUEUE,
      },
      apiPort,
    );
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
    await provider?.stop();
    await engine?.close();
    await dataSource?.destroy();
  });

  /** Through the provider's login and consent forms, back to the API's callback; answers the callback's response. */
  async function signInAt(browser: Browser, login: string, next: string): Promise<Response> {
    const start = await browser.get(`${api.url}/sign-in/oidc?next=${encodeURIComponent(next)}`);
    expect(start.status).toBe(303);
    const authorize = new URL(start.headers.get('location')!);
    expect(authorize.origin).toBe(provider.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();

    let step = await browser.follow(authorize.href, api.url);
    const forms: Array<Record<string, string>> = [{ prompt: 'login', login, password: 'any' }, { prompt: 'consent' }];
    for (const fields of forms) {
      if (new URL(step.url).origin === api.url) break;
      const posted = await browser.postForm(formAction(await step.response.text(), step.url), fields);
      step = await browser.follow(new URL(posted.headers.get('location')!, step.url).href, api.url);
    }
    expect(step.url.startsWith(`${api.url}/sign-in/oidc/callback?`)).toBe(true);
    return browser.get(step.url);
  }

  it('signs in the person whose address the provider vouches for, with PKCE; her session reads and writes', async () => {
    const email = `kim-${randomUUID().slice(0, 8)}@aarhus.example.dk`;
    const { id: programId } = await engine.program({ preset: 'pift', slug: `oidc-${randomUUID().slice(0, 8)}` });
    const admin = request(engine.api.getHttpServer());
    const { id: municipalityId } = (
      await admin
        .post('/municipalities')
        .set(engine.admin())
        .send({ name: `Viborg-${randomUUID().slice(0, 8)}` })
        .expect(201)
    ).body;
    const kim = await dataSource.getRepository(Coordinator).save({
      contact: { name: 'Kim Holm', email, phone: null, language: 'da' },
      municipalityId: null,
      programIds: [programId],
      notificationMode: 'immediate',
    });
    const browser = new Browser();

    const landed = await signInAt(browser, email, '/municipalities');
    expect(landed.status).toBe(303);
    expect(landed.headers.get('location')).toBe('/municipalities');
    const cookie = `mentorflow_session=${browser.cookie(api.url, 'mentorflow_session')}`;

    const session = (await (await fetch(`${api.url}/session`, { headers: { cookie } })).json()) as {
      principal: unknown;
      csrfToken: string;
    };
    expect(session.principal).toMatchObject({ id: kim.id, roles: ['coordinator'], coordinatorId: kim.id, via: 'session' });
    expect((await fetch(`${api.url}/municipalities`, { headers: { cookie } })).status).toBe(200);
    // A write a coordinator of the program may make: registering a referrer in a municipality.
    const written = await fetch(`${api.url}/referrers`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': session.csrfToken, origin: api.url, 'content-type': 'application/json' },
      body: JSON.stringify({ contact: { name: 'Lene Dahl' }, kind: 'caseworker', municipalityId }),
    });
    expect(written.status).toBe(201);
    const [signIn] = await dataSource.query(`SELECT subject_ids FROM audit_log WHERE actor_id = $1 AND route = 'identity:sign-in'`, [
      kim.id,
    ]);
    expect(signIn.subject_ids).toEqual({ method: 'oidc' });
  });

  it('refuses an address no live person has, creating nothing', async () => {
    const sessions = await count('sessions');
    const coordinators = await count('coordinators');
    const refused = await signInAt(new Browser(), `nobody-${randomUUID().slice(0, 8)}@example.dk`, '/');
    expect(refused.status).toBe(401);
    expect(await refused.text()).toContain('Du kunne ikke logges ind');
    expect(await count('sessions')).toBe(sessions);
    expect(await count('coordinators')).toBe(coordinators);
  });

  it('refuses a callback that did not start in this browser (no state cookie)', async () => {
    const sessions = await count('sessions');
    const forged = await new Browser().get(`${api.url}/sign-in/oidc/callback?code=stolen&state=guessed`);
    expect(forged.status).toBe(401);
    expect(await count('sessions')).toBe(sessions);
  });
});
