import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { piftPreset } from '../libs/domain/policy/presets/pift';
import { Engine, startEngine } from './support/engine';

type Actor = 'coordinator' | 'mentor-own' | 'mentor-other' | 'referrer-own' | 'referrer-other' | 'panel-own' | 'panel-other' | 'operator';
const ACTORS: Actor[] = ['coordinator', 'mentor-own', 'mentor-other', 'referrer-own', 'referrer-other', 'panel-own', 'panel-other', 'operator'];

/** Whose data: the course, its young person, its mentor and its escalation are "own" to those related to them, "other" to the rest. */
interface World {
  programId: string;
  today: string;
  youngPersonId: string;
  mentorshipId: string;
  escalationId: string;
  ids: Record<Actor, string>;
}

/** Each route with the status every actor must get; anything not listed as allowed is 403. */
const MATRIX: Array<{ route: string; call: (w: World) => { method: 'get' | 'post'; path: string; body?: object }; allowed: Partial<Record<Actor, number>> }> = [
  { route: 'GET /young-people/:id', call: (w) => ({ method: 'get', path: `/young-people/${w.youngPersonId}` }), allowed: { coordinator: 200 } },
  { route: 'GET /young-people/:id/export', call: (w) => ({ method: 'get', path: `/young-people/${w.youngPersonId}/export` }), allowed: { coordinator: 200 } },
  { route: 'GET /mentorships/:id', call: (w) => ({ method: 'get', path: `/mentorships/${w.mentorshipId}` }), allowed: { coordinator: 200, 'mentor-own': 200, 'referrer-own': 200 } },
  { route: 'GET /mentorships/:id/meetings', call: (w) => ({ method: 'get', path: `/mentorships/${w.mentorshipId}/meetings` }), allowed: { coordinator: 200, 'mentor-own': 200 } },
  {
    route: 'POST /mentorships/:id/meetings',
    call: (w) => ({ method: 'post', path: `/mentorships/${w.mentorshipId}/meetings`, body: { id: randomUUID(), heldOn: w.today, minutes: 30, placeKind: 'walk' } }),
    allowed: { coordinator: 200, 'mentor-own': 200 },
  },
  { route: 'GET /mentors/:id/path', call: (w) => ({ method: 'get', path: `/mentors/${w.ids['mentor-own']}/path` }), allowed: { coordinator: 200, 'mentor-own': 200 } },
  { route: 'GET /escalations/:id', call: (w) => ({ method: 'get', path: `/escalations/${w.escalationId}` }), allowed: { coordinator: 200, 'mentor-own': 200, 'panel-own': 200 } },
  { route: 'GET /reports/outcomes', call: (w) => ({ method: 'get', path: `/reports/outcomes?programId=${w.programId}&from=${w.today}&to=${w.today}` }), allowed: { coordinator: 200, operator: 200 } },
  { route: 'POST /codec/decode', call: () => ({ method: 'post', path: '/codec/decode', body: { payloads: [] } }), allowed: { operator: 200 } },
  { route: 'GET /nudges', call: () => ({ method: 'get', path: '/nudges' }), allowed: { coordinator: 200, 'mentor-own': 200, 'mentor-other': 200, 'referrer-own': 200, 'referrer-other': 200, 'panel-own': 200, 'panel-other': 200 } },
];

/**
 * Who may see and do what, cell by cell: eight actors (each role, related to
 * the data or not) against the routes that read a young person's data or
 * what is said about her. The referrer's view of a course says only that it
 * exists, its phase and outcome; the panel's view of an escalation only what
 * the escalation needs; operators see no personal data.
 */
describe('access by role and relation, through the real API', () => {
  let engine: Engine;
  let http: ReturnType<typeof request>;
  let world: World;
  let programId: string;
  const today = new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    engine = await startEngine();
    http = request(engine.api.getHttpServer());
    const coordinator = engine.auth('coordinator');
    const post = async (path: string, body: object, status = 201, as = coordinator) => (await http.post(path).set(as).send(body).expect(status)).body;
    const policy = {
      ...piftPreset.policy,
      ageRange: { min: 18, max: 30 },
      screening: { ...piftPreset.policy.screening, steps: [], childOffenceCertificateForMenteesUnder: 18 },
      course: { ...piftPreset.policy.course, required: false },
      notifications: { timeZone: 'Europe/Copenhagen', quietHours: { from: '00:00', to: '00:00' } },
    };
    ({ id: programId } = await post('/programs', { slug: `access-${randomUUID().slice(0, 8)}`, name: 'Access matrix', policy }));
    const { id: municipalityId } = await post('/municipalities', { name: `Aarhus ${randomUUID().slice(0, 8)}` });
    const referrer = async () => (await post('/referrers', { contact: { name: 'Referrer' }, kind: 'caseworker', municipalityId })).id as string;
    const mentor = async () => {
      const { id } = await post('/mentors', { contact: { name: 'Mentor' }, programId, municipalityId });
      for (const step of ['application', 'path/begin-screening', 'path/approve']) await post(`/mentors/${id}/${step}`, {}, 200);
      return id as string;
    };
    const panel = async () => (await post('/panel-members', { contact: { name: 'Panel' }, programId, categories: ['mental-health'], profession: 'psychologist' })).id as string;
    const ids = { coordinator: randomUUID(), operator: randomUUID(), 'mentor-own': await mentor(), 'mentor-other': await mentor(), 'referrer-own': await referrer(), 'referrer-other': await referrer() } as Record<Actor, string>;
    ids['panel-own'] = await panel();
    ids['panel-other'] = await panel();
    // The other panel member answers another category, so the escalation goes to the first only.
    await http.patch(`/panel-members/${ids['panel-other']}`).set(coordinator).send({ categories: ['social'] }).expect(200);

    const { id: youngPersonId } = await post('/young-people', { contact: { name: 'Aisha Nour' }, birthDate: '2004-04-17', municipalityId });
    const { id: mentorshipId } = await post('/referrals', { programId, referrerId: ids['referrer-own'], youngPersonId }, 201, engine.auth('referrer', ids['referrer-own']));
    const course = `/mentorships/${mentorshipId}`;
    await post(`${course}/consent`, {}, 200);
    await post(`${course}/intake/complete`, {}, 200);
    await post(`${course}/proposals`, { mentorId: ids['mentor-own'] }, 200);
    await post(`${course}/proposals/answer`, { party: 'young-person', answer: 'accept' }, 200);
    await post(`${course}/proposals/answer`, { party: 'mentor', answer: 'accept' }, 200, engine.auth('mentor', ids['mentor-own']));
    await post(`${course}/agreement`, { meetingsPerPeriod: 4, period: 'month', minutesPerMeeting: 60, goals: 'A job', mentorRole: 'Listen', youngPersonRole: 'Show up', programCheckIns: 'monthly' }, 200);
    await post(`${course}/meetings`, { id: randomUUID(), heldOn: today, minutes: 60, placeKind: 'cafe' }, 200, engine.auth('mentor', ids['mentor-own']));
    const escalationId = randomUUID();
    await post(`${course}/escalations`, { id: escalationId, reason: 'concern', category: 'mental-health', urgency: 'normal', question: 'She seems very low.' }, 200, engine.auth('mentor', ids['mentor-own']));
    // The escalation's workflow routes it to its owners a moment after it is raised.
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const { body } = await http.get(`/escalations/${escalationId}`).set(coordinator);
      if (body.ownerIds?.length) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    world = { programId, today, youngPersonId, mentorshipId, escalationId, ids };
  }, 120_000);
  afterAll(() => engine.close());

  const as = (actor: Actor) => engine.auth(actor.split('-')[0] as 'coordinator', world.ids[actor]);

  it('gives every actor exactly the access the matrix says, on every route', async () => {
    const cells: string[] = [];
    const wrong: string[] = [];
    for (const row of MATRIX) {
      for (const actor of ACTORS) {
        const { method, path, body } = row.call(world);
        const expected = row.allowed[actor] ?? 403;
        const call = http[method](path).set(as(actor));
        const response = await (body ? call.send(body) : call);
        cells.push(`${row.route} × ${actor}`);
        if (response.status !== expected) wrong.push(`${row.route} as ${actor}: ${response.status}, expected ${expected}`);
      }
    }
    console.log(`access matrix: ${cells.length} cells (${MATRIX.length} routes × ${ACTORS.length} actors), ${cells.length - wrong.length} as expected`);
    expect(wrong).toEqual([]);
  });

  it("shows the referrer only that her referral's course exists, its phase and outcome, and the panel only what the escalation needs", async () => {
    const seen = (await http.get(`/mentorships/${world.mentorshipId}`).set(as('referrer-own')).expect(200)).body;
    expect(Object.keys(seen).sort()).toEqual(['mentorshipId', 'phase']);
    expect(seen).toEqual({ mentorshipId: world.mentorshipId, phase: 'active' });
    const escalation = (await http.get(`/escalations/${world.escalationId}`).set(as('panel-own')).expect(200)).body;
    expect(JSON.stringify(escalation)).not.toMatch(new RegExp(`${world.mentorshipId}|${world.youngPersonId}|${world.ids['mentor-own']}|Aisha`));
  });
});
