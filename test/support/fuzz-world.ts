import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Role } from '../../libs/auth/roles';
import { findPreset } from '../../libs/domain/policy/presets';
import type { Engine } from './engine';

/** What the fuzzer calls the API with: a bearer header per role, and a live row for the path parameters of each collection. */
export interface FuzzWorld {
  headers: Record<Role, { Authorization: string }>;
  /** A row's id by the path segment before its parameter (`/mentors/{id}`: `mentors`), or the value itself (`versions`: 1). */
  idsBySegment: Record<string, string>;
}

/**
 * A program with a row of each kind through the API as its people make them
 * (a referral starts a real course workflow, the mentor raises a real
 * escalation), so that operations on a path with an id reach real rows,
 * and, for each role, an actor who may act on them.
 */
export async function seedFuzzWorld(engine: Engine): Promise<FuzzWorld> {
  const http = request(engine.api.getHttpServer());
  const suffix = randomUUID().slice(0, 8);
  const program = await engine.program({ preset: 'pift', slug: `fuzz-${suffix}` });
  const coordinator = program.coordinator;
  const post = async (path: string, body: object, as: { Authorization: string }): Promise<{ id: string }> =>
    (await http.post(path).set(as).send(body).expect(201)).body;
  // Another coordinator's row, for the fuzzer to change: changing the actor's programs would shut her out.
  const colleague = await engine.coordinatorOf(program.id);
  const municipality = await post('/municipalities', { name: `Fuzz ${suffix}` }, engine.admin());
  const inMunicipality = { municipalityId: municipality.id };
  const referrer = await post(
    '/referrers',
    { contact: { name: 'Lene Dahl' }, kind: 'youth-guidance-counsellor', ...inMunicipality },
    coordinator,
  );
  const mentor = await post('/mentors', { contact: { name: 'Maria Berg' }, programId: program.id, ...inMunicipality }, coordinator);
  const youngPerson = await post(
    '/young-people',
    { contact: { name: 'Aisha Nour' }, birthDate: '2006-04-17', gender: 'female', ...inMunicipality },
    coordinator,
  );
  const panelMember = await post(
    '/panel-members',
    { contact: { name: 'Panel' }, programId: program.id, categories: ['mental-health'], profession: 'psychologist' },
    engine.admin(),
  );
  const quota = await post(
    '/quotas',
    { programId: program.id, periodStart: '2026-01-01', periodEnd: '2027-01-01', agreed: 12, ...inMunicipality },
    engine.admin(),
  );
  const course = await post('/referrals', { programId: program.id, referrerId: referrer.id, youngPersonId: youngPerson.id }, coordinator);
  await activate(http, coordinator, engine.auth('mentor', mentor.id), mentor.id, course.id);
  const escalation = { id: randomUUID(), reason: 'advice-request', category: 'mental-health', urgency: 'normal', question: 'How?' };
  await http.post(`/mentorships/${course.id}/escalations`).set(coordinator).send(escalation).expect(200);
  return {
    headers: {
      coordinator,
      'program-admin': engine.admin(),
      operator: engine.auth('operator'),
      mentor: engine.auth('mentor', mentor.id),
      panel: engine.auth('panel', panelMember.id),
      referrer: engine.auth('referrer', referrer.id),
    },
    idsBySegment: {
      programs: program.id,
      versions: '1',
      municipalities: municipality.id,
      coordinators: colleague.id,
      referrers: referrer.id,
      mentors: mentor.id,
      'young-people': youngPerson.id,
      'panel-members': panelMember.id,
      quotas: quota.id,
      mentorships: course.id,
      escalations: escalation.id,
    },
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
  const course = `/mentorships/${courseId}`;
  await command(`${course}/consent`);
  await command(`${course}/intake/complete`);
  await command(`${course}/proposals`, { mentorId });
  await command(`${course}/proposals/answer`, { party: 'young-person', answer: 'accept' });
  await command(`${course}/proposals/answer`, { party: 'mentor', answer: 'accept' }, mentor);
  await command(`${course}/agreement`, {
    meetingsPerPeriod: 4,
    period: 'month',
    minutesPerMeeting: 60,
    goals: 'Find a study programme',
    mentorRole: 'Listen',
    youngPersonRole: 'Choose where to meet',
    programCheckIns: 'monthly',
  });
}
