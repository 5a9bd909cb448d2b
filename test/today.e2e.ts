import { randomUUID } from 'node:crypto';
import { Mentorship, Nudge } from '../libs/persistence/entities';
import { FAST_START_POLICY } from '../scripts/stack/fast-start-policy';
import { CoordinatorAuth, engineSuite } from './support/engine';
import { activateCourse } from './support/mentorships';

type Auth = { Authorization: string };
interface Item {
  kind: string;
  reason: { code: string; params: Record<string, string | number> };
  urgency: string;
  since: string;
  dueAt: string | null;
  label: string | null;
  programId: string;
  mentorshipId: string | null;
  mentorId: string | null;
  escalationId: string | null;
  nudgeId: string | null;
  quotaId: string | null;
}
interface Today {
  counts: Record<string, number>;
  items: Item[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
const dayOffset = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

/**
 * Every durations the page shows a fact of is a second or two (durations are data): a measurement is overdue, an application waits, the
 * mentor's ignored reminders are reported to the coordinator and quotas are compared, each within seconds, through the real engine.
 */
const POLICY = {
  ...FAST_START_POLICY,
  mentors: { ...FAST_START_POLICY.mentors, capacity: 5 },
  screening: { ...FAST_START_POLICY.screening, stepStalledAfter: '2s' },
  measurements: { ...FAST_START_POLICY.measurements, overdueAfter: '2s' },
  nudges: { ...FAST_START_POLICY.nudges, escalateIgnoredAfter: '3s', quotaCheckEvery: '2s' },
};

/**
 * The coordinators' Today page on the real stack: courses driven through the API and the engine into each kind of row, and what each
 * coordinator, municipal coordinator and program administrator is shown of them.
 */
describe('GET /today through the real API, worker, Temporal and PostgreSQL', () => {
  const suite = engineSuite();
  const get = async (as: Auth, query = ''): Promise<Today> => (await suite.http.get(`/today${query}`).set(as).expect(200)).body;
  const post = async (path: string, body: object, as: Auth, status = 201) =>
    (await suite.http.post(path).set(as).send(body).expect(status)).body;

  let a: { id: string; coordinator: CoordinatorAuth };
  let b: { id: string; coordinator: CoordinatorAuth };
  let municipal: CoordinatorAuth;
  const towns = { own: '', other: '' };
  const ids = { active: '', proposed: '', waiting: '', elsewhere: '', mentor: '', applied: '', escalation: '', quota: '' };

  /** A young person referred to the program by a referrer of her town, as its coordinator. */
  async function refer(program: { id: string; coordinator: CoordinatorAuth }, name: string, town: string): Promise<string> {
    const as = program.coordinator;
    const youngPerson = await post('/young-people', { contact: { name }, birthDate: '2001-04-17', municipalityId: town }, as);
    const referrer = await post('/referrers', { contact: { name: 'Lene Dahl' }, kind: 'caseworker', municipalityId: town }, as);
    return (await post('/referrals', { programId: program.id, referrerId: referrer.id, youngPersonId: youngPerson.id }, as)).id;
  }

  async function proposeMentor(mentorshipId: string): Promise<void> {
    for (const step of ['consent', 'intake/complete']) await post(`/mentorships/${mentorshipId}/${step}`, {}, a.coordinator, 200);
    await post(`/mentorships/${mentorshipId}/proposals`, { mentorId: ids.mentor }, a.coordinator, 200);
  }

  async function until(what: string, as: Auth, done: (today: Today) => boolean, timeoutMs = 30_000): Promise<Today> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const today = await get(as);
      if (done(today)) return today;
      if (Date.now() > deadline) throw new Error(`no ${what} within ${timeoutMs} ms: ${JSON.stringify(today.counts)}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  beforeAll(async () => {
    const { engine } = suite;
    const admin = engine.admin();
    a = await engine.program({ slug: `today-${randomUUID().slice(0, 8)}`, name: 'Today A', policy: POLICY });
    b = await engine.program({ slug: `today-${randomUUID().slice(0, 8)}`, name: 'Today B', policy: POLICY });
    towns.own = (await post('/municipalities', { name: `Odense ${randomUUID().slice(0, 8)}` }, admin)).id;
    towns.other = (await post('/municipalities', { name: `Nyborg ${randomUUID().slice(0, 8)}` }, admin)).id;
    municipal = await engine.coordinatorOf(a.id, { municipalityId: towns.other });
    await post(
      '/panel-members',
      { contact: { name: 'Panel' }, programId: a.id, categories: ['mental-health'], profession: 'psychologist' },
      admin,
    );

    const mentor = (name: string) => post('/mentors', { contact: { name }, programId: a.id, municipalityId: towns.own }, a.coordinator);
    ids.mentor = (await mentor('Maria Berg')).id;
    for (const step of ['application', 'path/begin-screening', 'path/approve'])
      await post(`/mentors/${ids.mentor}/${step}`, {}, a.coordinator, 200);
    ids.applied = (await mentor('Jonas Holm')).id;
    await post(`/mentors/${ids.applied}/application`, {}, a.coordinator, 200);

    ids.active = await refer(a, 'Aisha Nour', towns.own);
    await activateCourse(suite.http, ids.active, {
      coordinator: a.coordinator,
      mentorId: ids.mentor,
      mentor: engine.auth('mentor', ids.mentor),
    });
    ids.escalation = randomUUID();
    const concern = { id: ids.escalation, reason: 'concern', category: 'mental-health', urgency: 'urgent', question: 'She seems low.' };
    await post(`/mentorships/${ids.active}/escalations`, concern, engine.auth('mentor', ids.mentor), 200);

    ids.proposed = await refer(a, 'Bente Lund', towns.own);
    await proposeMentor(ids.proposed);
    ids.waiting = await refer(a, 'Camilla Juhl', towns.other);
    ids.elsewhere = await refer(b, 'Dorte Vang', towns.own);
    const quota = { programId: a.id, municipalityId: towns.own, periodStart: dayOffset(-300), periodEnd: dayOffset(65), agreed: 100 };
    ids.quota = (await post('/quotas', quota, admin)).id;
  });

  it('lists each kind of row, driven there by the engine, with why, since when, the ids to link and a first name', async () => {
    const today = await until('row of every kind', a.coordinator, ({ counts }) => Object.values(counts).every((count) => count > 0));
    const of = (kind: string, match: (item: Item) => boolean) => {
      const found = today.items.find((item) => item.kind === kind && match(item));
      if (!found) throw new Error(`no ${kind} row as expected in ${JSON.stringify(today.items, null, 1)}`);
      return found;
    };
    const course = await suite.engine.dataSource.getRepository(Mentorship).findOneByOrFail({ id: ids.active });

    expect(of('escalation', (item) => item.escalationId === ids.escalation)).toMatchObject({
      reason: { code: 'escalation.concern', params: { category: 'mental-health', level: 'panel' } },
      urgency: 'urgent',
      mentorshipId: ids.active,
      mentorId: ids.mentor,
      label: 'Aisha',
      programId: a.id,
    });
    const overdue = of('measurement-overdue', (item) => item.mentorshipId === ids.active && item.reason.params.instrument === 'who5');
    expect(overdue).toMatchObject({ reason: { code: 'measurement-overdue', params: { duePoint: '0d' } }, label: 'Aisha' });
    expect(overdue.nudgeId).toEqual(expect.any(String));
    expect(new Date(overdue.dueAt!).getTime()).toBe(course.matchStartedAt!.getTime());
    expect(of('referral-waiting', (item) => item.mentorshipId === ids.waiting)).toMatchObject({
      reason: { code: 'referral.awaiting-consent', params: {} },
      label: 'Camilla',
      dueAt: null,
    });
    expect(of('proposal-unanswered', (item) => item.mentorshipId === ids.proposed)).toMatchObject({
      reason: { code: 'proposal-unanswered', params: { attempt: 1 } },
      mentorId: ids.mentor,
      label: 'Bente',
    });
    expect(of('quota-behind', (item) => item.quotaId === ids.quota)).toMatchObject({
      reason: { code: 'quota-behind', params: { agreed: 100, referred: 2, periodStart: dayOffset(-300), periodEnd: dayOffset(65) } },
      label: expect.stringMatching(/^Odense /),
      dueAt: `${dayOffset(65)}T00:00:00.000Z`,
    });
    expect(of('mentor-path-stalled', (item) => item.mentorId === ids.applied)).toMatchObject({
      reason: { code: 'mentor-path.application-waiting', params: { phase: 'applied' } },
      label: 'Jonas',
    });
    // Her own nudges, but none of those the page lists as their facts.
    const nudges = today.items.filter((item) => item.kind === 'nudge');
    expect(nudges.length).toBeGreaterThan(0);
    for (const nudge of nudges) expect(nudge.reason.code).toMatch(/^nudge\.(?!measurement-overdue|quota-behind|referral-waiting)/);

    expect(today.items[0].urgency).toBe('urgent');
    const normal = today.items.filter((item) => item.urgency === 'normal').map((item) => Date.parse(item.since));
    expect(normal).toEqual([...normal].sort((x, y) => x - y));
    expect(today.items.filter((item) => item.programId !== a.id)).toEqual([]);
  });

  it("shows another program's coordinator hers, a municipal coordinator her municipality's, an administrator quotas", async () => {
    const other = await get(b.coordinator);
    expect(other.items.map((item) => [item.kind, item.mentorshipId])).toEqual([['referral-waiting', ids.elsewhere]]);

    const hers = await get(municipal);
    expect(hers.items.map((item) => [item.kind, item.mentorshipId])).toEqual([['referral-waiting', ids.waiting]]);
    expect(hers.counts).toMatchObject({ escalation: 0, 'measurement-overdue': 0, 'quota-behind': 0, 'mentor-path-stalled': 0 });

    const administrator = await get(suite.engine.admin());
    expect(new Set(administrator.items.map((item) => item.kind))).toEqual(new Set(['quota-behind']));
    expect(administrator.items.some((item) => item.quotaId === ids.quota)).toBe(true);
    expect(administrator.counts).toMatchObject({ escalation: 0, nudge: 0, 'referral-waiting': 0, 'mentor-path-stalled': 0 });
  });

  it('lists at most `limit` rows of each kind and still counts them all; refuses a limit out of range', async () => {
    const all = await until('three measurements overdue', a.coordinator, ({ counts }) => counts['measurement-overdue'] >= 3);
    const one = await get(a.coordinator, '?limit=1');
    // What the engine does not add to meanwhile (nudges and overdue measurements it may) is counted alike.
    for (const kind of ['escalation', 'referral-waiting', 'proposal-unanswered', 'mentor-path-stalled'])
      expect(one.counts[kind]).toBe(all.counts[kind]);
    expect(one.items.filter((item) => item.kind === 'measurement-overdue')).toHaveLength(1);
    for (const kind of Object.keys(all.counts)) expect(one.items.filter((item) => item.kind === kind).length).toBeLessThanOrEqual(1);
    await suite.http.get('/today?limit=0').set(a.coordinator).expect(400);
    await suite.http.get('/today?limit=many').set(a.coordinator).expect(400);
  });
  it('keeps an overdue measurement listed once its reminder is acknowledged, and drops it once it is submitted', async () => {
    const mentor = suite.engine.auth('mentor', ids.mentor);
    const isWho5 = (item: Item) =>
      item.kind === 'measurement-overdue' && item.mentorshipId === ids.active && item.reason.params.instrument === 'who5';
    const nudgeId = (await until('overdue WHO-5', a.coordinator, ({ items }) => items.some(isWho5))).items.find(isWho5)!.nudgeId!;
    await post(`/nudges/${nudgeId}/acknowledge`, {}, mentor, 200);
    expect((await get(a.coordinator)).items.some(isWho5)).toBe(true);

    const who5 = { id: randomUUID(), instrument: 'who5', duePoint: '0d', measuredOn: dayOffset(0), answers: [3, 3, 3, 3, 3] };
    await post(`/mentorships/${ids.active}/measurements`, who5, mentor, 200);
    await until('the submitted WHO-5 off the page', a.coordinator, ({ items }) => !items.some(isWho5));
    // Its reminder stays as the mentor left it; what it chased is settled.
    const reminder = await suite.engine.dataSource.getRepository(Nudge).findOneByOrFail({ id: nudgeId });
    expect(reminder).toMatchObject({ status: 'acknowledged', settledAt: expect.any(Date) });
  });
});
