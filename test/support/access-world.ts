import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { FAST_START_POLICY } from '../../scripts/stack/fast-start-policy';
import type { Role } from '../../libs/auth/roles';
import { Engine } from './engine';
import { activateCourse, matchCourse } from './mentorships';

/**
 * Each role, related to the world's data ("own") or not ("other"). The
 * coordinator coordinates the world's program; coordinator-other another
 * program; municipal-other the world's program, for a municipality other than
 * the world's course's. Program administrators and operators have no relation.
 */
export type Actor =
  | 'coordinator'
  | 'coordinator-other'
  | 'municipal-other'
  | 'program-admin'
  | 'mentor-own'
  | 'mentor-other'
  | 'referrer-own'
  | 'referrer-other'
  | 'panel-own'
  | 'panel-other'
  | 'operator';
export const ACTORS: Actor[] = [
  'coordinator',
  'coordinator-other',
  'municipal-other',
  'program-admin',
  'mentor-own',
  'mentor-other',
  'referrer-own',
  'referrer-other',
  'panel-own',
  'panel-other',
  'operator',
];
const ROLE_OF: Record<Actor, Role> = {
  coordinator: 'coordinator',
  'coordinator-other': 'coordinator',
  'municipal-other': 'coordinator',
  'program-admin': 'program-admin',
  'mentor-own': 'mentor',
  'mentor-other': 'mentor',
  'referrer-own': 'referrer',
  'referrer-other': 'referrer',
  'panel-own': 'panel',
  'panel-other': 'panel',
  operator: 'operator',
};

/**
 * The data every cell is called on: one active course (referred by
 * referrer-own, matched to mentor-own), an escalation about it put to
 * panel-own, and a nudge to mentor-own; besides, an escalation the engine
 * raised on another course of hers, so the panel's lists hold one. The "other" actors are real people
 * of the same program with no relation to any of it.
 */
export interface World {
  today: string;
  programId: string;
  municipalityId: string;
  quotaId: string;
  youngPersonId: string;
  mentorshipId: string;
  escalationId: string;
  /** Raised by the engine on a low WHO-5: what the panel sees of a score. */
  engineEscalationId: string;
  nudgeId: string;
  ids: Record<Actor, string>;
  /** What identifies the young person, for the scan of what the others see. */
  youngPerson: { name: string; birthDate: string };
}

export const POLICY = {
  ...FAST_START_POLICY,
  // Room for mentor-own to take the fresh courses some rows need.
  mentors: { ...FAST_START_POLICY.mentors, capacity: 30 },
  // A WHO-5 due a second into each course, so mentor-own has an open reminder (the one due at the start rides in the welcome).
  measurements: {
    ...FAST_START_POLICY.measurements,
    schedule: FAST_START_POLICY.measurements.schedule.map((due) =>
      due.instrument === 'who5' ? { ...due, at: ['0d', '1s', ...due.at.slice(1)] } : due,
    ),
  },
};
/** The kinds a program administrator makes; coordinators make the rest. */
export const ADMINISTERED = ['/municipalities', '/coordinators', '/panel-members', '/quotas'];

const short = () => randomUUID().slice(0, 8);
// A name no other test file uses: the leak scans look for its words in every answer, and other files' rows share the database
// (the API fuzzer even writes names it read from answers into coordinators and API tokens).
const NAME_MARK = short();
const YOUNG_PERSON = { name: `Aisha${NAME_MARK} Nour${NAME_MARK}`, birthDate: '2004-04-17' };
export const bodies = {
  program: () => ({ slug: `access-${short()}`, name: 'Access matrix', policy: POLICY }),
  account: () => ({ email: `admin-${short()}@access.example.dk`, name: 'Invited administrator', role: 'program-admin' }),
  municipality: () => ({ name: `Aarhus ${short()}` }),
  coordinator: (w: Pick<World, 'programId'>, municipalityId?: string) => ({
    contact: { name: 'Coordinator' },
    programIds: [w.programId],
    ...(municipalityId ? { municipalityId } : {}),
  }),
  referrer: (w: Pick<World, 'municipalityId'>) => ({ contact: { name: 'Referrer' }, kind: 'caseworker', municipalityId: w.municipalityId }),
  mentor: (w: Pick<World, 'programId' | 'municipalityId'>) => ({
    contact: { name: 'Mentor' },
    programId: w.programId,
    municipalityId: w.municipalityId,
  }),
  youngPerson: (w: Pick<World, 'municipalityId'>) => ({
    contact: { name: YOUNG_PERSON.name },
    birthDate: YOUNG_PERSON.birthDate,
    municipalityId: w.municipalityId,
  }),
  // Another category than the world's escalations, so a member made by a row never takes them.
  panelMember: (w: Pick<World, 'programId'>) => ({
    contact: { name: 'Panel' },
    programId: w.programId,
    categories: ['other'],
    profession: 'psychologist',
  }),
  quota: (w: Pick<World, 'programId' | 'municipalityId'>) => ({
    programId: w.programId,
    municipalityId: w.municipalityId,
    // This year's, so a referrer's own referral (which needs a quota covering today) works whenever the matrix runs.
    periodStart: `${new Date().getUTCFullYear()}-01-01`,
    periodEnd: `${new Date().getUTCFullYear() + 1}-01-01`,
    agreed: 12,
  }),
  escalation: () => ({
    id: randomUUID(),
    reason: 'concern',
    category: 'mental-health',
    urgency: 'normal',
    question: 'She seems very low.',
  }),
};

/**
 * Makes the world once, and for the rows whose call changes what it acts on
 * a fresh object with the same relations for each actor allowed to call
 * them: so no cell sees what another cell did, whatever their order.
 */
export class Fixtures {
  readonly http: ReturnType<typeof request>;
  private readonly base: Pick<World, 'today' | 'programId' | 'municipalityId' | 'ids'> = {
    today: '',
    programId: '',
    municipalityId: '',
    ids: {} as Record<Actor, string>,
  };

  private constructor(private readonly engine: Engine) {
    this.http = request(engine.api.getHttpServer());
  }

  static async build(engine: Engine): Promise<{ world: World; make: Fixtures }> {
    const make = new Fixtures(engine);
    return { world: await make.world(), make };
  }

  /** A bearer header for the actor, with the world's id for her. */
  as(actor: Actor): { Authorization: string } {
    return this.engine.auth(ROLE_OF[actor], this.base.ids[actor]);
  }

  async program(): Promise<string> {
    return (await this.post('/programs', bodies.program(), 201, this.as('program-admin'))).id;
  }

  async municipality(): Promise<string> {
    return (await this.post('/municipalities', bodies.municipality(), 201, this.as('program-admin'))).id;
  }

  async youngPerson(): Promise<string> {
    return (await this.post('/young-people', bodies.youngPerson(this.base))).id;
  }

  async quota(): Promise<string> {
    return (
      await this.post('/quotas', bodies.quota({ ...this.base, municipalityId: await this.municipality() }), 201, this.as('program-admin'))
    ).id;
  }

  /** A fresh active program with this year's quota for the world's municipality: one its referrers may refer to themselves. */
  async referrableProgram(): Promise<string> {
    const programId = await this.program();
    await this.post('/quotas', bodies.quota({ programId, municipalityId: this.base.municipalityId }), 201, this.as('program-admin'));
    return programId;
  }

  /** Any archivable row, made through its own POST route by whoever makes that kind: a program administrator, or the coordinator. */
  async row(path: string, body: object): Promise<string> {
    const maker = ADMINISTERED.includes(path) ? 'program-admin' : 'coordinator';
    return (await this.post(path, body, 201, this.as(maker))).id;
  }

  /** A mentor on her path as far as asked: by default approved and available, as mentor-own is. */
  async mentor(until: 'screening' | 'available' = 'available'): Promise<string> {
    const { id } = await this.post('/mentors', bodies.mentor(this.base));
    const steps = ['application', 'path/begin-screening', ...(until === 'available' ? ['path/approve'] : [])];
    for (const step of steps) await this.post(`/mentors/${id}/${step}`, {}, 200);
    return id;
  }

  /** A fresh young person's course, referred by referrer-own and matched to mentor-own, taken as far as asked. */
  async course(until: 'agreeing' | 'active' = 'active', youngPersonId?: string): Promise<string> {
    const { programId, ids } = this.base;
    youngPersonId ??= await this.youngPerson();
    const { id } = await this.post(
      '/referrals',
      { programId, referrerId: ids['referrer-own'], youngPersonId },
      201,
      this.as('referrer-own'),
    );
    const parties = { coordinator: this.as('coordinator'), mentorId: ids['mentor-own'], mentor: this.as('mentor-own') };
    if (until === 'active') await activateCourse(this.http, id, parties);
    else await matchCourse(this.http, id, parties);
    return id;
  }

  /** mentor-own's concern about the course, once its workflow has put it to panel-own. */
  async escalation(mentorshipId: string): Promise<string> {
    const body = bodies.escalation();
    await this.post(`/mentorships/${mentorshipId}/escalations`, body, 200, this.as('mentor-own'));
    await this.until(
      `escalation ${body.id} put to the panel`,
      async () => (await this.http.get(`/escalations/${body.id}`).set(this.as('coordinator'))).body.ownerIds?.length > 0,
    );
    return body.id;
  }

  /** An escalation the engine raised itself: a course's first WHO-5 in the high-risk band, the score its facts, put to panel-own. */
  async engineEscalation(): Promise<string> {
    const mentorshipId = await this.course();
    const measurement = { id: randomUUID(), instrument: 'who5', duePoint: '0d', measuredOn: this.base.today, answers: [1, 1, 1, 1, 1] };
    await this.post(`/mentorships/${mentorshipId}/measurements`, measurement, 200, this.as('mentor-own'));
    let escalationId = '';
    await this.until(`an escalation raised by the engine about mentorship ${mentorshipId}`, async () => {
      const open: Array<{ id: string; mentorshipId: string; ownerIds: string[] }> = (
        await this.http.get('/escalations').set(this.as('coordinator'))
      ).body;
      escalationId = open.find((escalation) => escalation.mentorshipId === mentorshipId)?.id ?? '';
      return (
        escalationId !== '' && (await this.http.get(`/escalations/${escalationId}`).set(this.as('coordinator'))).body.ownerIds?.length > 0
      );
    });
    return escalationId;
  }

  /** A nudge to mentor-own: the policy has a WHO-5 due a second into each course. */
  async mentorNudge(mentorshipId?: string): Promise<string> {
    const subject = `mentorship-${mentorshipId ?? (await this.course())}`;
    let nudgeId = '';
    await this.until(`a nudge to mentor-own about ${subject}`, async () => {
      const nudges: Array<{ id: string; subjectWorkflowId: string; kind: string }> = (
        await this.http.get('/nudges').set(this.as('mentor-own'))
      ).body;
      // Not the welcome, which wants no acknowledgement and ends once it is mailed.
      nudgeId = nudges.find((nudge) => nudge.subjectWorkflowId === subject && nudge.kind === 'measurement-due')?.id ?? '';
      return nudgeId !== '';
    });
    return nudgeId;
  }

  private async world(): Promise<World> {
    const { base } = this;
    const { ids } = base;
    base.today = new Date().toISOString().slice(0, 10);
    ids.operator = randomUUID();
    ids['program-admin'] = randomUUID();
    base.programId = await this.program();
    base.municipalityId = await this.municipality();
    ids.coordinator = await this.row('/coordinators', bodies.coordinator(base));
    ids['coordinator-other'] = await this.row('/coordinators', bodies.coordinator({ programId: await this.program() }));
    ids['municipal-other'] = await this.row('/coordinators', bodies.coordinator(base, await this.municipality()));
    for (const side of ['own', 'other'] as const) {
      ids[`referrer-${side}`] = await this.row('/referrers', bodies.referrer(base));
      ids[`mentor-${side}`] = await this.mentor();
    }
    // The other panel member answers another category, so the world's escalations go to panel-own only.
    ids['panel-own'] = await this.row('/panel-members', { ...bodies.panelMember(base), categories: ['mental-health'] });
    ids['panel-other'] = await this.row('/panel-members', { ...bodies.panelMember(base), categories: ['social'] });
    const quotaId = await this.row('/quotas', bodies.quota(base));

    const youngPersonId = await this.youngPerson();
    const mentorshipId = await this.course('active', youngPersonId);
    await this.post(
      `/mentorships/${mentorshipId}/meetings`,
      { id: randomUUID(), heldOn: base.today, minutes: 60, placeKind: 'cafe' },
      200,
      this.as('mentor-own'),
    );
    const escalationId = await this.escalation(mentorshipId);
    const nudgeId = await this.mentorNudge(mentorshipId);
    const engineEscalationId = await this.engineEscalation();
    return { ...base, quotaId, youngPersonId, mentorshipId, escalationId, engineEscalationId, nudgeId, youngPerson: YOUNG_PERSON };
  }

  private async post(path: string, body: object, status = 201, as = this.as('coordinator')) {
    const response = await this.http.post(path).set(as).send(body);
    if (response.status !== status)
      throw new Error(`making the world: POST ${path} answered ${response.status}, not ${status}: ${JSON.stringify(response.body)}`);
    return response.body;
  }

  /** The engine's workflows answer by their own tasks: asks until done, and says what never came. */
  private async until(what: string, done: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await done())) {
      if (Date.now() > deadline) throw new Error(`making the world: no ${what} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
