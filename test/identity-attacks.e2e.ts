import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { issueToken } from '../libs/auth/tokens';
import { sha256Hex } from '../libs/identity/secrets';
import { mailedEngineSuite } from './support/engine';
import { mailedLink, signInByMail, tokenOf, useLink, withSession } from './support/sign-in';

const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;
const CSRF_REFUSED = 'refused: a write signed in by cookie needs the X-CSRF-Token header from GET /session, sent from this site';

/** Each way in that must stay shut: the right 4xx, and nothing written. */
describe('attacks on sign-in', () => {
  const suite = mailedEngineSuite();
  const count = async (table: string, where = 'true', params: unknown[] = []) =>
    (await suite.engine.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0].n as number;

  /** The program and municipality a program administrator sets up once; each coordinator below coordinates the program. */
  let place: Promise<{ programId: string; municipalityId: string }> | undefined;
  const placeOnce = () =>
    (place ??= (async () => {
      const { http, engine } = suite;
      const { id: programId } = (
        await http
          .post('/programs')
          .set(engine.admin())
          .send({ preset: 'pift', slug: unique('attacks') })
          .expect(201)
      ).body;
      const { id: municipalityId } = (
        await http
          .post('/municipalities')
          .set(engine.admin())
          .send({ name: unique('Aarhus') })
          .expect(201)
      ).body;
      return { programId, municipalityId };
    })());

  async function coordinator(): Promise<{ id: string; email: string }> {
    const email = `${unique('kim')}@aarhus.example.dk`;
    const { programId } = await placeOnce();
    const { id } = (
      await suite.http
        .post('/coordinators')
        .set(suite.engine.admin())
        .send({ contact: { name: 'Kim Holm', email }, programIds: [programId] })
        .expect(201)
    ).body;
    return { id, email };
  }

  /** A write a coordinator may make: registering a referrer in a municipality. */
  const referrer = async (name: string) => ({ contact: { name }, kind: 'caseworker', municipalityId: (await placeOnce()).municipalityId });

  it('answers an unknown address exactly as a known one, and mails nobody', async () => {
    const { http } = suite;
    const known = await coordinator();
    const tokensBefore = await count('sign_in_tokens');
    const stranger = `${unique('nobody')}@example.dk`;
    const unknownAnswer = await http.post('/sign-in/email').send({ email: stranger }).expect(202);
    // The known address's mail, asked for after, shows the background work of both is done.
    const knownAnswer = await http.post('/sign-in/email').send({ email: known.email }).expect(202);
    await suite.sink.waitFor((mail) => mail.to.includes(known.email));
    expect(unknownAnswer.body).toEqual(knownAnswer.body);
    expect(unknownAnswer.body).toEqual({
      message: 'if the address belongs to someone who may sign in, a sign-in link is on its way to it',
    });
    expect(suite.sink.received.some((mail) => mail.to.includes(stranger))).toBe(false);
    expect(await count('sign_in_tokens')).toBe(tokensBefore + 1);
    expect(await count('audit_log', `route = 'identity:sign-in-failed' AND subject_ids->>'emailSha256' = $1`, [sha256Hex(stranger)])).toBe(
      1,
    );
    expect(await count('audit_log', `subject_ids::text LIKE $1`, [`%${stranger}%`])).toBe(0);
  });

  it('refuses a used link, an expired link and a link of someone archived since, and starts no session', async () => {
    const { http, engine } = suite;
    const kim = await coordinator();
    const used = await mailedLink(http, suite.sink, kim.email);
    expect((await useLink(http, used.link)).status).toBe(303);
    const sessions = await count('sessions', 'subject_id = $1', [kim.id]);
    await http.get(used.link).expect(401);
    const again = await http
      .post('/sign-in/verify')
      .send({ token: tokenOf(used.link) })
      .expect(401);
    expect(again.body.message).toBe(
      'this sign-in link cannot be used: it was used already, it expired or it never existed; ask for a new one',
    );

    const expired = await mailedLink(http, suite.sink, kim.email);
    const token = new URL(expired.link, 'http://x').searchParams.get('token')!;
    await engine.dataSource.query(`UPDATE sign_in_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [
      sha256Hex(token),
    ]);
    await http.get(expired.link).expect(401);
    await http.post('/sign-in/verify').send({ token }).expect(401);

    const beforeArchive = await mailedLink(http, suite.sink, kim.email);
    await http.delete(`/coordinators/${kim.id}`).set(engine.admin()).expect(200);
    await http.get(beforeArchive.link).expect(401);
    await http
      .post('/sign-in/verify')
      .send({ token: tokenOf(beforeArchive.link) })
      .expect(401);
    expect(await count('sessions', 'subject_id = $1', [kim.id])).toBe(0);
    expect(sessions).toBe(1);
  });

  it('refuses a forged cookie and a cookie replayed after sign-out', async () => {
    const { http } = suite;
    await http.get('/programs').set('Cookie', `mentorflow_session=${randomUUID()}`).expect(401);
    const browser = await signInByMail(http, suite.sink, (await coordinator()).email);
    await withSession(http.post('/sign-out'), browser).expect(204);
    await http.get('/programs').set('Cookie', browser.cookie).expect(401);
    await withSession(http.post('/referrers'), browser)
      .send(await referrer(unique('Replay')))
      .expect(401);
  });

  it('refuses a write with the cookie but without the CSRF proof, with a wrong one, or from another site', async () => {
    const { http } = suite;
    const browser = await signInByMail(http, suite.sink, (await coordinator()).email);
    const name = unique('Forged');
    const body = await referrer(name);
    const attempts = [
      http.post('/referrers').set('Cookie', browser.cookie),
      http.post('/referrers').set('Cookie', browser.cookie).set('X-CSRF-Token', 'a'.repeat(43)),
      withSession(http.post('/referrers'), browser).set('Origin', 'https://evil.example'),
      withSession(http.post('/referrers'), browser).set('Sec-Fetch-Site', 'cross-site'),
      withSession(http.post('/referrers'), browser).set('Origin', 'null'),
      withSession(http.post('/referrers'), browser).set('Origin', 'null').set('Sec-Fetch-Site', 'cross-site'),
    ];
    for (const attempt of attempts) {
      expect((await attempt.send(body).expect(403)).body).toEqual({
        statusCode: 403,
        error: 'Forbidden',
        message: CSRF_REFUSED,
        code: 'csrf-token-missing',
      });
    }
    expect(await count('referrers', 'name = $1', [name])).toBe(0);
    await withSession(http.post('/referrers'), browser).set('Origin', 'http://localhost:3000').send(body).expect(201);
    // A browser's form post under Referrer-Policy: no-referrer names no origin ("null"); the page's own site says it is this one.
    await withSession(http.post('/referrers'), browser)
      .set('Origin', 'null')
      .set('Sec-Fetch-Site', 'same-origin')
      .send(await referrer(unique('Form post')))
      .expect(201);
  });

  it('refuses development tokens without an expiry, living longer than 12 hours, or naming nobody', async () => {
    const { http, engine } = suite;
    const secret = process.env.MENTORFLOW_JWT_SECRET!;
    const jwt = new JwtService({ secret });
    const coordinatorId = (await coordinator()).id;
    const name = unique('Token');
    const body = await referrer(name);
    for (const token of [
      jwt.sign({ sub: coordinatorId, roles: ['coordinator'] }),
      jwt.sign({ sub: coordinatorId, roles: ['coordinator'] }, { expiresIn: '13h' }),
      issueToken(secret, { id: randomUUID(), roles: ['coordinator'] }),
      issueToken(secret, { id: coordinatorId, roles: ['operator'] }),
    ]) {
      await http.post('/referrers').set('Authorization', `Bearer ${token}`).send(body).expect(401);
    }
    expect(await count('referrers', 'name = $1', [name])).toBe(0);
    await http.post('/referrers').set(engine.auth('coordinator', coordinatorId)).send(body).expect(201);
  });

  it('refuses an API token once it is revoked; its creation, use and revocation are audited', async () => {
    const { http, engine } = suite;
    const operatorId = randomUUID();
    const operator = engine.auth('operator', operatorId);
    const created = await http
      .post('/api-tokens')
      .set(operator)
      .send({ name: 'nightly export', scopes: ['operator'], expiresInDays: 30 })
      .expect(201);
    const { secret, token } = created.body;
    expect(secret).toMatch(/^mf_[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({ name: 'nightly export', scopes: ['operator'], createdBy: operatorId, revokedAt: null });
    expect(token).not.toHaveProperty('secretHash');
    expect(await count('api_tokens', 'secret_hash = $1', [sha256Hex(secret)])).toBe(1);

    const machine = { Authorization: `Bearer ${secret}` };
    const listed = (await http.get('/api-tokens').set(machine).expect(200)).body.find((row: { id: string }) => row.id === token.id);
    expect(listed.lastUsedAt).not.toBeNull();
    await http.get('/api-tokens').set(machine).expect(200);
    await http
      .post('/api-tokens')
      .set(machine)
      .send({ name: 'a token from a token', scopes: ['operator'] })
      .expect(403);

    await http.delete(`/api-tokens/${token.id}`).set(operator).expect(200);
    await http.get('/api-tokens').set(machine).expect(401);
    const events = await engine.dataSource.query(
      `SELECT route FROM audit_log WHERE method = 'EVENT' AND subject_ids->>'tokenId' = $1 ORDER BY id`,
      [token.id],
    );
    expect(events.map((event: { route: string }) => event.route)).toEqual([
      'identity:api-token-created',
      'identity:api-token-used',
      'identity:api-token-revoked',
    ]);
  });
});
