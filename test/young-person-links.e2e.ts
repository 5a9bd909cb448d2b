import { randomBytes, randomUUID } from 'node:crypto';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import request from 'supertest';
import { QUESTIONNAIRE_ITEMS } from '../libs/domain/instrument-items';
import { YOUNG_PERSON_EXPLANATION } from '../libs/domain/young-person-explanation';
import { da } from '../libs/notifications/templates/da';
import { Escalation, Measurement, Nudge, YoungPersonConsent, YoungPersonLink } from '../libs/persistence/entities';
import { FAST_START_POLICY } from '../scripts/stack/fast-start-policy';
import { mentorshipWorkflowId } from '../workflows/mentorship/messages';
import { nudgeWorkflowId } from '../workflows/nudge/messages';
import { MailedEngine, startEngineWithMail } from './support/engine';
import { activateCourse } from './support/mentorships';

/**
 * The young person's own links on the real stack: the engine mails her a
 * link for her consent when she is referred and one per questionnaire as it
 * falls due (the start's with the welcome, a later one when its deadline
 * passes); she answers without an account, through the same measurement path
 * as her mentor would; and every way of misusing a link is refused with
 * nothing written.
 */
describe("the young person's links, through the real API, worker, Temporal, PostgreSQL and SMTP", () => {
  let engine: MailedEngine;
  let http: ReturnType<typeof request>;
  let coordinator: { Authorization: string };
  let programId: string;
  let municipalityId: string;
  let referrerId: string;
  const slug = `links-${randomUUID().slice(0, 8)}`;
  /** WHO-5 also 20 seconds into the course, so its deadline passes during the test and asks her again. */
  const policy = {
    ...FAST_START_POLICY,
    measurements: {
      ...FAST_START_POLICY.measurements,
      schedule: [
        { instrument: 'who5', at: ['0d', '20s'], atClose: false },
        { instrument: 'self-efficacy', at: ['0d'], atClose: false },
        { instrument: 'status', at: ['0d'], atClose: false },
      ],
    },
  };
  const WHO5 = QUESTIONNAIRE_ITEMS.who5.version;

  const post = async (path: string, body: object, status: number, as = coordinator) =>
    (await http.post(path).set(as).send(body).expect(status)).body;
  const tokenIn = (text: string) => /\/young-person\?token=([A-Za-z0-9_-]{43})/.exec(text)?.[1];
  /** The tokens of the links mailed to her, in the order they came (her welcome carries none). */
  const tokensTo = (email: string) =>
    engine.sink.received.filter((mail) => mail.to.includes(email) && tokenIn(mail.text)).map((mail) => tokenIn(mail.text)!);
  const linkOf = async (email: string, count: number): Promise<string[]> => {
    await engine.sink.waitFor(() => tokensTo(email).length >= count, 30_000);
    return tokensTo(email);
  };
  const purpose = (token: string) => http.get('/young-person-links').query({ token });
  const counts = async (mentorshipId: string) => ({
    measurements: await engine.dataSource.getRepository(Measurement).countBy({ mentorshipId }),
    consents: await engine.dataSource.getRepository(YoungPersonConsent).countBy({ mentorshipId }),
  });

  /** Every payload of a workflow's history, decrypted by the codec server as an operator would, as one text. */
  async function historyInClear(workflowId: string): Promise<string> {
    const client = engine.api.get(Client);
    const raw = new Client({ connection: client.connection, namespace: client.options.namespace });
    const { events } = await raw.workflow.getHandle(workflowId).fetchHistory();
    const payloads: Array<{ metadata: Record<string, string>; data: string }> = [];
    const collect = (value: unknown): void => {
      if (!value || typeof value !== 'object' || value instanceof Uint8Array) return;
      const candidate = value as { metadata?: Record<string, Uint8Array>; data?: Uint8Array };
      if (candidate.metadata && candidate.data instanceof Uint8Array) {
        const metadata = Object.fromEntries(Object.entries(candidate.metadata).map(([k, v]) => [k, Buffer.from(v).toString('base64')]));
        payloads.push({ metadata, data: Buffer.from(candidate.data).toString('base64') });
        return;
      }
      Object.values(value).forEach(collect);
    };
    collect(events);
    const decoded = await http.post('/codec/decode').set(engine.auth('operator')).send({ payloads }).expect(200);
    return decoded.body.payloads.map((payload: { data: string }) => Buffer.from(payload.data ?? '', 'base64').toString()).join('\n');
  }

  async function referred(): Promise<{ mentorshipId: string; email: string; youngPersonId: string }> {
    const email = `ung-${randomUUID().slice(0, 8)}@example.dk`;
    const { id: youngPersonId } = await post(
      '/young-people',
      { contact: { name: 'Aisha Nour', email }, birthDate: '2004-04-17', gender: 'female', municipalityId },
      201,
    );
    const { id: mentorshipId } = await post('/referrals', { programId, referrerId, youngPersonId }, 201);
    return { mentorshipId, email, youngPersonId };
  }

  async function toActive(mentorshipId: string): Promise<string> {
    const { id: mentorId } = await post('/mentors', { contact: { name: 'Maria Berg' }, programId, municipalityId, gender: 'female' }, 201);
    await post(`/mentors/${mentorId}/application`, {}, 200);
    await post(`/mentors/${mentorId}/path/begin-screening`, {}, 200);
    await post(`/mentors/${mentorId}/path/approve`, {}, 200);
    // She consented through her link: the coordinator records no consent.
    const parties = { coordinator, mentorId, mentor: engine.auth('mentor', mentorId) };
    expect((await activateCourse(http, mentorshipId, parties, { consented: true })).phase).toBe('active');
    return mentorId;
  }

  beforeAll(async () => {
    engine = await startEngineWithMail();
    http = request(engine.api.getHttpServer());
    const program = await engine.program({ slug, name: 'Links test', policy });
    ({ id: programId, coordinator } = program);
    ({ id: municipalityId } = await post('/municipalities', { name: `Odense ${slug}` }, 201, engine.admin()));
    ({ id: referrerId } = await post(
      '/referrers',
      { contact: { name: 'Lene Dahl' }, kind: 'youth-guidance-counsellor', municipalityId },
      201,
    ));
  }, 120_000);
  afterAll(async () => {
    await engine?.close();
  });

  it('asks for her consent by mail, in Danish, and takes it once, with its time and wording, from her link alone', async () => {
    const { mentorshipId, email } = await referred();
    const mail = await engine.sink.waitFor((received) => received.to.includes(email), 20_000);
    expect(mail.subject).toBe(da.youngPersonLink['consent-request'].subject);
    const token = tokenIn(mail.text)!;
    // Only its hash is kept: not in the link's row, nor the outbox's.
    const [stored] = await engine.dataSource.query(`SELECT token_hash FROM young_person_links WHERE mentorship_id = $1`, [mentorshipId]);
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
    const outbox = await engine.dataSource.query(`SELECT link_path FROM notifications WHERE recipient_role = 'young-person'`);
    expect(JSON.stringify(outbox)).not.toContain(token);

    const seen = (await purpose(token).expect(200)).body;
    expect(seen).toMatchObject({ purpose: 'consent', explanation: { version: YOUNG_PERSON_EXPLANATION.version } });
    expect(JSON.stringify(seen)).not.toMatch(/Aisha|Nour|@example\.dk|[0-9a-f]{8}-[0-9a-f]{4}-/);

    // A consent link is not for answers: refused, nothing written, and it still works for consent.
    await http
      .post('/young-person-links/answers')
      .send({ token, answers: [1, 1, 1, 1, 1], textsVersion: WHO5 })
      .expect(409);
    expect(await counts(mentorshipId)).toEqual({ measurements: 0, consents: 0 });

    const before = Date.now();
    const answer = { token, given: true, textsVersion: YOUNG_PERSON_EXPLANATION.version };
    expect((await http.post('/young-person-links/consent').send(answer).expect(200)).body).toEqual({ consent: 'given' });
    expect((await http.get(`/mentorships/${mentorshipId}`).set(coordinator).expect(200)).body.phase).toBe('intake');
    const [consent] = await engine.dataSource.getRepository(YoungPersonConsent).findBy({ mentorshipId });
    expect(consent).toMatchObject({ given: true, wordingVersion: YOUNG_PERSON_EXPLANATION.version });
    expect(consent.recordedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);

    // Used: the same answer as a link that never was, in shape; nothing more is written.
    const again = await http.post('/young-person-links/consent').send(answer).expect(410);
    const unknown = await purpose(randomBytes(32).toString('base64url')).expect(404);
    expect(Object.keys(again.body).sort()).toEqual(Object.keys(unknown.body).sort());
    expect(again.body.message).toBe(unknown.body.message);
    expect(await counts(mentorshipId)).toEqual({ measurements: 0, consents: 1 });

    // Her course's history carries ids: decrypted, it holds neither the token, her address nor her name.
    const history = await historyInClear(mentorshipWorkflowId(mentorshipId));
    expect(history).toContain(mentorshipId);
    for (const secret of [token, email, 'Aisha']) expect({ secret, leaks: history.includes(secret) }).toEqual({ secret, leaks: false });
    // Her ask is a notice, mailed and ended in PostgreSQL with no workflow of its own.
    const askKey = `${mentorshipWorkflowId(mentorshipId)}/ask-young-person:consent`;
    expect(await engine.dataSource.getRepository(Nudge).findOneBy({ key: askKey })).toMatchObject({
      status: 'resolved',
      closedBy: 'delivered',
    });
    await expect(engine.api.get(Client).workflow.getHandle(nudgeWorkflowId(askKey)).describe()).rejects.toBeInstanceOf(
      WorkflowNotFoundError,
    );
  });

  it('ends the course as no-consent when she says no; her export shows what she was asked, her erasure kills the link', async () => {
    const { mentorshipId, email, youngPersonId } = await referred();
    const [token] = await linkOf(email, 1);
    const refusal = { token, given: false, textsVersion: YOUNG_PERSON_EXPLANATION.version };
    expect((await http.post('/young-person-links/consent').send(refusal).expect(200)).body).toEqual({ consent: 'refused' });
    expect((await http.get(`/mentorships/${mentorshipId}`).set(coordinator).expect(200)).body.phase).toBe('no-consent');
    expect(await engine.dataSource.getRepository(YoungPersonConsent).findBy({ mentorshipId })).toEqual([
      expect.objectContaining({ given: false, wordingVersion: YOUNG_PERSON_EXPLANATION.version }),
    ]);

    const exported = (await http.get(`/young-people/${youngPersonId}/export`).set(coordinator).expect(200)).body;
    expect(exported.linksToHer).toEqual([expect.objectContaining({ purpose: 'consent', mentorshipId })]);
    expect(exported.linksToHer[0]).not.toHaveProperty('tokenHash');
    expect(exported.herConsents).toEqual([expect.objectContaining({ given: false })]);
    await post(`/young-people/${youngPersonId}/erasure`, {}, 200);
    const [link] = await engine.dataSource.query(`SELECT token_hash FROM young_person_links WHERE mentorship_id = $1`, [mentorshipId]);
    expect(link.token_hash).toBeNull();
  });

  it("asks for each questionnaire as it falls due, takes a low WHO-5 the way her mentor's would, and refuses every misuse", async () => {
    const { mentorshipId, email } = await referred();
    const [consentToken] = await linkOf(email, 1);
    await http
      .post('/young-person-links/consent')
      .send({ token: consentToken, given: true, textsVersion: YOUNG_PERSON_EXPLANATION.version })
      .expect(200);
    const mentorId = await toActive(mentorshipId);

    // The welcome asks for the start's questionnaires, one link each (the status is her mentor's to enter).
    const startTokens = (await linkOf(email, 3)).slice(1, 3);
    const asked = await Promise.all(startTokens.map(async (token) => ({ token, view: (await purpose(token).expect(200)).body })));
    const who5 = asked.find(({ view }) => view.questionnaire?.instrument === 'who5')!;
    const selfEfficacy = asked.find(({ view }) => view.questionnaire?.instrument === 'self-efficacy')!;
    expect(who5.view.questionnaire.items.map((item: { key: string }) => item.key)).toEqual([
      'who5.1',
      'who5.2',
      'who5.3',
      'who5.4',
      'who5.5',
    ]);
    expect(who5.view.questionnaire.scale[5]).toEqual({ value: 5, text: { da: 'Hele tiden', en: 'All of the time' } });

    // Guessed, or its token with one character changed: 404, as a link that never was.
    const tampered = who5.token.slice(0, 10) + (who5.token[10] === 'A' ? 'B' : 'A') + who5.token.slice(11);
    await purpose(tampered).expect(404);
    await purpose(randomBytes(32).toString('base64url')).expect(404);
    await purpose('not-even-a-token').expect(404);
    // Answers off the scale, or to wording she was not shown: refused, and the link still works.
    const answers = (values: number[], token = who5.token, textsVersion = WHO5) =>
      http.post('/young-person-links/answers').send({ token, answers: values, textsVersion });
    expect((await answers([9, 9, 9, 9, 9]).expect(400)).body.problems).toEqual([expect.objectContaining({ path: 'answers' })]);
    await answers([1, 1, 0, 1, 1], who5.token, 'who5-old').expect(409);
    await answers([1, 1, 0, 1, 1], tampered).expect(404);
    expect(await counts(mentorshipId)).toEqual({ measurements: 0, consents: 1 });

    // WHO-5 16: likely depression. Scored, stored as hers, and escalated by the engine as the mentor's route would.
    expect((await answers([1, 1, 0, 1, 1]).expect(200)).body).toEqual({ answered: 'who5' });
    const [measurement] = await engine.dataSource.getRepository(Measurement).findBy({ mentorshipId, instrument: 'who5' });
    expect(measurement).toMatchObject({ duePoint: '0d', score: 16, enteredBy: 'young-person', submittedBy: 'young-person' });
    const escalation = await until(
      () => engine.dataSource.getRepository(Escalation).findOneBy({ mentorshipId, reason: 'who5-high-risk' }),
      (found) => found !== null,
    );
    expect(escalation).toMatchObject({ urgency: 'urgent', category: 'mental-health' });
    // Used twice: gone, nothing more written.
    await answers([5, 5, 5, 5, 5]).expect(410);
    expect(await counts(mentorshipId)).toEqual({ measurements: 1, consents: 1 });

    // Her mentor still enters a measurement on her behalf, and the row says so.
    const status = { id: randomUUID(), instrument: 'status', duePoint: '0d', measuredOn: new Date().toISOString().slice(0, 10) };
    await post(`/mentorships/${mentorshipId}/measurements`, { ...status, status: 'neither' }, 200, engine.auth('mentor', mentorId));
    expect(await engine.dataSource.getRepository(Measurement).findOneBy({ id: status.id })).toMatchObject({ enteredBy: 'mentor' });

    // 20 s in, WHO-5 falls due again: the mentor's nudge, and her own link. Expired, it opens nothing and writes nothing.
    const [, , , later] = await linkOf(email, 4);
    expect((await purpose(later).expect(200)).body.questionnaire.instrument).toBe('who5');
    await engine.dataSource
      .getRepository(YoungPersonLink)
      .update({ mentorshipId, duePoint: '20s' }, { expiresAt: new Date(Date.now() - 1000) });
    await purpose(later).expect(410);
    await answers([3, 3, 3, 3, 3], later).expect(410);

    // A course that closed asks no more: the self-efficacy link is refused, nothing written.
    await post(`/mentorships/${mentorshipId}/close`, { kind: 'early', reason: 'moved', outcome: 'none' }, 200);
    await answers([3, 3, 3, 3, 3, 3, 3, 3, 3, 3], selfEfficacy.token, QUESTIONNAIRE_ITEMS['self-efficacy'].version).expect(410);
    expect(await counts(mentorshipId)).toEqual({ measurements: 2, consents: 1 });
  }, 90_000);

  it('asks nothing of a young person without an address: her coordinator records her consent as before', async () => {
    const { id: youngPersonId } = await post(
      '/young-people',
      { contact: { name: 'Sara Holm' }, birthDate: '2004-04-17', gender: 'female', municipalityId },
      201,
    );
    const { id: mentorshipId } = await post('/referrals', { programId, referrerId, youngPersonId }, 201);
    expect(await engine.dataSource.getRepository(YoungPersonLink).countBy({ mentorshipId })).toBe(0);
    await post(`/mentorships/${mentorshipId}/consent`, {}, 200);
  });
});

/** The engine's answer arrives by its own workflow tasks; asks until it is there. */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
