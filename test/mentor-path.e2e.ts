import { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Mentor, MentorPathEvent } from '../libs/persistence/entities';
import { CoordinatorAuth, Engine, startEngine } from './support/engine';

describe("a mentor's path through the real API, worker, Temporal and PostgreSQL", () => {
  let engine: Engine;
  let http: ReturnType<typeof request>;
  let programId: string;
  let municipalityId: string;
  /** The coordinator of the tests' program. */
  let programCoordinator: CoordinatorAuth;
  const coordinator = () => programCoordinator;
  const slug = `mentor-path-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    engine = await startEngine();
    http = request(engine.api.getHttpServer());
    ({ id: programId, coordinator: programCoordinator } = await engine.program({ preset: 'pift', slug }));
    ({ id: municipalityId } = (
      await http
        .post('/municipalities')
        .set(engine.admin())
        .send({ name: `Odense ${slug}` })
        .expect(201)
    ).body);
  });
  afterAll(() => engine.close());

  const newMentor = async (): Promise<string> =>
    (
      await http
        .post('/mentors')
        .set(coordinator())
        .send({ contact: { name: 'Mette Mentor' }, programId, municipalityId })
        .expect(201)
    ).body.id;
  const command = (mentorId: string, path: string, body: object = {}) =>
    http.post(`/mentors/${mentorId}/path/${path}`).set(coordinator()).send(body);

  it('takes a mentor from application to available, writing each step to Postgres', async () => {
    const mentorId = await newMentor();
    const applied = await http.post(`/mentors/${mentorId}/application`).set(coordinator()).expect(200);
    expect(applied.body).toMatchObject({ mentorId, phase: 'applied', capacity: 1 });
    await http.post(`/mentors/${mentorId}/application`).set(coordinator()).expect(200); // applying again answers the same path

    await command(mentorId, 'begin-screening').expect(200);
    for (const step of ['interview', 'references', 'criminal-record-check', 'child-offence-certificate']) {
      await command(mentorId, 'screening-steps', { step, result: 'passed' }).expect(200);
    }
    await command(mentorId, 'course/enrol').expect(200);
    await command(mentorId, 'course/complete').expect(200);
    const { body: available } = await command(mentorId, 'approve').expect(200);
    expect(available.phase).toBe('available');

    const row = await engine.dataSource.getRepository(Mentor).findOneByOrFail({ id: mentorId });
    expect(row.pathPhase).toBe('available');
    // Applied, screening begun, 4 steps, enrolled, completed, approved.
    expect(await engine.dataSource.getRepository(MentorPathEvent).countBy({ mentorId })).toBe(9);

    const description = await engine.api.get(Client).workflow.getHandle(`mentor-${mentorId}`).describe();
    expect(description.typedSearchAttributes.get({ name: 'MentorflowPhase', type: 'KEYWORD' })).toBe('available');
    expect(description.typedSearchAttributes.get({ name: 'MentorflowProgram', type: 'KEYWORD' })).toBe(slug);
    expect(description.typedSearchAttributes.get({ name: 'MentorflowMunicipality', type: 'KEYWORD' })).toBe(municipalityId);

    const refused = await command(mentorId, 'approve').expect(409);
    expect(refused.body.message).toBe('refused: the mentor is available; this needs awaiting-approval');
  });

  it('answers bad commands with 400, out-of-phase ones with 409, unknown mentors with 404', async () => {
    const mentorId = await newMentor();
    await command(mentorId, 'begin-screening').expect(404);
    await http.post(`/mentors/${mentorId}/application`).set(coordinator()).expect(200);
    const bad = await command(mentorId, 'screening-steps', { step: 'horoscope', result: 'passed', note: 'x' }).expect(400);
    expect(bad.body.problems.map((p: { path: string }) => p.path).sort()).toEqual(['note', 'step']);
    const early = await command(mentorId, 'screening-steps', { step: 'interview', result: 'passed' }).expect(409);
    expect(early.body.message).toBe('refused: the mentor is applied; this needs screening');
    await command(mentorId, 'withdraw', { reason: 'moved' }).expect(200);
    const ended = await command(mentorId, 'begin-screening').expect(409);
    expect(ended.body.message).toBe("refused: the mentor's path has ended (withdrawn)");
    await http.post(`/mentors/${randomUUID()}/application`).set(coordinator()).expect(404);
    await http.post('/mentors/not-a-uuid/application').set(coordinator()).expect(400);
  });

  it('lets a mentor read their own path and history, and no one else’s', async () => {
    const mentorId = await newMentor();
    const other = await newMentor();
    await http.post(`/mentors/${mentorId}/application`).set(coordinator()).expect(200);
    await command(mentorId, 'begin-screening').expect(200);
    await http
      .post('/group-meetings')
      .set(coordinator())
      .send({ programId, kind: 'sparring', heldOn: '2026-11-20', attendeeMentorIds: [mentorId, other] })
      .expect(201);

    await http.get(`/mentors/${mentorId}/path`).set(engine.auth('mentor', mentorId)).expect(200);
    await http.get(`/mentors/${mentorId}/path`).set(engine.auth('mentor', other)).expect(403);
    await command(mentorId, 'pause').set(engine.auth('mentor', mentorId)).expect(403);
    const { body: history } = await http.get(`/mentors/${mentorId}/history`).set(engine.auth('mentor', mentorId)).expect(200);
    expect(history.map((entry: { type: string; kind: string }) => `${entry.type}:${entry.kind}`)).toEqual(
      expect.arrayContaining(['path:screening-begun', 'group-meeting:sparring']),
    );

    const stranger = await http
      .post('/group-meetings')
      .set(coordinator())
      .send({ programId, kind: 'training', heldOn: '2026-11-21', attendeeMentorIds: [randomUUID()] })
      .expect(400);
    expect(stranger.body.problems[0].path).toBe('attendeeMentorIds');
  });

  it('answers what the policy she applied under requires: each step passed with its day or outstanding, course, approval', async () => {
    const { id: ownProgram } = await engine.program({ preset: 'pift', slug: `${slug}-rules` }, programCoordinator);
    const applicant = async () => {
      const body = { contact: { name: 'Mette Mentor' }, programId: ownProgram, municipalityId };
      const { id } = (await http.post('/mentors').set(coordinator()).send(body).expect(201)).body;
      await http.post(`/mentors/${id}/application`).set(coordinator()).expect(200);
      await command(id, 'begin-screening').expect(200);
      return id as string;
    };
    const checklistOf = async (mentorId: string) =>
      (await http.get(`/mentors/${mentorId}/path`).set(engine.auth('mentor', mentorId)).expect(200)).body.checklist;
    const first = await applicant();
    const { body: passed } = await command(first, 'screening-steps', { step: 'interview', result: 'passed' }).expect(200);
    const outstanding = { status: 'outstanding', at: null };
    const pift = {
      policyVersion: 1,
      screening: [
        { step: 'interview', status: 'passed', at: passed.screening[0].at },
        { step: 'references', ...outstanding },
        { step: 'criminal-record-check', ...outstanding },
        { step: 'child-offence-certificate', ...outstanding },
      ],
      course: { status: 'outstanding', enrolledAt: null, completedAt: null },
      approval: outstanding,
    };
    expect(await checklistOf(first)).toEqual(pift);

    // Revised (an interview and the certificate PIFT's minors need, no course), the policy is the next applicant's;
    // hers stays the one she applied under.
    const { body: current } = await http.get(`/programs/${ownProgram}/policy/versions/1`).set(engine.admin()).expect(200);
    const revised = {
      ...current.policy,
      screening: { ...current.policy.screening, steps: ['interview', 'child-offence-certificate'] },
      course: { ...current.policy.course, required: false },
    };
    await http.put(`/programs/${ownProgram}/policy`).set(engine.admin()).send({ policy: revised }).expect(200);
    expect(await checklistOf(first)).toEqual(pift);
    expect(await checklistOf(await applicant())).toEqual({
      policyVersion: 2,
      screening: [
        { step: 'interview', ...outstanding },
        { step: 'child-offence-certificate', ...outstanding },
      ],
      course: { status: 'not-required', enrolledAt: null, completedAt: null },
      approval: outstanding,
    });
  });
});
