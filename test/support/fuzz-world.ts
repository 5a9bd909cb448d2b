import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Role } from '../../libs/auth/roles';
import { findPreset } from '../../libs/domain/policy/presets';
import type { Engine } from './engine';
import { activateCourse } from './mentorships';

/** What the fuzzer calls the API with: a bearer header per role, and a live row for the path parameters of each collection. */
export interface FuzzWorld {
  headers: Record<Role, { Authorization: string }>;
  /** A row's id by the path segment before its parameter (`/mentors/{id}`: `mentors`), or the value itself (`versions`: 1). */
  idsBySegment: Record<string, string>;
  /** The same for DELETE (archiving): rows no actor needs. */
  archivableIdsBySegment: Record<string, string>;
}

/**
 * A program with a row of each kind through the API as its people make them
 * (a referral starts a real course workflow, the mentor raises a real
 * escalation), so that operations on a path with an id reach real rows,
 * and, for each role, an actor who may act on them.
 */
export async function seedFuzzWorld(engine: Engine): Promise<FuzzWorld> {
  const http = request(engine.api.getHttpServer());
  const program = await engine.program({ preset: 'pift', slug: `fuzz-${randomUUID().slice(0, 8)}` });
  const coordinator = program.coordinator;
  const rows = await rowsOfEachKind(engine, program.id, coordinator);
  // Rows of their own for DELETE, which archives: archiving the actors' rows (ids the fuzzer learns from answers) would shut them out.
  const spare = await engine.program({ preset: 'pift', slug: `fuzz-spare-${randomUUID().slice(0, 8)}` });
  const archivable = await rowsOfEachKind(engine, spare.id, spare.coordinator);
  const course = await post(
    http,
    '/referrals',
    { programId: program.id, referrerId: rows.referrers, youngPersonId: rows['young-people'] },
    coordinator,
  );
  await activate(http, coordinator, engine.auth('mentor', rows.mentors), rows.mentors, course.id);
  const escalation = { id: randomUUID(), reason: 'advice-request', category: 'mental-health', urgency: 'normal', question: 'How?' };
  await http.post(`/mentorships/${course.id}/escalations`).set(coordinator).send(escalation).expect(200);
  return {
    headers: {
      coordinator,
      'program-admin': engine.admin(),
      operator: engine.auth('operator'),
      mentor: engine.auth('mentor', rows.mentors),
      panel: engine.auth('panel', rows['panel-members']),
      referrer: engine.auth('referrer', rows.referrers),
    },
    idsBySegment: { ...rows, programs: program.id, versions: '1', mentorships: course.id, escalations: escalation.id },
    archivableIdsBySegment: { ...archivable, programs: spare.id },
  };
}

async function post(http: ReturnType<typeof request>, path: string, body: object, as: { Authorization: string }): Promise<{ id: string }> {
  return (await http.post(path).set(as).send(body).expect(201)).body;
}

/** One row of each archivable kind in a program, made by whom the API lets make it; its ids by collection. */
async function rowsOfEachKind(engine: Engine, programId: string, coordinator: { Authorization: string }): Promise<Record<string, string>> {
  const http = request(engine.api.getHttpServer());
  const admin = engine.admin();
  // Another coordinator's row, for the fuzzer to change: changing the actor's programs would shut her out.
  const colleague = await engine.coordinatorOf(programId);
  const municipality = await post(http, '/municipalities', { name: `Fuzz ${randomUUID().slice(0, 8)}` }, admin);
  const inMunicipality = { municipalityId: municipality.id };
  const referrer = { contact: { name: 'Lene Dahl' }, kind: 'youth-guidance-counsellor', ...inMunicipality };
  const youngPerson = { contact: { name: 'Freja Holm' }, birthDate: '2006-04-17', gender: 'female', ...inMunicipality };
  const panelMember = { contact: { name: 'Panel' }, programId, categories: ['mental-health'], profession: 'psychologist' };
  const quota = { programId, periodStart: '2026-01-01', periodEnd: '2027-01-01', agreed: 12, ...inMunicipality };
  // A program administrator's account of her own, for the fuzzer to change: she may change and close only her own.
  const account = { email: `fuzz-${randomUUID().slice(0, 8)}@example.dk`, name: 'Fuzz', role: 'program-admin' };
  return {
    accounts: (await post(http, '/accounts', account, admin)).id,
    coordinators: colleague.id,
    municipalities: municipality.id,
    referrers: (await post(http, '/referrers', referrer, coordinator)).id,
    mentors: (await post(http, '/mentors', { contact: { name: 'Maria Berg' }, programId, ...inMunicipality }, coordinator)).id,
    'young-people': (await post(http, '/young-people', youngPerson, coordinator)).id,
    'panel-members': (await post(http, '/panel-members', panelMember, admin)).id,
    quotas: (await post(http, '/quotas', quota, admin)).id,
  };
}

/** The mentor approved and matched, the course agreed: active, where escalations are raised. */
async function activate(
  http: ReturnType<typeof request>,
  coordinator: { Authorization: string },
  mentor: { Authorization: string },
  mentorId: string,
  courseId: string,
): Promise<void> {
  const command = async (path: string, body: object = {}, as = coordinator) => void (await http.post(path).set(as).send(body).expect(200));
  const path = `/mentors/${mentorId}`;
  await command(`${path}/application`);
  await command(`${path}/path/begin-screening`);
  for (const step of findPreset('pift')!.policy.screening.steps) await command(`${path}/path/screening-steps`, { step, result: 'passed' });
  for (const step of ['course/enrol', 'course/complete', 'approve']) await command(`${path}/path/${step}`);
  await activateCourse(http, courseId, { coordinator, mentorId, mentor });
}
