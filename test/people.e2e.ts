import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Coordinator, Mentor, Municipality, PanelMember, Referrer, YoungPerson } from '../libs/persistence/entities';
import { findPreset } from '../libs/domain/policy/presets';
import { CoordinatorAuth, Engine, startEngine } from './support/engine';

/** Rows the tests share one database with other files for: every name and slug is made unique. */
const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;
const PEOPLE_ENTITIES = [Municipality, Coordinator, Referrer, Mentor, YoungPerson, PanelMember];

describe('people and municipalities through the real API and PostgreSQL', () => {
  let engine: Engine;
  let http: ReturnType<typeof request>;
  let programId: string;
  let municipalityId: string;
  /** The coordinator of the tests' programs; a program administrator makes the programs and the kinds she manages. */
  let programCoordinator: CoordinatorAuth;
  const coordinator = () => programCoordinator;
  const admin = () => engine.admin();
  const as = (path: string) => (['/municipalities', '/coordinators', '/panel-members'].includes(path) ? admin() : coordinator());
  const rowCount = async () => {
    const counts = await Promise.all(PEOPLE_ENTITIES.map((entity) => engine.dataSource.getRepository(entity).count({ withDeleted: true })));
    return counts.reduce((sum, count) => sum + count, 0);
  };
  const problemPaths = (body: { problems?: Array<{ path: string }> }) => (body.problems ?? []).map((problem) => problem.path);

  beforeAll(async () => {
    engine = await startEngine();
    http = request(engine.api.getHttpServer());
    // PIFT's escalation categories and one more, for the panel member's patch below.
    const policy = findPreset('pift')!.policy;
    const escalations = { ...policy.escalations, categories: [...policy.escalations.categories, 'substance-use'] };
    ({ id: programId, coordinator: programCoordinator } = await engine.program({
      preset: 'pift',
      slug: unique('people'),
      policy: { ...policy, escalations },
    }));
    ({ id: municipalityId } = (
      await http
        .post('/municipalities')
        .set(admin())
        .send({ name: unique('Odense') })
        .expect(201)
    ).body);
  });
  afterAll(() => engine.close());

  /** Each kind: a body to create it, a list filter, a patch, and what the row looks like after the patch. */
  const kinds = () => [
    {
      path: '/municipalities',
      create: { name: unique('Nyborg'), code: '450' },
      filter: {},
      patch: { code: '451' },
      patched: { code: '451' },
    },
    {
      path: '/coordinators',
      create: { contact: { name: 'Kim Holm', email: 'kim@example.dk' }, municipalityId },
      filter: { municipalityId },
      patch: { contact: { phone: '+45 11 22 33 44' } },
      patched: { contact: { name: 'Kim Holm', email: 'kim@example.dk', phone: '+45 11 22 33 44', language: 'da' }, municipalityId },
    },
    {
      path: '/referrers',
      create: { contact: { name: 'Lene Dahl', language: 'en' }, kind: 'caseworker', municipalityId },
      filter: { municipalityId },
      patch: { kind: 'study-counsellor' },
      patched: { contact: { name: 'Lene Dahl', language: 'en' }, kind: 'study-counsellor' },
    },
    {
      path: '/mentors',
      create: {
        contact: { name: 'Maria Berg' },
        programId,
        gender: 'female',
        profile: { languages: ['danish'], interests: ['running'], area: 'Odense C' },
      },
      filter: { programId },
      patch: { municipalityId, profile: { availability: ['weekends'] } },
      patched: { municipalityId, profile: { languages: ['danish'], interests: ['running'], area: 'Odense C', availability: ['weekends'] } },
    },
    {
      path: '/young-people',
      create: {
        contact: { name: 'Aisha Nour', email: 'aisha@example.dk' },
        birthDate: '2006-04-17',
        gender: 'female',
        municipalityId,
        preferredMentorGender: 'female',
        wishes: { languages: ['arabic', 'danish'], interests: ['drawing'], area: 'Vollsmose', availability: ['weekday-evenings'] },
        needs: 'Getting back into school.',
      },
      filter: { municipalityId },
      patch: { needs: 'Finding an apprenticeship.', contact: { email: null } },
      patched: { needs: 'Finding an apprenticeship.', contact: { name: 'Aisha Nour', email: null }, wishes: { area: 'Vollsmose' } },
    },
    {
      path: '/panel-members',
      create: { contact: { name: 'Dr. Jonas Vinter' }, programId, categories: ['mental-health'], profession: 'psychiatrist' },
      filter: { programId },
      patch: { categories: ['mental-health', 'substance-use'] },
      patched: { categories: ['mental-health', 'substance-use'], profession: 'psychiatrist' },
    },
  ];

  it.each(kinds().map((kind) => kind.path))('%s: create, read, list, patch, archive, and still read the archived row', async (path) => {
    // kinds() again inside the test: the ids it refers to exist only after beforeAll.
    const kind = kinds().find((candidate) => candidate.path === path)!;
    const { body: created } = await http.post(kind.path).set(as(kind.path)).send(kind.create).expect(201);
    expect(created).toMatchObject({ ...kind.create, id: expect.any(String), archivedAt: null });

    await http
      .get(`${kind.path}/${created.id}`)
      .set(as(kind.path))
      .expect(200)
      .expect(({ body }) => expect(body).toEqual(created));
    const listed = await http.get(kind.path).query(kind.filter).set(as(kind.path)).expect(200);
    expect(listed.body.map((row: { id: string }) => row.id)).toContain(created.id);

    const { body: patched } = await http.patch(`${kind.path}/${created.id}`).set(as(kind.path)).send(kind.patch).expect(200);
    expect(patched).toMatchObject(kind.patched);

    const { body: archived } = await http.delete(`${kind.path}/${created.id}`).set(as(kind.path)).expect(200);
    expect(archived.archivedAt).toEqual(expect.any(String));
    const live = await http.get(kind.path).query(kind.filter).set(as(kind.path)).expect(200);
    expect(live.body.map((row: { id: string }) => row.id)).not.toContain(created.id);
    const all = await http
      .get(kind.path)
      .query({ ...kind.filter, includeArchived: 'true' })
      .set(as(kind.path))
      .expect(200);
    expect(all.body.find((row: { id: string }) => row.id === created.id)).toMatchObject({
      ...kind.patched,
      archivedAt: archived.archivedAt,
    });
    await http
      .get(`${kind.path}/${created.id}`)
      .set(as(kind.path))
      .expect(200)
      .expect(({ body }) => expect(body.archivedAt).toBe(archived.archivedAt));

    // Archiving again changes nothing; changing an archived row is refused.
    await http
      .delete(`${kind.path}/${created.id}`)
      .set(as(kind.path))
      .expect(200)
      .expect(({ body }) => expect(body.archivedAt).toBe(archived.archivedAt));
    const refused = await http.patch(`${kind.path}/${created.id}`).set(as(kind.path)).send(kind.patch).expect(409);
    expect(refused.body.message).toContain('archived');
  });

  it('filters lists by program and municipality', async () => {
    const otherProgram = await engine.program({ preset: 'vallensbaek', slug: unique('filter') }, programCoordinator);
    const { body: here } = await http
      .post('/mentors')
      .set(coordinator())
      .send({ contact: { name: 'Here' }, programId })
      .expect(201);
    const { body: there } = await http
      .post('/mentors')
      .set(coordinator())
      .send({ contact: { name: 'There' }, programId: otherProgram.id })
      .expect(201);
    const { body: listed } = await http.get('/mentors').query({ programId: otherProgram.id }).set(coordinator()).expect(200);
    expect(listed.map((mentor: { id: string }) => mentor.id)).toEqual([there.id]);
    expect(listed.map((mentor: { id: string }) => mentor.id)).not.toContain(here.id);
    await http.get('/mentors').query({ programId: 'not-a-uuid' }).set(coordinator()).expect(400);
  });

  it.each([
    [
      'an unknown field',
      '/mentors',
      () => ({ contact: { name: 'X', nickname: 'x' }, programId, surprise: true }),
      ['contact.nickname', 'surprise'],
    ],
    ['a wrong type', '/coordinators', () => ({ contact: { name: 7 }, municipalityId: 12 }), ['contact.name', 'municipalityId']],
    [
      'a bad email',
      '/referrers',
      () => ({ contact: { name: 'X', email: 'not-an-email' }, kind: 'caseworker', municipalityId }),
      ['contact.email'],
    ],
    [
      'a bad enum',
      '/referrers',
      () => ({ contact: { name: 'X', language: 'sv' }, kind: 'teacher', municipalityId }),
      ['contact.language', 'kind'],
    ],
    ['a missing required field', '/young-people', () => ({ contact: { name: 'X' } }), ['birthDate', 'municipalityId']],
    [
      'a birth date in the future',
      '/young-people',
      () => ({ contact: { name: 'X' }, birthDate: '2999-01-01', municipalityId }),
      ['birthDate'],
    ],
    [
      'a day that does not exist',
      '/young-people',
      () => ({ contact: { name: 'X' }, birthDate: '2006-02-30', municipalityId }),
      ['birthDate'],
    ],
    [
      'too many tags and too long needs',
      '/young-people',
      () => ({
        contact: { name: 'X' },
        birthDate: '2006-01-01',
        municipalityId,
        wishes: { interests: Array.from({ length: 51 }, (_, i) => `i${i}`) },
        needs: 'x'.repeat(2001),
      }),
      ['wishes.interests', 'needs'],
    ],
    [
      'null for a field that must have a value',
      '/panel-members',
      () => ({ contact: { name: 'X', language: null }, programId, profession: null }),
      ['contact.language', 'profession'],
    ],
  ])('answers %s with 400 naming the field, writing nothing', async (_, path, body, paths) => {
    const before = await rowCount();
    const response = await http.post(path).set(as(path)).send(body()).expect(400);
    expect(problemPaths(response.body)).toEqual(expect.arrayContaining(paths));
    for (const field of paths) expect(response.body.message).toContain(field);
    expect(await rowCount()).toBe(before);
  });

  it('answers an unknown or archived municipality or program with 400 naming the field, writing nothing', async () => {
    const { body: archivedMunicipality } = await http
      .post('/municipalities')
      .set(admin())
      .send({ name: unique('Gone') })
      .expect(201);
    await http.delete(`/municipalities/${archivedMunicipality.id}`).set(admin()).expect(200);
    const before = await rowCount();

    const unknown = await http
      .post('/young-people')
      .set(coordinator())
      .send({ contact: { name: 'X' }, birthDate: '2006-01-01', municipalityId: randomUUID() })
      .expect(400);
    expect(unknown.body.message).toBe('municipalityId: no such municipality');
    const archived = await http
      .post('/referrers')
      .set(coordinator())
      .send({ contact: { name: 'X' }, kind: 'caseworker', municipalityId: archivedMunicipality.id })
      .expect(400);
    expect(archived.body.message).toBe('municipalityId: the municipality is archived');
    const both = await http
      .post('/mentors')
      .set(coordinator())
      .send({ contact: { name: 'X' }, programId: randomUUID(), municipalityId: randomUUID() })
      .expect(400);
    expect(problemPaths(both.body).sort()).toEqual(['municipalityId', 'programId']);
    expect(both.body.message).toContain('programId: no such program');
    const programs = await http
      .post('/coordinators')
      .set(admin())
      .send({ contact: { name: 'X' }, programIds: [programId, randomUUID()] })
      .expect(400);
    expect(programs.body.message).toBe('programIds[1]: no such program');
    const mode = await http
      .post('/coordinators')
      .set(admin())
      .send({ contact: { name: 'X' }, programIds: [programId, programId], notificationMode: 'hourly' })
      .expect(400);
    expect(problemPaths(mode.body).sort()).toEqual(['notificationMode', 'programIds']);

    expect(await rowCount()).toBe(before);
  });

  it('links a coordinator to the programs she coordinates and keeps how she wants her nudges', async () => {
    const { body: created } = await http
      .post('/coordinators')
      .set(admin())
      .send({ contact: { name: 'Kim Holm' }, programIds: [programId] })
      .expect(201);
    expect(created).toMatchObject({ programIds: [programId], notificationMode: 'immediate' });
    const { body: patched } = await http
      .patch(`/coordinators/${created.id}`)
      .set(admin())
      .send({ notificationMode: 'daily-digest' })
      .expect(200);
    expect(patched).toMatchObject({ programIds: [programId], notificationMode: 'daily-digest' });
  });

  it('checks a patch like a create: bad fields and unknown references are refused and nothing changes', async () => {
    const { body: mentor } = await http
      .post('/mentors')
      .set(coordinator())
      .send({ contact: { name: 'Patch Me' }, programId })
      .expect(201);
    const nulled = await http
      .patch(`/mentors/${mentor.id}`)
      .set(coordinator())
      .send({ contact: { name: null }, programId: null })
      .expect(400);
    expect(problemPaths(nulled.body)).toEqual(expect.arrayContaining(['contact.name', 'programId']));
    const unknown = await http.patch(`/mentors/${mentor.id}`).set(coordinator()).send({ municipalityId: randomUUID() }).expect(400);
    expect(unknown.body.message).toBe('municipalityId: no such municipality');
    await http
      .get(`/mentors/${mentor.id}`)
      .set(coordinator())
      .expect(200)
      .expect(({ body }) => expect(body).toEqual(mentor));
  });

  it("refuses a panel member's category her program's escalations do not have (400 naming it), on create and on patch", async () => {
    const body = { contact: { name: 'Dr. Ida Lund' }, programId, categories: ['mental-health', 'mentalhealth'] };
    const problem = {
      path: 'categories[1]',
      problem:
        `"mentalhealth" is not one of the program's escalation categories ` +
        '(mental-health, social, education-and-work, engagement, other, substance-use)',
      code: 'not-an-escalation-category',
      params: {
        category: 'mentalhealth',
        allowed: ['mental-health', 'social', 'education-and-work', 'engagement', 'other', 'substance-use'],
      },
    };
    const refused = await http.post('/panel-members').set(admin()).send(body).expect(400);
    expect(refused.body).toMatchObject({ statusCode: 400, problems: [problem] });
    const { body: member } = await http
      .post('/panel-members')
      .set(admin())
      .send({ ...body, categories: ['mental-health'] })
      .expect(201);
    const patch = await http
      .patch(`/panel-members/${member.id}`)
      .set(admin())
      .send({ categories: ['mental-health', 'mentalhealth'] })
      .expect(400);
    expect(patch.body.problems).toEqual([problem]);
    await http
      .get(`/panel-members/${member.id}`)
      .set(admin())
      .expect(200)
      .expect(({ body: kept }) => expect(kept.categories).toEqual(['mental-health']));
  });

  it('answers an unknown id with 404, a malformed one with 400, and a second municipality of the same name with 409', async () => {
    await http.get(`/young-people/${randomUUID()}`).set(coordinator()).expect(404);
    await http.patch(`/coordinators/${randomUUID()}`).set(admin()).send({}).expect(404);
    await http.get('/referrers/not-a-uuid').set(coordinator()).expect(400);
    const { body: existing } = await http.get(`/municipalities/${municipalityId}`).set(coordinator()).expect(200);
    await http.post('/municipalities').set(admin()).send({ name: existing.name }).expect(409);
  });

  it('refuses every route to a mentor (403), writing nothing', async () => {
    const before = await rowCount();
    const mentor = engine.auth('mentor');
    for (const path of ['/municipalities', '/coordinators', '/referrers', '/mentors', '/young-people', '/panel-members']) {
      await http.get(path).set(mentor).expect(403);
      await http.get(`${path}/${randomUUID()}`).set(mentor).expect(403);
      await http
        .post(path)
        .set(mentor)
        .send({ name: unique('Nope'), contact: { name: 'Nope' } })
        .expect(403);
      await http.patch(`${path}/${municipalityId}`).set(mentor).send({}).expect(403);
      await http.delete(`${path}/${municipalityId}`).set(mentor).expect(403);
    }
    expect(await rowCount()).toBe(before);
    const { body } = await http.get(`/municipalities/${municipalityId}`).set(coordinator()).expect(200);
    expect(body.archivedAt).toBeNull();
  });
});
