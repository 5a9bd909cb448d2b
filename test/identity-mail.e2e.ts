import { randomUUID } from 'node:crypto';
import { Nudge } from '../libs/persistence/entities';
import { mailedEngineSuite } from './support/engine';
import { mailedLink, sessionCookie, signInByMail, tokenOf, useLink, withSession } from './support/sign-in';
import { sha256Hex } from '../libs/identity/secrets';

/** The sign-in pages' policy: no scripts and no frames; the console's stylesheets, fonts and icons from this site alone. */
const SIGN_IN_PAGE_POLICY =
  "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/** Signing in as oneself by a mailed link, through the real API, PostgreSQL and SMTP. */
describe('sign-in by mail link', () => {
  const suite = mailedEngineSuite();

  /** A program administrator makes the program and the coordinator of it who signs in. */
  async function coordinatorWith(language: 'da' | 'en' = 'da'): Promise<{ id: string; email: string; programId: string }> {
    const { http, engine } = suite;
    const { id: programId } = (
      await http
        .post('/programs')
        .set(engine.admin())
        .send({ preset: 'pift', slug: unique('sign-in') })
        .expect(201)
    ).body;
    const email = `${unique('kim')}@aarhus.example.dk`;
    const { id } = (
      await http
        .post('/coordinators')
        .set(engine.admin())
        .send({ contact: { name: 'Kim Holm', email, language }, programIds: [programId] })
        .expect(201)
    ).body;
    return { id, email, programId };
  }

  it('signs her in as her person row: a read and a write with the CSRF header, then signing out ends the cookie', async () => {
    const { http } = suite;
    const kim = await coordinatorWith('da');
    const browser = await signInByMail(http, suite.sink, kim.email.toUpperCase(), '/programs');
    expect(browser.landedOn).toBe('/programs');
    const mail = suite.sink.received.find((received) => received.to.includes(kim.email))!;
    expect(mail.subject).toBe('Dit login-link til Mentorflow');

    const session = await http.get('/session').set('Cookie', browser.cookie).expect(200);
    expect(session.body.principal).toEqual({
      id: kim.id,
      roles: ['coordinator'],
      coordinatorId: kim.id,
      coordinator: { programIds: [kim.programId], municipalityId: null },
      language: 'da',
      via: 'session',
    });

    await http.get(`/programs/${kim.programId}`).set('Cookie', browser.cookie).expect(200);
    // A write she may make: registering a referrer in a municipality (which a program administrator made).
    const { id: municipalityId } = (
      await http
        .post('/municipalities')
        .set(suite.engine.admin())
        .send({ name: unique('Skanderborg') })
        .expect(201)
    ).body;
    await withSession(http.post('/referrers'), browser)
      .send({ contact: { name: 'Lene Dahl' }, kind: 'caseworker', municipalityId })
      .expect(201);

    await withSession(http.post('/sign-out'), browser).expect(204);
    const after = await http.get('/programs').set('Cookie', browser.cookie).expect(401);
    expect(after.body).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'the session has ended; sign in again',
      code: 'session-ended',
    });
    const audit = await suite.engine.dataSource.query(
      `SELECT route, subject_ids FROM audit_log WHERE actor_id = $1 AND method = 'EVENT' ORDER BY id`,
      [kim.id],
    );
    expect(audit).toEqual([
      { route: 'identity:sign-in', subject_ids: { method: 'email' } },
      { route: 'identity:sign-out', subject_ids: {} },
    ]);
  });

  it('signs out everywhere: both of her sessions end; her mail came in English, as she chose', async () => {
    const { http } = suite;
    const kim = await coordinatorWith('en');
    const laptop = await signInByMail(http, suite.sink, kim.email);
    const phone = await signInByMail(http, suite.sink, kim.email);
    expect(suite.sink.received.filter((mail) => mail.to.includes(kim.email)).map((mail) => mail.subject)).toEqual([
      'Your sign-in link for Mentorflow',
      'Your sign-in link for Mentorflow',
    ]);

    expect((await withSession(http.post('/sign-out/everywhere'), laptop).expect(201)).body).toEqual({ ended: 2 });
    await http.get('/programs').set('Cookie', laptop.cookie).expect(401);
    await http.get('/programs').set('Cookie', phone.cookie).expect(401);
  });

  it('keeps a deep link through sign-in: a nudge link opened in a browser lands on the nudge once she has signed in', async () => {
    const { http, engine } = suite;
    const kim = await coordinatorWith('da');
    const { slug } = (await http.get(`/programs/${kim.programId}`).set(engine.admin()).expect(200)).body;
    const nudge = await engine.dataSource.getRepository(Nudge).save({
      key: unique('mentorship-1/meeting-gap'),
      kind: 'meeting-gap',
      programSlug: slug,
      subjectWorkflowId: 'mentorship-1',
      subjectId: randomUUID(),
      status: 'open',
      recipientRole: 'coordinator',
      recipientId: kim.id,
    });
    const page = `/nudges/${nudge.id}`;

    const bounced = await http.get(page).set('Accept', 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8').expect(303);
    expect(bounced.headers.location).toBe(`/sign-in?next=${encodeURIComponent(page)}`);
    await http.get(page).set('Accept', 'application/json').expect(401);

    const form = await http.get(bounced.headers.location).expect(200);
    expect(form.headers['content-type']).toMatch(/^text\/html/);
    expect(form.headers['content-security-policy']).toBe(SIGN_IN_PAGE_POLICY);
    expect(form.text).toContain('<html lang="da">');
    expect(form.text).toContain('<label class="form-label" for="email">E-mailadresse</label>');
    expect(form.text).toContain(`<input type="hidden" name="next" value="${page}">`);
    expect(form.text).not.toMatch(/<script|style=/);
    expect((await http.get('/sign-in?lang=en').expect(200)).text).toContain('<label class="form-label" for="email">E-mail address</label>');

    const before = suite.sink.received.length;
    const sent = await http.post('/sign-in/email?lang=da').type('form').send({ email: kim.email, next: page }).expect(202);
    expect(sent.text).toContain('er et login-link på vej');
    const mail = await suite.sink.waitFor((received) => suite.sink.received.indexOf(received) >= before && received.to.includes(kim.email));
    const link = new URL(/https?:\/\/\S+\/sign-in\/verify\?\S+/.exec(mail.text)![0]);
    expect(link.searchParams.get('next')).toBe(page);
    const landed = await useLink(http, link.pathname + link.search);
    expect(landed.status).toBe(303);
    expect(landed.headers.location).toBe(page);
    const cookie = sessionCookie(landed);
    expect(landed.headers['set-cookie'][0]).toMatch(/HttpOnly/);
    expect(landed.headers['set-cookie'][0]).toMatch(/SameSite=Lax/);
    expect((await http.get(landed.headers.location).set('Cookie', cookie).expect(200)).body).toMatchObject({
      id: nudge.id,
      kind: 'meeting-gap',
    });
  });

  it('lands on "/" when next leaves the site', async () => {
    const { http } = suite;
    const kim = await coordinatorWith('da');
    for (const next of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
      expect((await signInByMail(http, suite.sink, kim.email, next)).landedOn).toBe('/');
    }
  });

  it('leaves the link to her when a mail scanner opens it first: GETs show a page, only its button signs in', async () => {
    const { http, engine } = suite;
    const kim = await coordinatorWith('en');
    const { link } = await mailedLink(http, suite.sink, kim.email, '/programs');
    const usedAt = async () =>
      (await engine.dataSource.query(`SELECT used_at FROM sign_in_tokens WHERE token_hash = $1`, [sha256Hex(tokenOf(link))]))[0].used_at;

    // Two scanners (or a scanner and a preview) open it: each sees the button, nothing is used up, no session starts.
    for (const visit of [1, 2]) {
      const opened = await http.get(link).expect(200);
      expect({ visit, cookie: opened.headers['set-cookie'] }).toEqual({ visit, cookie: undefined });
      expect(opened.headers['content-type']).toMatch(/^text\/html/);
      expect(opened.headers['content-security-policy']).toBe(SIGN_IN_PAGE_POLICY);
      expect(opened.text).toContain('<html lang="en">');
      expect(opened.text).toContain('<form method="post" action="/sign-in/verify?lang=en">');
      expect(opened.text).toContain(`<input type="hidden" name="token" value="${tokenOf(link)}">`);
      expect(opened.text).toContain('<button class="button button-primary" type="submit">Sign in</button>');
      expect(opened.text).not.toMatch(/<script|style=|Kim|Holm|@/);
    }
    expect(await usedAt()).toBeNull();
    expect(await engine.dataSource.query(`SELECT 1 FROM sessions WHERE subject_id = $1`, [kim.id])).toEqual([]);

    // A post from another site is refused before the link is touched.
    await http
      .post('/sign-in/verify')
      .set('Origin', 'https://evil.example')
      .type('form')
      .send({ token: tokenOf(link) })
      .expect(403);
    // Nor is one from a page without an origin (a sandboxed frame) that the browser says is from elsewhere, or does not say.
    for (const site of ['cross-site', undefined]) {
      const post = http.post('/sign-in/verify').set('Origin', 'null');
      await (site ? post.set('Sec-Fetch-Site', site) : post)
        .type('form')
        .send({ token: tokenOf(link) })
        .expect(403);
    }
    expect(await usedAt()).toBeNull();
    // A page with no-referrer (ours, and a sandboxed one anywhere) posts with `Origin: null`: only one this site sent is taken.
    await http
      .post('/sign-in/verify')
      .set({ Origin: 'null', 'Sec-Fetch-Site': 'cross-site' })
      .type('form')
      .send({ token: tokenOf(link) })
      .expect(403);
    await http
      .post('/sign-in/verify')
      .set('Origin', 'null')
      .type('form')
      .send({ token: tokenOf(link) })
      .expect(403);
    expect(await usedAt()).toBeNull();

    // She presses the button: signed in, on the page she asked for.
    const landed = await useLink(http, link);
    expect(landed.status).toBe(303);
    expect(landed.headers.location).toBe('/programs');
    await http.get('/programs').set('Cookie', sessionCookie(landed)).expect(200);
    expect(await usedAt()).not.toBeNull();

    // Used: opening it again says so (in Danish, as nobody is known from it any more), and its button's post is refused.
    const reopened = await http.get(link).expect(401);
    expect(reopened.text).toContain('Login-linket kan ikke bruges');
    expect(reopened.text).not.toContain('<form');
    const reused = await http
      .post('/sign-in/verify?lang=en')
      .type('form')
      .send({ token: tokenOf(link) })
      .expect(401);
    expect(reused.text).toContain('This sign-in link cannot be used');
    expect(reused.headers['set-cookie']).toBeUndefined();
  });
});
