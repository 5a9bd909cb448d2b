import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { FAST_START_POLICY } from '../../scripts/stack/fast-start-policy';
import type { Engine } from '../support/engine';
import { activateCourse, DANISH_MATCH_AGREEMENT } from '../support/mentorships';

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
  const program = await consoleProgram(engine, 'console', 'Konsoltest');
  const { programId, municipalityId, referrerId } = program;
  const post = poster(engine, program.coordinatorAuth);
  const mentorId = await approvedMentor(engine, program, { name: 'Maria Berg' });
  const mentorshipId = await activeCourse(engine, program, mentorId, 'Aisha Nour');
  const course = `/mentorships/${mentorshipId}`;
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
  return { coordinator: program.coordinator, mentorshipId, escalationId, programId, municipalityId, referrerId, mentorId };
}

/** Posts through the API as one actor: the answer's body, or the test fails on any other status. */
export type Post = (path: string, body: object, status?: number) => Promise<any>;

export function poster(engine: Engine, as: Record<string, string>): Post {
  const http: Http = request(engine.api.getHttpServer());
  return async (path, body, status = 201) => (await http.post(path).set(as).send(body).expect(status)).body;
}

/** A program of a browser test's world, made through the API, and who works in it. */
export interface ConsoleProgram {
  slug: string;
  programId: string;
  municipalityId: string;
  referrerId: string;
  /** Danish-speaking, with an address to sign in with. */
  coordinator: { id: string; email: string };
  coordinatorAuth: { Authorization: string };
  /** A psychologist who answers mental-health escalations, with an address to sign in with. */
  panel: { id: string; email: string };
}

/** A program under the fast-start policy (its slug begins with the prefix), its municipality, coordinator, panel member and referrer. */
export async function consoleProgram(engine: Engine, slugPrefix: string, name: string): Promise<ConsoleProgram> {
  const asAdmin = poster(engine, engine.admin());
  const slug = `${slugPrefix}-${randomUUID().slice(0, 8)}`;
  const { id: programId } = await asAdmin('/programs', { slug, name, policy: FAST_START_POLICY });
  const { id: municipalityId } = await asAdmin('/municipalities', { name: `Odense ${slug}` });
  const email = `kim-${slug}@aarhus.example.dk`;
  const { id: coordinatorId } = await asAdmin('/coordinators', {
    contact: { name: 'Kim Holm', email, language: 'da' },
    programIds: [programId],
  });
  const panelEmail = `sara-${slug}@example.dk`;
  const { id: panelId } = await asAdmin('/panel-members', {
    contact: { name: 'Sara Lund', email: panelEmail, language: 'da' },
    programId,
    categories: ['mental-health'],
    profession: 'psykolog',
  });
  const coordinatorAuth = engine.auth('coordinator', coordinatorId);
  const { id: referrerId } = await poster(engine, coordinatorAuth)('/referrers', {
    contact: { name: 'Lene Dahl' },
    kind: 'youth-guidance-counsellor',
    municipalityId,
  });
  return {
    slug,
    programId,
    municipalityId,
    referrerId,
    coordinator: { id: coordinatorId, email },
    coordinatorAuth,
    panel: { id: panelId, email: panelEmail },
  };
}

/** A mentor of the program who applied, began screening and was approved: under the fast-start policy no step or course is due. */
export async function approvedMentor(engine: Engine, program: ConsoleProgram, contact: object): Promise<string> {
  const post = poster(engine, program.coordinatorAuth);
  const { programId, municipalityId } = program;
  const { id: mentorId } = await post('/mentors', { contact, programId, municipalityId, gender: 'female' });
  await post(`/mentors/${mentorId}/application`, {}, 200);
  await post(`/mentors/${mentorId}/path/begin-screening`, {}, 200);
  await post(`/mentors/${mentorId}/path/approve`, {}, 200);
  return mentorId;
}

/** A young person referred with her consent and her course taken to active with the mentor: both accepted, the agreement made today. */
export async function activeCourse(engine: Engine, program: ConsoleProgram, mentorId: string, youngName: string): Promise<string> {
  const post = poster(engine, program.coordinatorAuth);
  const { programId, municipalityId, referrerId } = program;
  const { id: youngPersonId } = await post('/young-people', {
    contact: { name: youngName },
    birthDate: '2004-04-17',
    gender: 'female',
    municipalityId,
  });
  const { id: mentorshipId } = await post('/referrals', { programId, referrerId, youngPersonId });
  const parties = { coordinator: program.coordinatorAuth, mentorId, mentor: engine.auth('mentor', mentorId) };
  await activateCourse(request(engine.api.getHttpServer()), mentorshipId, parties, { agreement: DANISH_MATCH_AGREEMENT });
  return mentorshipId;
}
