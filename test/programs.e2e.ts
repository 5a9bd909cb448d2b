import { Client } from '@temporalio/client';
import request from 'supertest';
import { findPreset } from '../libs/domain/policy/presets';
import { Program, ProgramPolicyVersion } from '../libs/persistence/entities';
import { Engine, startEngine } from './support/engine';

describe('programs through the real API, worker, Temporal and PostgreSQL', () => {
  let engine: Engine;
  let http: ReturnType<typeof request>;
  const admin = () => engine.admin();
  const programCount = () => engine.dataSource.getRepository(Program).count({ withDeleted: true });

  beforeAll(async () => {
    engine = await startEngine();
    http = request(engine.api.getHttpServer());
  });
  afterAll(() => engine.close());

  it('creates a program from a preset: a row, a workflow program-<slug>, and the activity writing back', async () => {
    const response = await http.post('/programs').set(admin()).send({ preset: 'pift', slug: 'pift-slice' }).expect(201);
    expect(response.body).toMatchObject({ slug: 'pift-slice', status: 'active', policyVersion: 1, workflowId: 'program-pift-slice' });

    const row = await engine.dataSource.getRepository(Program).findOneByOrFail({ slug: 'pift-slice' });
    expect(row.status).toBe('active');
    expect(row.activatedAt).toBeInstanceOf(Date);
    const policy = await engine.dataSource.getRepository(ProgramPolicyVersion).findOneByOrFail({ programId: row.id, version: 1 });
    expect(policy.policy.mentors.capacity).toBe(1);

    const description = await engine.api.get(Client).workflow.getHandle('program-pift-slice').describe();
    expect(description.status.name).toBe('RUNNING');
    const attributes = description.typedSearchAttributes;
    expect(attributes.get({ name: 'MentorflowProgram', type: 'KEYWORD' })).toBe('pift-slice');
    expect(attributes.get({ name: 'MentorflowPhase', type: 'KEYWORD' })).toBe('active');
  });

  it('archives through the workflow, and refuses a second archive with a reason', async () => {
    const { body: created } = await http
      .post('/programs')
      .set(admin())
      .send({ preset: 'vallensbaek', slug: 'vallensbaek-archive' })
      .expect(201);
    const { body: archived } = await http.delete(`/programs/${created.id}`).set(admin()).expect(200);
    expect(archived.status).toBe('archived');
    expect(archived.archivedAt).toEqual(expect.any(String));

    const again = await http.delete(`/programs/${created.id}`).set(admin()).expect(409);
    expect(again.body.message).toContain('only an active program can be archived');
    const listed = await http.get('/programs').set(admin()).expect(200);
    expect(listed.body.map((p: { slug: string }) => p.slug)).not.toContain('vallensbaek-archive');
  });

  it('refuses a request without a token (401) and with the wrong role (403), writing nothing', async () => {
    const before = await programCount();
    await http.post('/programs').send({ preset: 'pift', slug: 'no-token' }).expect(401);
    await http.post('/programs').set({ Authorization: 'Bearer not-a-jwt' }).send({ preset: 'pift', slug: 'bad-token' }).expect(401);
    const forbidden = await http.post('/programs').set(engine.auth('mentor')).send({ preset: 'pift', slug: 'wrong-role' }).expect(403);
    expect(forbidden.body.message).toContain('program-admin');
    expect(await programCount()).toBe(before);
  });

  it('answers a bad body with 400 naming each bad field, writing nothing', async () => {
    const before = await programCount();
    const response = await http.post('/programs').set(admin()).send({ slug: 'Not A Slug', name: 7, surprise: true }).expect(400);
    const paths = response.body.problems.map((p: { path: string }) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['slug', 'name', 'policy', 'surprise']));
    expect(response.body.code).toBe('invalid-input');
    expect(response.body.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'slug', code: 'must-be-slug' }),
        expect.objectContaining({ path: 'name', code: 'must-be-string' }),
        expect.objectContaining({ path: 'surprise', code: 'unknown-field', problem: 'should not exist' }),
      ]),
    );
    expect(response.body.message).toContain('slug');
    expect(await programCount()).toBe(before);
  });

  it('shows the four presets as programs with their policies', async () => {
    for (const slug of ['pift', 'young-connect-ii', 'aalborg-mentor-corps', 'vallensbaek']) {
      await http
        .post('/programs')
        .set(admin())
        .send({ preset: slug, slug: `${slug}-shown` })
        .expect(201);
    }
    const { body: listed } = await http.get('/programs').set(admin()).expect(200);
    const aalborg = listed.find((p: { slug: string }) => p.slug === 'aalborg-mentor-corps-shown');
    const { body: shown } = await http.get(`/programs/${aalborg.id}`).set(admin()).expect(200);
    expect(shown.policy.mentors).toEqual({ kind: 'employed', capacity: 20 });
    expect(shown.policy).toEqual(JSON.parse(JSON.stringify(findPreset('aalborg-mentor-corps')!.policy)));
  });

  it('refuses a policy that contradicts itself with a 400 naming each broken rule, writing nothing', async () => {
    const before = await programCount();
    const policy = structuredClone(findPreset('pift')!.policy);
    policy.duration = { min: 'P9M', planned: 'P6M', max: 'P3M', extension: 'P1M' };
    policy.ageRange = { min: 13, max: 30 };
    policy.screening.steps = ['interview'];
    policy.escalations.acknowledgeUrgentWithin = '10d';
    const response = await http.post('/programs').set(admin()).send({ slug: 'contradictory', name: 'Contradictory', policy }).expect(400);
    const problems: Array<{ path: string; problem: string }> = response.body.problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          path: 'policy.duration',
          problem: 'min (P9M) must not exceed planned (P6M)',
          code: 'must-not-exceed',
          params: { field: 'min', value: 'P9M', other: 'planned', otherValue: 'P6M' },
        },
        {
          path: 'policy.duration',
          problem: 'planned (P6M) must not exceed max (P3M)',
          code: 'must-not-exceed',
          params: { field: 'planned', value: 'P6M', other: 'max', otherValue: 'P3M' },
        },
        expect.objectContaining({ path: 'policy.screening.steps', problem: expect.stringContaining('Danish law requires it') }),
        expect.objectContaining({ path: 'policy.measurements.schedule', problem: expect.stringContaining('after the maximum duration') }),
        expect.objectContaining({ path: 'policy.escalations', problem: expect.stringContaining('acknowledgeUrgentWithin (10d)') }),
      ]),
    );
    expect(await programCount()).toBe(before);
  });

  it('revises a policy as a new version and keeps the old one readable', async () => {
    const { body: created } = await http.post('/programs').set(admin()).send({ preset: 'pift', slug: 'pift-revised' }).expect(201);
    const revised = structuredClone(findPreset('pift')!.policy);
    revised.contact.targetHours = 6;
    const { body: v2 } = await http.put(`/programs/${created.id}/policy`).set(admin()).send({ policy: revised }).expect(200);
    expect(v2).toMatchObject({ version: 2, policy: { contact: { targetHours: 6 } } });
    const { body: v1 } = await http.get(`/programs/${created.id}/policy/versions/1`).set(admin()).expect(200);
    expect(v1.policy.contact.targetHours).toBe(4);
    const { body: shown } = await http.get(`/programs/${created.id}`).set(admin()).expect(200);
    expect(shown).toMatchObject({ policyVersion: 2, policy: { contact: { targetHours: 6 } } });
    await http.get(`/programs/${created.id}/policy/versions/3`).set(admin()).expect(404);
    // One past the column's integer: refused as input, not failed as a query.
    const beyond = await http.get(`/programs/${created.id}/policy/versions/2147483648`).set(admin()).expect(400);
    expect(beyond.body.problems.map((problem: { path: string }) => problem.path)).toEqual(['version']);
  });

  it('keeps health open and everything else closed', async () => {
    await http.get('/health/live').expect(200);
    const ready = await http.get('/health/ready').expect(200);
    expect(ready.body.checks).toEqual({ postgres: 'ok', temporal: 'ok' });
    await http.get('/programs').expect(401);
  });
});
