import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { FAST_START_POLICY } from '../../scripts/stack/fast-start-policy';
import type { Engine } from '../support/engine';

type Http = ReturnType<typeof request>;

export interface ConsoleWorld {
  programId: string;
  coordinator: { id: string; email: string };
  mentorshipId: string;
  escalationId: string;
  /** What a test needs to make more of the program's rows through the API. */
  municipalityId: string;
  referrerId: string;
  mentorId: string;
}

/**
 * What the console's pages show: a program with a Danish-speaking coordinator who has an address to sign in with, a panel
 * member for mental health, a course taken to active through the API, and a question the coordinator put to the panel.
 */
export async function consoleWorld(engine: Engine): Promise<ConsoleWorld> {
  const http: Http = request(engine.api.getHttpServer());
  const admin = engine.admin();
  const slug = `console-${randomUUID().slice(0, 8)}`;
  const made = async (as: Record<string, string>, path: string, body: object, status = 201) =>
    (await http.post(path).set(as).send(body).expect(status)).body;
  const { id: programId } = await made(admin, '/programs', { slug, name: 'Konsoltest', policy: FAST_START_POLICY });
  const { id: municipalityId } = await made(admin, '/municipalities', { name: `Odense ${slug}` });
  const email = `kim-${slug}@aarhus.example.dk`;
  const { id: coordinatorId } = await made(admin, '/coordinators', {
    contact: { name: 'Kim Holm', email, language: 'da' },
    programIds: [programId],
  });
  await made(admin, '/panel-members', {
    contact: { name: 'Sara Lund', email: `sara-${slug}@example.dk`, language: 'da' },
    programId,
    categories: ['mental-health'],
    profession: 'psykolog',
  });
  const coordinator = engine.auth('coordinator', coordinatorId);
  const post = (path: string, body: object, status = 201) => made(coordinator, path, body, status);
  const { id: referrerId } = await post('/referrers', {
    contact: { name: 'Lene Dahl' },
    kind: 'youth-guidance-counsellor',
    municipalityId,
  });
  const { id: mentorId } = await post('/mentors', { contact: { name: 'Maria Berg' }, programId, municipalityId, gender: 'female' });
  await post(`/mentors/${mentorId}/application`, {}, 200);
  await post(`/mentors/${mentorId}/path/begin-screening`, {}, 200);
  await post(`/mentors/${mentorId}/path/approve`, {}, 200);
  const { id: youngPersonId } = await post('/young-people', {
    contact: { name: 'Aisha Nour' },
    birthDate: '2004-04-17',
    gender: 'female',
    municipalityId,
  });
  const { id: mentorshipId } = await post('/referrals', { programId, referrerId, youngPersonId });
  const course = `/mentorships/${mentorshipId}`;
  await post(`${course}/consent`, {}, 200);
  await post(`${course}/intake/complete`, {}, 200);
  await post(`${course}/proposals`, { mentorId }, 200);
  await post(`${course}/proposals/answer`, { party: 'young-person', answer: 'accept' }, 200);
  await made(engine.auth('mentor', mentorId), `${course}/proposals/answer`, { party: 'mentor', answer: 'accept' }, 200);
  await post(
    `${course}/agreement`,
    {
      meetingsPerPeriod: 4,
      period: 'month',
      minutesPerMeeting: 60,
      goals: 'Finde en uddannelse',
      mentorRole: 'Lytte',
      youngPersonRole: 'Vælge hvor de mødes',
      programCheckIns: 'månedligt',
    },
    200,
  );
  // The start's WHO-5, as the young person answered it: 3+3+2+2+3 = 13 raw, 52 of 100, just above poor well-being.
  const today = new Date().toISOString().slice(0, 10);
  const who5 = { id: randomUUID(), instrument: 'who5', duePoint: '0d', measuredOn: today, answers: [3, 3, 2, 2, 3] };
  await post(`${course}/measurements`, who5, 200);
  const escalationId = randomUUID();
  await post(
    `${course}/escalations`,
    {
      id: escalationId,
      reason: 'advice-request',
      category: 'mental-health',
      urgency: 'normal',
      question: 'Hun sover dårligt og har meldt fra til skolen to gange. Hvordan taler mentoren med hende om det?',
    },
    200,
  );
  return { coordinator: { id: coordinatorId, email }, mentorshipId, escalationId, programId, municipalityId, referrerId, mentorId };
}
