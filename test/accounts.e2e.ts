import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { loadConfig } from '../libs/config/load-config';
import { ensureDevSubjects } from '../libs/identity/dev-subjects';
import { addressDemoAccounts, DEMO_USERS } from '../scripts/stack/demo-users';
import { freePort } from '../scripts/stack/free-port';
import { runMigrations } from '../scripts/stack/migrate';
import { startNodeChild } from '../scripts/stack/node-child';
import { PostgresProcess } from '../scripts/stack/postgres-process';
import { Engine, startEngine } from './support/engine';
import { Browser, signInByMail, withSession } from './support/sign-in';
import { SmtpSink } from './support/smtp-sink';

const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;
const LAST_OPERATOR = /^refused: you cannot (disable|take the role of) the last active operator who can sign in/;

/**
 * Operators' and program administrators' accounts through the real API, on
 * a database of its own: whether an operator is the last one who can sign
 * in depends on every account there is, which the shared database's other
 * files change. The first operator is made as a deployment makes her, by
 * `./mentorflow account add`, and everything after by the API, signed in.
 */
describe('accounts of operators and program administrators', () => {
  const dataDir = join(tmpdir(), `mentorflow-accounts-${randomUUID()}`);
  let database: PostgresProcess;
  let sink: SmtpSink;
  let engine: Engine;
  let http: ReturnType<typeof request>;
  const saved = { DATABASE_URL: process.env.DATABASE_URL, SMTP_HOST: process.env.SMTP_HOST, SMTP_PORT: process.env.SMTP_PORT };
  /** The first operator, signed in by mail link. */
  let first: { id: string; email: string; browser: Browser };

  beforeAll(async () => {
    database = await PostgresProcess.start(dataDir, await freePort());
    sink = await SmtpSink.start();
    Object.assign(process.env, { DATABASE_URL: database.url, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port) });
    await runMigrations(loadConfig().database);
    const email = `${unique('first.operator')}@kommune.example.dk`;
    // The documented way a deployment gets its first operator: the command line, against the configured database.
    const { match } = await startNodeChild(
      'scripts/account',
      ['add', '--email', email, '--name', 'Ida Operator'],
      process.env,
      /made the operator account (\S+) for/,
    );
    engine = await startEngine();
    http = request(engine.api.getHttpServer());
    first = { id: match[1], email, browser: await signInByMail(http, sink, email) };
  }, 120_000);
  afterAll(async () => {
    await engine?.close();
    await sink?.close();
    await database?.stop();
    Object.assign(process.env, saved);
    rmSync(dataDir, { recursive: true, force: true });
  });

  const auditOf = (accountId: string) =>
    engine.dataSource.query(
      `SELECT actor_id, route, subject_ids FROM audit_log
       WHERE route LIKE 'identity:account-%' AND subject_ids->>'accountId' = $1 ORDER BY id`,
      [accountId],
    );
  const create = (body: object, as: Browser = first.browser) => withSession(http.post('/accounts'), as).send(body);
  const newAccount = async (role: 'operator' | 'program-admin', language = 'da') => {
    const email = `${unique(role)}@kommune.example.dk`;
    const { body } = await create({ email, name: `New ${role}`, role, language }).expect(201);
    return { id: body.id as string, email };
  };
  /** Every other live operator who can sign in disabled, so the first is the last one. */
  const onlyTheFirstOperator = async () => {
    const operators: Array<{ id: string; email: string | null }> = (
      await http.get('/accounts?role=operator').set('Cookie', first.browser.cookie).expect(200)
    ).body;
    for (const operator of operators.filter((account) => account.id !== first.id && account.email))
      await withSession(http.delete(`/accounts/${operator.id}`), first.browser).expect(200);
  };

  it('lets the first operator, made on the command line, sign in and make, list and read accounts, each with its audit row', async () => {
    expect(first.browser.landedOn).toBe('/');
    const email = `${unique('lise.berg')}@aarhus.example.dk`;
    const made = await create({ email, name: 'Lise Berg', role: 'program-admin', language: 'en' }).expect(201);
    expect(made.body).toEqual({
      id: expect.any(String),
      role: 'program-admin',
      name: 'Lise Berg',
      email,
      language: 'en',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      disabledAt: null,
    });
    const listed: Array<{ id: string; role: string }> = (await http.get('/accounts').set('Cookie', first.browser.cookie).expect(200)).body;
    expect(listed.map(({ id, role }) => ({ id, role }))).toEqual(
      expect.arrayContaining([
        { id: first.id, role: 'operator' },
        { id: made.body.id, role: 'program-admin' },
      ]),
    );
    expect((await http.get(`/accounts/${made.body.id}`).set('Cookie', first.browser.cookie).expect(200)).body).toEqual(made.body);

    // She signs in with it at once, in her language.
    const lise = await signInByMail(http, sink, email.toUpperCase());
    expect((await http.get('/session').set('Cookie', lise.cookie).expect(200)).body.principal).toMatchObject({
      id: made.body.id,
      roles: ['program-admin'],
      language: 'en',
    });
    expect(await auditOf(first.id)).toEqual([
      { actor_id: null, route: 'identity:account-created', subject_ids: { accountId: first.id, role: 'operator', via: 'command-line' } },
    ]);
    expect(await auditOf(made.body.id)).toEqual([
      {
        actor_id: first.id,
        route: 'identity:account-created',
        subject_ids: { accountId: made.body.id, role: 'program-admin', via: 'session' },
      },
    ]);
  });

  it('refuses a second live account with an address (409 naming it), an unknown role (400 naming it) and writes nothing', async () => {
    const taken = await newAccount('program-admin');
    const before = (await engine.dataSource.query(`SELECT count(*)::int AS n FROM accounts`))[0].n;
    const twice = await create({ email: taken.email.toUpperCase(), name: 'Twice', role: 'operator' }).expect(409);
    expect(twice.body.message).toBe(`an account with the address ${taken.email.toUpperCase()} exists already`);
    expect(twice.body).toMatchObject({ code: 'account-exists', params: { email: taken.email.toUpperCase() } });
    const unknownRole = await create({ email: `${unique('x')}@example.dk`, name: 'X', role: 'superuser' }).expect(400);
    expect(unknownRole.body.message).toBe(`role: must be one of operator, program-admin; "superuser" is not an account's role`);
    expect(unknownRole.body.problems).toEqual([
      { path: 'role', problem: expect.stringContaining('"superuser"'), code: 'not-in', params: { allowed: ['operator', 'program-admin'] } },
    ]);
    await create({ name: 'No address', role: 'operator' }).expect(400);
    await withSession(http.patch(`/accounts/${taken.id}`), first.browser)
      .send({ role: 'coordinator' })
      .expect(400);
    await withSession(http.patch(`/accounts/${taken.id}`), first.browser)
      .send({ name: null })
      .expect(400);
    const nothing = await withSession(http.patch(`/accounts/${taken.id}`), first.browser)
      .send({})
      .expect(400);
    expect(nothing.body.message).toBe('nothing to change: give a name, a role or a language');
    expect((await engine.dataSource.query(`SELECT count(*)::int AS n FROM accounts`))[0].n).toBe(before);

    // Once that account is disabled, the address may be given an account again.
    await withSession(http.delete(`/accounts/${taken.id}`), first.browser).expect(200);
    await create({ email: taken.email, name: 'Again', role: 'program-admin' }).expect(201);
  });

  it('changes a name, a language and a role, with an audit row naming what changed', async () => {
    const { id } = await newAccount('program-admin');
    const renamed = await withSession(http.patch(`/accounts/${id}`), first.browser)
      .send({ name: 'Renamed', language: 'en' })
      .expect(200);
    expect(renamed.body).toMatchObject({ id, name: 'Renamed', language: 'en', role: 'program-admin' });
    const promoted = await withSession(http.patch(`/accounts/${id}`), first.browser)
      .send({ role: 'operator' })
      .expect(200);
    expect(promoted.body).toMatchObject({ id, name: 'Renamed', role: 'operator' });
    expect((await auditOf(id)).slice(1)).toEqual([
      {
        actor_id: first.id,
        route: 'identity:account-changed',
        subject_ids: { accountId: id, fields: 'language,name', role: 'program-admin' },
      },
      {
        actor_id: first.id,
        route: 'identity:account-changed',
        subject_ids: { accountId: id, fields: 'role', role: 'operator', previousRole: 'program-admin' },
      },
    ]);
  });

  it('disables an account: her sessions and API tokens end at once, and a disabled account cannot be changed', async () => {
    const other = await newAccount('operator');
    const browser = await signInByMail(http, sink, other.email);
    const { secret } = (
      await withSession(http.post('/api-tokens'), browser)
        .send({ name: 'nightly reports', scopes: ['operator'] })
        .expect(201)
    ).body;
    await http.get('/accounts').set('Authorization', `Bearer ${secret}`).expect(200);

    const disabled = await withSession(http.delete(`/accounts/${other.id}`), first.browser).expect(200);
    expect(disabled.body).toMatchObject({ id: other.id, role: 'operator', disabledAt: expect.any(String) });
    await http.get('/session').set('Cookie', browser.cookie).expect(401);
    await http.get('/accounts').set('Authorization', `Bearer ${secret}`).expect(401);
    expect(await engine.dataSource.query(`SELECT 1 FROM sessions WHERE subject_id = $1`, [other.id])).toEqual([]);
    expect(await engine.dataSource.query(`SELECT 1 FROM api_tokens WHERE created_by = $1 AND revoked_at IS NULL`, [other.id])).toEqual([]);

    // Disabling again answers it as it is; changing it is refused; it shows only when asked for.
    expect((await withSession(http.delete(`/accounts/${other.id}`), first.browser).expect(200)).body).toEqual(disabled.body);
    const changed = await withSession(http.patch(`/accounts/${other.id}`), first.browser)
      .send({ name: 'Back' })
      .expect(409);
    expect(changed.body.message).toBe('refused: the account is disabled and can no longer be changed');
    expect(changed.body.code).toBe('account-disabled');
    const ids = async (query: string) =>
      ((await http.get(`/accounts${query}`).set('Cookie', first.browser.cookie).expect(200)).body as Array<{ id: string }>).map(
        (account) => account.id,
      );
    expect(await ids('')).not.toContain(other.id);
    expect(await ids('?includeDisabled=true')).toContain(other.id);
    expect((await auditOf(other.id)).map((row: { route: string }) => row.route)).toEqual([
      'identity:account-created',
      'identity:account-disabled',
    ]);
    // Nor can she sign in again.
    const before = sink.received.length;
    await http.post('/sign-in/email').send({ email: other.email }).expect(202);
    await signInByMail(http, sink, first.email);
    expect(sink.received.slice(before).some((mail) => mail.to.includes(other.email))).toBe(false);
  });

  it('refuses (409) to disable or demote the last operator who can sign in, and lets her step down once there is another', async () => {
    await onlyTheFirstOperator();
    const disable = await withSession(http.delete(`/accounts/${first.id}`), first.browser).expect(409);
    expect(disable.body.message).toMatch(LAST_OPERATOR);
    expect(disable.body).toMatchObject({ code: 'last-operator', params: { action: 'disable' } });
    const demote = await withSession(http.patch(`/accounts/${first.id}`), first.browser)
      .send({ role: 'program-admin' })
      .expect(409);
    expect(demote.body.message).toMatch(LAST_OPERATOR);
    expect(demote.body).toMatchObject({ code: 'last-operator', params: { action: 'demote' } });
    expect((await http.get(`/accounts/${first.id}`).set('Cookie', first.browser.cookie).expect(200)).body).toMatchObject({
      role: 'operator',
      disabledAt: null,
    });

    // With another operator, she may step down: the API tokens she made as an operator go with the role.
    const successor = await newAccount('operator');
    const successorBrowser = await signInByMail(http, sink, successor.email);
    const { secret } = (
      await withSession(http.post('/api-tokens'), first.browser)
        .send({ name: 'exports', scopes: ['operator'] })
        .expect(201)
    ).body;
    await withSession(http.patch(`/accounts/${first.id}`), first.browser)
      .send({ role: 'program-admin' })
      .expect(200);
    await http.get('/api-tokens').set('Authorization', `Bearer ${secret}`).expect(401);
    expect((await http.get('/session').set('Cookie', first.browser.cookie).expect(200)).body.principal.roles).toEqual(['program-admin']);
    // The successor is now the last; she gives the role back, and the first is an operator again for the tests after.
    await withSession(http.patch(`/accounts/${first.id}`), successorBrowser)
      .send({ role: 'operator' })
      .expect(200);
    await withSession(http.delete(`/accounts/${successor.id}`), first.browser).expect(200);
  });

  it("lets a program administrator see and invite program administrators and change her own account, nothing of operators'", async () => {
    const admin = await newAccount('program-admin');
    const colleague = await newAccount('program-admin');
    const browser = await signInByMail(http, sink, admin.email);
    const seen: Array<{ role: string }> = (await http.get('/accounts').set('Cookie', browser.cookie).expect(200)).body;
    expect(new Set(seen.map((account) => account.role))).toEqual(new Set(['program-admin']));
    expect(await http.get('/accounts?role=operator').set('Cookie', browser.cookie).expect(200)).toHaveProperty('body', []);
    await http.get(`/accounts/${first.id}`).set('Cookie', browser.cookie).expect(403);
    await http.get(`/accounts/${colleague.id}`).set('Cookie', browser.cookie).expect(200);

    const invited = `${unique('invited')}@kommune.example.dk`;
    await create({ email: invited, name: 'Invited', role: 'program-admin' }, browser).expect(201);
    const operator = await create({ email: `${unique('op')}@kommune.example.dk`, name: 'No', role: 'operator' }, browser).expect(403);
    expect(operator.body.message).toBe('this needs one of the roles: operator');
    await withSession(http.patch(`/accounts/${colleague.id}`), browser)
      .send({ name: 'Not hers' })
      .expect(403);
    await withSession(http.delete(`/accounts/${colleague.id}`), browser).expect(403);
    await withSession(http.patch(`/accounts/${first.id}`), browser)
      .send({ role: 'program-admin' })
      .expect(403);
    await withSession(http.patch(`/accounts/${admin.id}`), browser)
      .send({ role: 'operator' })
      .expect(403);
    await withSession(http.patch(`/accounts/${admin.id}`), browser)
      .send({ name: 'My own name' })
      .expect(200);
    // Leaving: her own account, disabled by herself, ends the session she did it with.
    await withSession(http.delete(`/accounts/${admin.id}`), browser).expect(200);
    await http.get('/accounts').set('Cookie', browser.cookie).expect(401);
  });

  it('refuses an API token, even an operator’s: accounts are managed by someone signed in as herself', async () => {
    const { secret } = (
      await withSession(http.post('/api-tokens'), first.browser)
        .send({ name: 'automation', scopes: ['operator', 'program-admin'] })
        .expect(201)
    ).body;
    const bearer = { Authorization: `Bearer ${secret}` };
    await http.get('/accounts').set(bearer).expect(200);
    const refused = await http
      .post('/accounts')
      .set(bearer)
      .send({ email: `${unique('bot')}@example.dk`, name: 'Bot', role: 'program-admin' })
      .expect(403);
    expect(refused.body.message).toBe('accounts are managed by someone signed in as herself, not with an API token');
    await http.delete(`/accounts/${first.id}`).set(bearer).expect(403);
  });

  it("gives up's demo operator and program administrator addresses to sign in with by mail, the same on a second run", async () => {
    const { database: config } = loadConfig();
    await ensureDevSubjects(config, [
      ['operator', DEMO_USERS.operator],
      ['program-admin', DEMO_USERS['program-admin']],
    ]);
    const signIns = await addressDemoAccounts(config);
    expect(signIns.map(({ role }) => role)).toEqual(['operator', 'program-admin']);
    expect(await addressDemoAccounts(config)).toEqual(signIns);
    for (const { role, email } of signIns) {
      const browser = await signInByMail(http, sink, email);
      expect((await http.get('/session').set('Cookie', browser.cookie).expect(200)).body.principal).toMatchObject({
        id: DEMO_USERS[role],
        roles: [role],
      });
    }
  });
});
