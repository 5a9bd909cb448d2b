import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Mentorship, Referral, YoungPerson, YoungPersonLink } from '../libs/persistence/entities';
import { CoordinatorAuth, Engine, startEngine } from './support/engine';
import { dayIn } from '../workflows/shared/calendar-day';

const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;
const year = Number(dayIn(new Date(), 'Europe/Copenhagen').slice(0, 4));
/** A birth date that makes her exactly this old all through the current year where the program is kept (Copenhagen). */
const bornYearsAgo = (years: number) => `${year - years}-01-01`;

/**
 * A referrer refers by herself (GET /my-referrals/programs, POST /my-referrals): only to programs with a quota for her
 * municipality today, registering the young person there and referring her in her own name, with her consent recorded on the
 * same course a coordinator's referral starts. Every refusal is coded and leaves nothing written.
 */
describe("a referrer's own referrals through the real API, PostgreSQL and Temporal", () => {
  let engine: Engine;
  let http: ReturnType<typeof request>;
  let coordinator: CoordinatorAuth;
  let municipalityId: string;
  let referrerId: string;
  let referrer: { Authorization: string };
  const admin = () => engine.admin();

  const post = async (path: string, body: object, as: { Authorization: string }, status = 201) =>
    (await http.post(path).set(as).send(body).expect(status)).body;
  const program = async () => engine.program({ preset: 'pift', slug: unique('pift') }, coordinator);
  const municipality = async () => (await post('/municipalities', { name: unique('Kommune') }, admin())).id as string;
  const quota = (programId: string, forMunicipality: string, agreed = 12, periodStart = `${year}-01-01`, periodEnd = `${year + 1}-01-01`) =>
    post('/quotas', { programId, municipalityId: forMunicipality, periodStart, periodEnd, agreed }, admin());
  const rows = async () => ({
    youngPeople: await engine.dataSource.getRepository(YoungPerson).count({ withDeleted: true }),
    referrals: await engine.dataSource.getRepository(Referral).count(),
    courses: await engine.dataSource.getRepository(Mentorship).count(),
  });
  const referral = (programId: string, changes: { age?: number; consentGiven?: boolean } = {}) => ({
    programId,
    youngPerson: { contact: { name: 'Amina Holm', email: `${unique('amina')}@example.dk` }, birthDate: bornYearsAgo(changes.age ?? 20) },
    consentGiven: changes.consentGiven ?? true,
  });

  beforeAll(async () => {
    engine = await startEngine();
    http = request(engine.api.getHttpServer());
    coordinator = await engine.coordinatorOf([]);
    // A coordinator of a program registers referrers (of any municipality).
    await program();
    municipalityId = await municipality();
    referrerId = (await post('/referrers', { contact: { name: 'Lene Dahl' }, kind: 'caseworker', municipalityId }, coordinator)).id;
    referrer = engine.auth('referrer', referrerId);
  });
  afterAll(() => engine.close());

  it('lists only the active programs with a quota for her municipality today, with their ages and how far the quota is', async () => {
    const [open, none, elsewhere, ended] = await Promise.all([program(), program(), program(), program()]);
    await quota(open.id, municipalityId, 12);
    await quota(elsewhere.id, await municipality());
    await quota(ended.id, municipalityId, 12, `${year - 2}-01-01`, `${year - 1}-01-01`);
    const { body } = await http.get('/my-referrals/programs').set(referrer).expect(200);
    const ids = body.map((listed: { id: string }) => listed.id);
    expect(ids).toContain(open.id);
    expect(ids).not.toEqual(expect.arrayContaining([none.id]));
    expect(ids).not.toEqual(expect.arrayContaining([elsewhere.id]));
    expect(ids).not.toEqual(expect.arrayContaining([ended.id]));
    expect(body.find((listed: { id: string }) => listed.id === open.id)).toEqual({
      id: open.id,
      name: expect.any(String),
      minAge: 15,
      maxAge: 30,
      agreed: 12,
      made: 0,
      periodEnd: `${year + 1}-01-01`,
    });
  });

  it("registers her in the referrer's municipality and refers her in the referrer's name, her course started with consent", async () => {
    const { id: programId } = await program();
    await quota(programId, municipalityId);
    const key = unique('refer-key');
    const sent = referral(programId);
    const before = await rows();
    const { body } = await http.post('/my-referrals').set(referrer).set('Idempotency-Key', key).send(sent).expect(201);
    expect(body).toEqual({
      id: body.id,
      programName: expect.any(String),
      referredAt: expect.any(String),
      phase: 'intake',
      outcome: null,
      closedAt: null,
    });

    const made = await engine.dataSource.getRepository(Referral).findOneByOrFail({ id: body.id });
    expect(made).toMatchObject({ programId, referrerId, municipalityId, idempotencyKey: key });
    const youngPerson = await engine.dataSource.getRepository(YoungPerson).findOneByOrFail({ id: made.youngPersonId });
    expect(youngPerson).toMatchObject({ municipalityId, contact: expect.objectContaining({ name: 'Amina Holm' }) });
    // The same course a coordinator's referral starts, past the consent she gave her referrer: nobody mails her for it again.
    const { body: course } = await http.get(`/mentorships/${body.id}`).set(coordinator).expect(200);
    expect(course).toMatchObject({ mentorshipId: body.id, phase: 'intake' });
    expect(await engine.dataSource.getRepository(YoungPersonLink).countBy({ mentorshipId: body.id })).toBe(0);
    expect(await rows()).toEqual({
      youngPeople: before.youngPeople + 1,
      referrals: before.referrals + 1,
      courses: before.courses + 1,
    });

    // A retry with the same key gets the first referral; nobody is registered twice.
    const { body: again } = await http.post('/my-referrals').set(referrer).set('Idempotency-Key', key).send(sent).expect(201);
    expect(again.id).toBe(body.id);
    expect((await rows()).youngPeople).toBe(before.youngPeople + 1);

    // She follows it on her page, and her municipality's quota counts it.
    const { body: mine } = await http.get('/my-referrals').set(referrer).expect(200);
    expect(mine.referrals[0]).toMatchObject({ id: body.id, phase: 'intake' });
    const { body: programs } = await http.get('/my-referrals/programs').set(referrer).expect(200);
    expect(programs.find((listed: { id: string }) => listed.id === programId)).toMatchObject({ made: 1, agreed: 12 });
  });

  it('refuses, with a code and nothing written, a program without her municipality, an age outside its range, no consent', async () => {
    const [{ id: noQuota }, { id: programId }] = await Promise.all([program(), program()]);
    await quota(programId, municipalityId);
    const before = await rows();
    const refusal = async (body: object) => (await http.post('/my-referrals').set(referrer).send(body).expect(400)).body.problems;

    expect(await refusal(referral(noQuota))).toEqual([
      expect.objectContaining({ path: 'programId', code: 'program-not-for-municipality', params: { program: expect.any(String) } }),
    ]);
    expect(await refusal(referral(programId, { age: 40 }))).toEqual([
      expect.objectContaining({ path: 'youngPerson.birthDate', code: 'age-outside-range', params: expect.objectContaining({ age: 40 }) }),
    ]);
    expect(await refusal(referral(programId, { consentGiven: false }))).toEqual([
      expect.objectContaining({ path: 'consentGiven', code: 'consent-required' }),
    ]);
    // She names no municipality and no referrer: they are hers.
    expect(await refusal({ ...referral(programId), referrerId: randomUUID() })).toEqual([
      expect.objectContaining({ path: 'referrerId', code: 'unknown-field' }),
    ]);
    expect(await rows()).toEqual(before);
  });

  it("refuses a referral beyond her municipality's quota (409), which the program's coordinator may still make", async () => {
    const { id: programId, slug } = await program();
    await quota(programId, municipalityId, 1);
    await post('/my-referrals', referral(programId), referrer);
    const before = await rows();
    const { body } = await http.post('/my-referrals').set(referrer).send(referral(programId)).expect(409);
    expect(body).toMatchObject({ code: 'quota-full', params: { program: slug, agreed: 1, made: 1, periodEnd: `${year + 1}-01-01` } });
    expect(await rows()).toEqual(before);

    const youngPersonId = (
      await post('/young-people', { contact: { name: 'Sara Lund' }, birthDate: bornYearsAgo(19), municipalityId }, coordinator)
    ).id;
    await post('/referrals', { programId, referrerId, youngPersonId }, coordinator);
  });

  it('is refused to a referrer whose row is archived, and to every other role', async () => {
    const archived = (await post('/referrers', { contact: { name: 'Jonas Krog' }, kind: 'caseworker', municipalityId }, coordinator)).id;
    await http.delete(`/referrers/${archived}`).set(coordinator).expect(200);
    const { id: programId } = await program();
    await quota(programId, municipalityId);
    const before = await rows();
    // Archived, she is nobody the API knows any more.
    await http.post('/my-referrals').set(engine.auth('referrer', archived)).send(referral(programId)).expect(401);
    for (const other of [coordinator, admin(), engine.auth('mentor')]) {
      await http.post('/my-referrals').set(other).send(referral(programId)).expect(403);
      await http.get('/my-referrals/programs').set(other).expect(403);
    }
    expect(await rows()).toEqual(before);
  });
});
