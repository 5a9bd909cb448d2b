import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Referral, ReferralQuota } from '../libs/persistence/entities';
import { CoordinatorAuth, Engine, startEngine } from './support/engine';
import { dayIn } from '../workflows/shared/calendar-day';

const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The UTC day this many days from today. */
const day = (offset: number) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);
/** A birth date that makes her exactly this old all through the current year where the program is kept (Copenhagen). */
const bornYearsAgo = (years: number) => `${Number(dayIn(new Date(), 'Europe/Copenhagen').slice(0, 4)) - years}-01-01`;

describe('referral quotas and referrals through the real API and PostgreSQL', () => {
  let engine: Engine;
  let http: ReturnType<typeof request>;
  /** Coordinates every program the tests make; a program administrator makes them, their municipalities and quotas. */
  let coordinatorOfAll: CoordinatorAuth;
  let coordinatorId: string;
  const coordinator = () => coordinatorOfAll;
  const admin = () => engine.admin();
  const referralCount = () => engine.dataSource.getRepository(Referral).count();
  const quotaCount = () => engine.dataSource.getRepository(ReferralQuota).count({ withDeleted: true });

  const post = async (path: string, body: object, as: { Authorization: string } = coordinator()) =>
    (await http.post(path).set(as).send(body).expect(201)).body;
  const program = (preset = 'pift') => engine.program({ preset, slug: unique(preset) }, coordinatorOfAll);
  const municipality = () => post('/municipalities', { name: unique('Kommune') }, admin());
  const referrer = (municipalityId: string) =>
    post('/referrers', { contact: { name: 'Lene Dahl' }, kind: 'youth-guidance-counsellor', municipalityId });
  const youngPerson = (age: number, municipalityId: string, gender = 'female') =>
    post('/young-people', { contact: { name: 'Young Person' }, birthDate: bornYearsAgo(age), gender, municipalityId });

  beforeAll(async () => {
    engine = await startEngine();
    http = request(engine.api.getHttpServer());
    coordinatorOfAll = await engine.coordinatorOf([]);
    coordinatorId = coordinatorOfAll.id;
  });
  afterAll(() => engine.close());

  describe('referrals', () => {
    let pift: { id: string; slug: string };
    let odense: { id: string };
    let lene: { id: string };

    beforeAll(async () => {
      [pift, odense] = await Promise.all([program(), municipality()]);
      lene = await referrer(odense.id);
    });

    it('refers a young person within the age range: the referrer’s municipality, the current policy version, and who made it', async () => {
      const elsewhere = await municipality();
      const aisha = await youngPerson(20, elsewhere.id);
      const before = Date.now();
      const { body } = await http
        .post('/referrals')
        .set(coordinator())
        .send({ programId: pift.id, referrerId: lene.id, youngPersonId: aisha.id })
        .expect(201);
      expect(body).toMatchObject({
        programId: pift.id,
        policyVersion: 1,
        municipalityId: odense.id,
        referrerId: lene.id,
        youngPersonId: aisha.id,
        createdBy: coordinatorId,
      });
      expect(Date.parse(body.referredAt)).toBeGreaterThanOrEqual(before - 1000);

      const { body: listed } = await http
        .get('/referrals')
        .query({ programId: pift.id, municipalityId: odense.id })
        .set(coordinator())
        .expect(200);
      expect(listed.map((referral: { id: string }) => referral.id)).toContain(body.id);
      const { body: none } = await http
        .get('/referrals')
        .query({ programId: pift.id, municipalityId: elsewhere.id })
        .set(coordinator())
        .expect(200);
      expect(none).toEqual([]);
    });

    it.each([
      [31, 'female', 'she is 31 at referral'],
      [14, 'male', 'he is 14 at referral'],
    ])('refuses a young person aged %i with the reason, writing nothing', async (age, gender, reason) => {
      const person = await youngPerson(age, odense.id, gender);
      const before = await referralCount();
      const response = await http
        .post('/referrals')
        .set(coordinator())
        .send({ programId: pift.id, referrerId: lene.id, youngPersonId: person.id })
        .expect(400);
      expect(response.body.message).toBe(`youngPersonId: ${reason}; program ${pift.slug} takes ages 15–30`);
      expect(response.body.problems).toEqual([
        {
          path: 'youngPersonId',
          problem: `${reason}; program ${pift.slug} takes ages 15–30`,
          code: 'age-outside-range',
          params: { age, gender, program: pift.slug, min: 15, max: 30 },
        },
      ]);
      expect(await referralCount()).toBe(before);
    });

    it('counts her age on the day of the referral, not today', async () => {
      const person = await youngPerson(31, odense.id);
      const twoYearsAgo = new Date(Date.now() - 2 * 365 * DAY_MS).toISOString();
      const { body } = await http
        .post('/referrals')
        .set(coordinator())
        .send({ programId: pift.id, referrerId: lene.id, youngPersonId: person.id, referredAt: twoYearsAgo })
        .expect(201);
      expect(body.referredAt).toBe(twoYearsAgo);
    });

    it('reads the age range from the program’s current policy version', async () => {
      const revised = await program();
      const { body: current } = await http.get(`/programs/${revised.id}`).set(coordinator()).expect(200);
      await http
        .put(`/programs/${revised.id}/policy`)
        .set(admin())
        .send({ policy: { ...current.policy, ageRange: { min: 15, max: 35 } } })
        .expect(200);
      const person = await youngPerson(31, odense.id);
      const { body } = await http
        .post('/referrals')
        .set(coordinator())
        .send({ programId: revised.id, referrerId: lene.id, youngPersonId: person.id })
        .expect(201);
      expect(body.policyVersion).toBe(2);
    });

    it('answers bad or unusable references with 400 naming each field, writing nothing', async () => {
      const person = await youngPerson(20, odense.id);
      const archivedProgram = await program('vallensbaek');
      await http.delete(`/programs/${archivedProgram.id}`).set(admin()).expect(200);
      const before = await referralCount();

      const unknown = await http
        .post('/referrals')
        .set(coordinator())
        .send({ programId: randomUUID(), referrerId: randomUUID(), youngPersonId: randomUUID() })
        .expect(400);
      expect(unknown.body.message).toBe('programId: no such program; referrerId: no such referrer; youngPersonId: no such young person');
      const archived = await http
        .post('/referrals')
        .set(coordinator())
        .send({ programId: archivedProgram.id, referrerId: lene.id, youngPersonId: person.id })
        .expect(400);
      expect(archived.body.message).toBe('programId: the program is archived');
      const malformed = await http
        .post('/referrals')
        .set(coordinator())
        .send({ programId: 'pift', referrerId: lene.id, youngPersonId: person.id, referredAt: day(2), surprise: 1 })
        .expect(400);
      expect(malformed.body.problems.map((problem: { path: string }) => problem.path).sort()).toEqual([
        'programId',
        'referredAt',
        'surprise',
      ]);
      const zoneless = await http
        .post('/referrals')
        .set(coordinator())
        .send({ programId: pift.id, referrerId: lene.id, youngPersonId: person.id, referredAt: '2025-03-01T10:00' })
        .expect(400);
      expect(zoneless.body.message).toContain('referredAt');

      expect(await referralCount()).toBe(before);
    });
  });

  describe('quotas', () => {
    it('shows progress against an even pace: made counts referrals in the period and municipality only', async () => {
      const [pift, odense, nyborg] = await Promise.all([program(), municipality(), municipality()]);
      const [odenseReferrer, nyborgReferrer] = await Promise.all([referrer(odense.id), referrer(nyborg.id)]);
      const person = await youngPerson(20, odense.id);
      const refer = (referrerId: string, referredAt?: string) =>
        http
          .post('/referrals')
          .set(coordinator())
          .send({ programId: pift.id, referrerId, youngPersonId: person.id, referredAt })
          .expect(201);

      // 10 agreed over 200 days, 100 of them gone: 5 expected by now.
      const quota = await post(
        '/quotas',
        { programId: pift.id, municipalityId: odense.id, periodStart: day(-100), periodEnd: day(100), agreed: 10 },
        admin(),
      );
      expect(quota).toMatchObject({ agreed: 10, made: 0, expectedByNow: 5, behind: true, archivedAt: null });

      await refer(odenseReferrer.id, new Date(Date.now() - 102 * DAY_MS).toISOString()); // before the period
      await refer(nyborgReferrer.id); // another municipality
      for (let i = 0; i < 4; i++) await refer(odenseReferrer.id);
      const progress = async () =>
        (await http.get('/quotas').query({ programId: pift.id, municipalityId: odense.id }).set(coordinator()).expect(200)).body;
      expect(await progress()).toEqual([expect.objectContaining({ id: quota.id, made: 4, expectedByNow: 5, behind: true })]);

      await refer(odenseReferrer.id, `${day(-100)}T00:00:00Z`); // the first moment of the period counts
      expect(await progress()).toEqual([expect.objectContaining({ id: quota.id, made: 5, expectedByNow: 5, behind: false })]);
      // Its days are the program's: at 23:30 UTC the day before, it is already the period's first day in Copenhagen.
      await refer(odenseReferrer.id, new Date(Date.parse(`${day(-100)}T00:00:00Z`) - 30 * 60_000).toISOString());
      expect(await progress()).toEqual([expect.objectContaining({ id: quota.id, made: 6 })]);
    });

    it('expects nothing of a period not begun and all of one that has ended', async () => {
      const [pift, odense] = await Promise.all([program(), municipality()]);
      const future = await post(
        '/quotas',
        { programId: pift.id, municipalityId: odense.id, periodStart: day(10), periodEnd: day(40), agreed: 6 },
        admin(),
      );
      expect(future).toMatchObject({ made: 0, expectedByNow: 0, behind: false });
      const past = await post(
        '/quotas',
        { programId: pift.id, municipalityId: odense.id, periodStart: day(-40), periodEnd: day(-10), agreed: 6 },
        admin(),
      );
      expect(past).toMatchObject({ made: 0, expectedByNow: 6, behind: true });
      const { body: listed } = await http.get('/quotas').query({ programId: pift.id }).set(coordinator()).expect(200);
      expect(listed.map((quota: { id: string }) => quota.id).sort()).toEqual([future.id, past.id].sort());
    });

    it('refuses a period not ending after it starts (400) and a second quota for the same start (409), writing nothing', async () => {
      const [pift, odense] = await Promise.all([program(), municipality()]);
      const terms = { programId: pift.id, municipalityId: odense.id, periodStart: '2026-01-01', periodEnd: '2027-01-01', agreed: 12 };
      const first = await post('/quotas', terms, admin());
      const before = await quotaCount();

      const backwards = await http
        .post('/quotas')
        .set(admin())
        .send({ ...terms, periodEnd: '2026-01-01' })
        .expect(400);
      expect(backwards.body.message).toBe('periodEnd: must be after periodStart');
      const bad = await http
        .post('/quotas')
        .set(admin())
        .send({ ...terms, periodStart: '2026-02-30', agreed: -1, municipalityId: 'odense' })
        .expect(400);
      expect(bad.body.problems.map((problem: { path: string }) => problem.path).sort()).toEqual([
        'agreed',
        'municipalityId',
        'periodStart',
      ]);
      const unknown = await http
        .post('/quotas')
        .set(admin())
        .send({ ...terms, municipalityId: randomUUID() })
        .expect(400);
      expect(unknown.body.message).toBe('municipalityId: no such municipality');
      const duplicate = await http
        .post('/quotas')
        .set(admin())
        .send({ ...terms, agreed: 20 })
        .expect(409);
      expect(duplicate.body.message).toContain('already have a quota starting 2026-01-01');
      expect(await quotaCount()).toBe(before);

      // Once archived, the period is free for a new agreement.
      const { body: archived } = await http.delete(`/quotas/${first.id}`).set(admin()).expect(200);
      expect(archived.archivedAt).toEqual(expect.any(String));
      const { body: live } = await http.get('/quotas').query({ programId: pift.id }).set(coordinator()).expect(200);
      expect(live).toEqual([]);
      const { body: all } = await http.get('/quotas').query({ programId: pift.id, includeArchived: 'true' }).set(coordinator()).expect(200);
      expect(all.map((quota: { id: string }) => quota.id)).toEqual([first.id]);
      await http
        .post('/quotas')
        .set(admin())
        .send({ ...terms, agreed: 20 })
        .expect(201);
    });
  });

  it('refuses quotas and referrals to a mentor (403), writing nothing', async () => {
    const [referrals, quotas] = [await referralCount(), await quotaCount()];
    const mentor = engine.auth('mentor');
    await http.get('/quotas').set(mentor).expect(403);
    await http.post('/quotas').set(mentor).send({}).expect(403);
    await http.delete(`/quotas/${randomUUID()}`).set(mentor).expect(403);
    await http.get('/referrals').set(mentor).expect(403);
    await http.post('/referrals').set(mentor).send({}).expect(403);
    expect([await referralCount(), await quotaCount()]).toEqual([referrals, quotas]);
  });
});
