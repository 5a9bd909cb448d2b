import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Mentor, Mentorship, Referral } from '../libs/persistence/entities';
import { CoordinatorAuth, Engine, startEngine } from './support/engine';

/** Rows the tests share one database with other files for: every name and slug is made unique. */
const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

describe('mentor candidates through the real API and PostgreSQL', () => {
  let engine: Engine;
  let http: ReturnType<typeof request>;
  let aalborgId: string;
  let piftId: string;
  let mentorsMunicipalityId: string;
  let referrerId: string;
  let menteeId: string;
  let aishaId: string;
  /** Coordinates both programs the tests match in. */
  let coordinatorOfBoth: CoordinatorAuth;
  const coordinator = () => coordinatorOfBoth;
  const candidates = (programId: string, youngPersonId: string) =>
    http.get(`/programs/${programId}/mentor-candidates`).query({ youngPersonId }).set(coordinator());

  const newMentor = async (programId: string, body: object): Promise<string> =>
    (
      await http
        .post('/mentors')
        .set(coordinator())
        .send({ contact: { name: unique('Mentor') }, programId, municipalityId: mentorsMunicipalityId, ...body })
        .expect(201)
    ).body.id;

  /** The mentor's workflow sets this on approval; written directly here so the test need not walk each path. */
  const makeAvailable = (mentorId: string) =>
    engine.dataSource.getRepository(Mentor).update(mentorId, { pathPhase: 'available', pathPhaseSince: new Date() });

  /** A course with this mentor in the given phase; its id is a referral's, as the schema requires. */
  const giveMentorship = async (programId: string, mentorId: string, phase: string) => {
    const referral = await engine.dataSource.getRepository(Referral).save({
      programId,
      policyVersion: 1,
      municipalityId: mentorsMunicipalityId,
      referrerId,
      youngPersonId: menteeId,
      referredAt: new Date(),
      createdBy: 'test',
    });
    await engine.dataSource.getRepository(Mentorship).insert({
      id: referral.id,
      programId,
      policyVersion: 1,
      youngPersonId: menteeId,
      municipalityId: mentorsMunicipalityId,
      phase,
      phaseSince: new Date(),
      mentorId,
    });
  };

  beforeAll(async () => {
    engine = await startEngine();
    http = request(engine.api.getHttpServer());
    ({ id: aalborgId, coordinator: coordinatorOfBoth } = await engine.program({
      preset: 'aalborg-mentor-corps',
      slug: unique('matching'),
    }));
    ({ id: piftId } = await engine.program({ preset: 'pift', slug: unique('matching') }, coordinatorOfBoth));
    ({ id: mentorsMunicipalityId } = (
      await http
        .post('/municipalities')
        .set(engine.admin())
        .send({ name: unique('Aalborg') })
        .expect(201)
    ).body);
    // She lives in another municipality than every mentor: matching does not care.
    const { body: hers } = await http
      .post('/municipalities')
      .set(engine.admin())
      .send({ name: unique('Odense') })
      .expect(201);
    ({ id: referrerId } = (
      await http
        .post('/referrers')
        .set(coordinator())
        .send({ contact: { name: 'Lene Dahl' }, kind: 'caseworker', municipalityId: mentorsMunicipalityId })
        .expect(201)
    ).body);
    ({ id: menteeId } = (
      await http
        .post('/young-people')
        .set(coordinator())
        .send({ contact: { name: 'Other Mentee' }, birthDate: '2004-01-01', municipalityId: mentorsMunicipalityId })
        .expect(201)
    ).body);
    ({ id: aishaId } = (
      await http
        .post('/young-people')
        .set(coordinator())
        .send({
          contact: { name: 'Aisha Nour' },
          birthDate: '2006-04-17',
          gender: 'female',
          municipalityId: hers.id,
          preferredMentorGender: 'female',
          wishes: {
            languages: ['arabic', 'danish'],
            interests: ['drawing', 'football'],
            area: 'Vollsmose',
            availability: ['weekday-evenings'],
          },
        })
        .expect(201)
    ).body);
  });
  afterAll(() => engine.close());

  it('ranks the available mentors of the program by fit, explaining each score, and excludes a contradicting gender', async () => {
    const best = await newMentor(aalborgId, {
      gender: 'female',
      profile: { languages: ['Arabic', 'danish '], interests: ['football'], area: 'vollsmose', availability: ['weekday-evenings'] },
    });
    const second = await newMentor(aalborgId, {
      gender: 'female',
      profile: { languages: ['danish'], area: 'Odense C', availability: ['weekday-evenings', 'weekends'] },
    });
    const male = await newMentor(aalborgId, { gender: 'male', profile: { languages: ['arabic', 'danish'], area: 'Vollsmose' } });
    const notYetApproved = await newMentor(aalborgId, { gender: 'female' });
    const archived = await newMentor(aalborgId, { gender: 'female' });
    const ofAnotherProgram = await newMentor(piftId, { gender: 'female' });
    for (const id of [best, second, male, archived, ofAnotherProgram]) await makeAvailable(id);
    await http.delete(`/mentors/${archived}`).set(coordinator()).expect(200);
    // Two of these hold one of the second mentor's slots; a closed course no longer does.
    for (const phase of ['proposed', 'active', 'closed']) await giveMentorship(aalborgId, second, phase);

    const { body } = await candidates(aalborgId, aishaId).expect(200);

    expect(body).toEqual({
      candidates: [
        {
          mentorId: best,
          score: 59,
          freeSlots: 20,
          explanation: [
            { factor: 'languages', points: 20, detail: 'shares arabic, danish' },
            { factor: 'interests', points: 5, detail: 'shares football' },
            { factor: 'area', points: 15, detail: 'both in Vollsmose' },
            { factor: 'availability', points: 15, detail: 'shares weekday-evenings' },
            { factor: 'free-capacity', points: 4, detail: '20 of 20 slots free' },
          ],
        },
        {
          mentorId: second,
          score: 29,
          freeSlots: 18,
          explanation: [
            { factor: 'languages', points: 10, detail: 'shares danish' },
            { factor: 'interests', points: 0, detail: 'shares none of: drawing, football' },
            { factor: 'area', points: 0, detail: 'not in Vollsmose' },
            { factor: 'availability', points: 15, detail: 'shares weekday-evenings' },
            { factor: 'free-capacity', points: 4, detail: '18 of 20 slots free' },
          ],
        },
      ],
      excluded: [
        {
          mentorId: male,
          reason: 'the mentor is male; the young person prefers a female mentor',
          reasons: [
            {
              code: 'gender-not-preferred',
              params: { mentorGender: 'male', preferredGender: 'female' },
              message: 'the mentor is male; the young person prefers a female mentor',
            },
          ],
        },
      ],
    });
    expect(JSON.stringify(body)).not.toContain(notYetApproved);
  });

  it('excludes a mentor whose every slot is taken under the program’s capacity', async () => {
    const full = await newMentor(piftId, { gender: 'female' });
    const free = await newMentor(piftId, { gender: 'female' });
    for (const id of [full, free]) await makeAvailable(id);
    await giveMentorship(piftId, full, 'agreeing');
    await giveMentorship(piftId, free, 'closed');

    const { body } = await candidates(piftId, aishaId).expect(200);

    expect(body.excluded).toContainEqual({
      mentorId: full,
      reason: 'no free slot (1 of 1 taken)',
      reasons: [{ code: 'no-free-slot', params: { taken: 1, capacity: 1 }, message: 'no free slot (1 of 1 taken)' }],
    });
    expect(body.candidates.map((candidate: { mentorId: string }) => candidate.mentorId)).not.toContain(full);
    expect(body.candidates).toContainEqual(expect.objectContaining({ mentorId: free, freeSlots: 1 }));
  });

  it('is for coordinators only', async () => {
    await http.get(`/programs/${aalborgId}/mentor-candidates`).query({ youngPersonId: aishaId }).set(engine.auth('mentor')).expect(403);
  });

  it('answers a bad or missing id with 400 naming it', async () => {
    const badYoungPerson = await candidates(aalborgId, 'not-a-uuid').expect(400);
    expect(badYoungPerson.body.problems.map((problem: { path: string }) => problem.path)).toEqual(['youngPersonId']);
    expect(badYoungPerson.body.message).toContain('youngPersonId');
    const badProgram = await candidates('not-a-uuid', aishaId).expect(400);
    expect(badProgram.body.message).toContain('programId');
    const missing = await http.get(`/programs/${aalborgId}/mentor-candidates`).set(coordinator()).expect(400);
    expect(missing.body.message).toContain('youngPersonId');
  });

  it('answers an unknown young person or program with 404 saying which', async () => {
    const unknownYoungPerson = randomUUID();
    const noSuchPerson = await candidates(aalborgId, unknownYoungPerson).expect(404);
    expect(noSuchPerson.body.message).toBe(`no such young person: ${unknownYoungPerson}`);
    const unknownProgram = randomUUID();
    const noSuchProgram = await candidates(unknownProgram, aishaId).expect(404);
    expect(noSuchProgram.body.message).toBe(`program ${unknownProgram} does not exist`);
  });
});
