import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { FAST_START_POLICY } from '../../scripts/stack/fast-start-policy';
import type { Engine } from '../support/engine';

type Http = ReturnType<typeof request>;

export interface MentorWorld {
  mentor: { id: string; email: string };
  panel: { id: string; email: string };
  coordinatorAuth: { Authorization: string };
  /** Her course with Aisha, active since today. */
  mentorshipId: string;
  /** Another mentor's course, active too: not hers to see. */
  otherMentorshipId: string;
}

/**
 * A mentor's and a panel member's phone pages: a program with a psychologist on its panel for mental health, and two mentors
 * (each with an address to sign in with), each matched today with a young person through the API.
 */
export async function mentorWorld(engine: Engine): Promise<MentorWorld> {
  const http: Http = request(engine.api.getHttpServer());
  const admin = engine.admin();
  const slug = `mentor-${randomUUID().slice(0, 8)}`;
  const made = async (as: Record<string, string>, path: string, body: object, status = 201) =>
    (await http.post(path).set(as).send(body).expect(status)).body;
  const { id: programId } = await made(admin, '/programs', { slug, name: 'Mentortest', policy: FAST_START_POLICY });
  const { id: municipalityId } = await made(admin, '/municipalities', { name: `Nyborg ${slug}` });
  const { id: coordinatorId } = await made(admin, '/coordinators', {
    contact: { name: 'Kim Holm', email: `kim-${slug}@example.dk`, language: 'da' },
    programIds: [programId],
  });
  const panelEmail = `sara-${slug}@example.dk`;
  const { id: panelId } = await made(admin, '/panel-members', {
    contact: { name: 'Sara Lund', email: panelEmail, language: 'da' },
    programId,
    categories: ['mental-health'],
    profession: 'psykolog',
  });
  const coordinatorAuth = engine.auth('coordinator', coordinatorId);
  const post = (path: string, body: object, status = 201) => made(coordinatorAuth, path, body, status);
  const { id: referrerId } = await post('/referrers', { contact: { name: 'Lene Dahl' }, kind: 'caseworker', municipalityId });

  const matched = async (mentorName: string, email: string, youngName: string) => {
    const { id: mentorId } = await post('/mentors', {
      contact: { name: mentorName, email, language: 'da' },
      programId,
      municipalityId,
      gender: 'female',
    });
    await post(`/mentors/${mentorId}/application`, {}, 200);
    await post(`/mentors/${mentorId}/path/begin-screening`, {}, 200);
    await post(`/mentors/${mentorId}/path/approve`, {}, 200);
    const { id: youngPersonId } = await post('/young-people', {
      contact: { name: youngName },
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
    return { mentorId, mentorshipId };
  };
  const mentorEmail = `maria-${slug}@example.dk`;
  const hers = await matched('Maria Berg', mentorEmail, 'Aisha Nour');
  const other = await matched('Lone Vik', `lone-${slug}@example.dk`, 'Sofie Holm');
  return {
    mentor: { id: hers.mentorId, email: mentorEmail },
    panel: { id: panelId, email: panelEmail },
    coordinatorAuth,
    mentorshipId: hers.mentorshipId,
    otherMentorshipId: other.mentorshipId,
  };
}
