import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { FAST_START_POLICY } from '../../scripts/stack/fast-start-policy';
import type { Engine } from '../support/engine';

export interface IntakeWorld {
  coordinator: { id: string; email: string };
  programId: string;
  municipalityId: string;
  referrerId: string;
  mentors: Record<'maria' | 'jonas' | 'sofie', string>;
  /** Takes a mentor's only slot with another young person's course, as a colleague's proposal would. */
  takeSlotOf(mentorId: string): Promise<void>;
}

/**
 * A program whose mentors carry one young person each, a Danish-speaking coordinator who signs in by mail, a referrer, and three
 * approved mentors whose profiles rank differently against the wishes the test's intake gives (Danish, Arabic, football, Vollsmose).
 */
export async function intakeWorld(engine: Engine): Promise<IntakeWorld> {
  const http = request(engine.api.getHttpServer());
  const slug = `intake-${randomUUID().slice(0, 8)}`;
  const made = async (as: Record<string, string>, path: string, body: object, status = 201) =>
    (await http.post(path).set(as).send(body).expect(status)).body;
  const admin = engine.admin();
  const policy = { ...FAST_START_POLICY, mentors: { ...FAST_START_POLICY.mentors, capacity: 1 } };
  const { id: programId } = await made(admin, '/programs', { slug, name: `Ung i Odense ${slug}`, policy });
  const { id: municipalityId } = await made(admin, '/municipalities', { name: `Odense ${slug}` });
  const email = `mette-${slug}@odense.example.dk`;
  const { id: coordinatorId } = await made(admin, '/coordinators', {
    contact: { name: 'Mette Krog', email, language: 'da' },
    programIds: [programId],
  });
  const coordinator = engine.auth('coordinator', coordinatorId);
  const post = (path: string, body: object, status = 201) => made(coordinator, path, body, status);
  const { id: referrerId } = await post('/referrers', {
    contact: { name: 'Lene Dahl' },
    kind: 'youth-guidance-counsellor',
    municipalityId,
  });
  const mentor = async (name: string, profile: object) => {
    const { id } = await post('/mentors', { contact: { name }, programId, municipalityId, profile });
    await post(`/mentors/${id}/application`, {}, 200);
    await post(`/mentors/${id}/path/begin-screening`, {}, 200);
    await post(`/mentors/${id}/path/approve`, {}, 200);
    return id as string;
  };
  const mentors = {
    maria: await mentor('Maria Berg', { languages: ['dansk', 'arabisk'], interests: ['fodbold'], area: 'Vollsmose', availability: [] }),
    jonas: await mentor('Jonas Friis', { languages: ['dansk'], interests: ['tegning'], area: 'Odense C', availability: [] }),
    sofie: await mentor('Sofie Holm', { languages: ['dansk'], interests: ['fodbold'], area: 'Vollsmose', availability: [] }),
  };
  const takeSlotOf = async (mentorId: string) => {
    const { id: youngPersonId } = await post('/young-people', { contact: { name: 'Noah Lind' }, birthDate: '2003-02-01', municipalityId });
    const { id } = await post('/referrals', { programId, referrerId, youngPersonId });
    await post(`/mentorships/${id}/consent`, {}, 200);
    await post(`/mentorships/${id}/intake/complete`, {}, 200);
    await post(`/mentorships/${id}/proposals`, { mentorId }, 200);
  };
  return { coordinator: { id: coordinatorId, email }, programId, municipalityId, referrerId, mentors, takeSlotOf };
}
