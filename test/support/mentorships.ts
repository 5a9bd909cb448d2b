import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Mentorship, Referral } from '../../libs/persistence/entities';
import { MATCH_AGREEMENT } from '../../scripts/stack/match-agreement';
import { Engine } from './engine';

/** The match agreement the benchmark, the fault run and the drill send: the tests' too. */
export { MATCH_AGREEMENT };

/** The same agreement in Danish, for the courses the console's Danish screens show. */
export const DANISH_MATCH_AGREEMENT = {
  ...MATCH_AGREEMENT,
  goals: 'Finde en uddannelse',
  mentorRole: 'Lytte',
  youngPersonRole: 'Vælge hvor de mødes',
  programCheckIns: 'månedligt',
};

type Auth = { Authorization: string };

/** Who takes a course to active: the coordinator commands each step; the mentor, signed in as herself, accepts the proposal. */
export interface CourseParties {
  coordinator: Auth;
  mentorId: string;
  mentor: Auth;
}

export interface MatchOptions {
  /** She gave her consent herself, through her link: the coordinator does not record it. */
  consented?: boolean;
}

/**
 * A referred course through the API up to its agreement: consent, intake
 * complete, the mentor proposed, and both the young person and the mentor
 * accepting. Each command must answer 200; the state the last one answered is returned.
 */
export async function matchCourse(
  http: ReturnType<typeof request>,
  mentorshipId: string,
  { coordinator, mentorId, mentor }: CourseParties,
  { consented = false }: MatchOptions = {},
): Promise<{ phase: string }> {
  const course = `/mentorships/${mentorshipId}`;
  const command = async (path: string, body: object, as = coordinator) => (await http.post(path).set(as).send(body).expect(200)).body;
  if (!consented) await command(`${course}/consent`, {});
  await command(`${course}/intake/complete`, {});
  await command(`${course}/proposals`, { mentorId });
  await command(`${course}/proposals/answer`, { party: 'young-person', answer: 'accept' });
  return command(`${course}/proposals/answer`, { party: 'mentor', answer: 'accept' }, mentor);
}

/** matchCourse, then the agreement (MATCH_AGREEMENT unless another is given): returns the state it answered, 'active'. */
export async function activateCourse(
  http: ReturnType<typeof request>,
  mentorshipId: string,
  parties: CourseParties,
  { agreement = MATCH_AGREEMENT, ...options }: MatchOptions & { agreement?: object } = {},
): Promise<{ phase: string }> {
  await matchCourse(http, mentorshipId, parties, options);
  return (await http.post(`/mentorships/${mentorshipId}/agreement`).set(parties.coordinator).send(agreement).expect(200)).body;
}

/** What a test needs to hang meetings and measurements on. */
export interface MentorshipFixture {
  mentorshipId: string;
  mentorId: string;
}

/**
 * A program, then per mentorship a referral and an active mentorship written
 * straight to Postgres: the referral route would start a mentorship workflow,
 * which the services under test neither need nor should race with.
 */
export async function mentorshipFactory(engine: Engine): Promise<(matchStartedOn: string) => Promise<MentorshipFixture>> {
  const http = request(engine.api.getHttpServer());
  const program = await engine.program({ preset: 'pift', slug: `pift-${randomUUID().slice(0, 8)}` });
  const post = async (path: string, body: object, as: { Authorization: string } = program.coordinator): Promise<{ id: string }> =>
    (await http.post(path).set(as).send(body).expect(201)).body;
  const municipality = await post('/municipalities', { name: `Odense ${randomUUID().slice(0, 8)}` }, engine.admin());
  const referrer = await post('/referrers', {
    contact: { name: 'Lene Dahl' },
    kind: 'youth-guidance-counsellor',
    municipalityId: municipality.id,
  });

  return async (matchStartedOn) => {
    const [youngPerson, mentor] = await Promise.all([
      post('/young-people', {
        contact: { name: 'Aisha Nour' },
        birthDate: '2006-04-17',
        gender: 'female',
        municipalityId: municipality.id,
      }),
      post('/mentors', { contact: { name: 'Maria Berg' }, programId: program.id, municipalityId: municipality.id }),
    ]);
    const common = { programId: program.id, policyVersion: 1, municipalityId: municipality.id, youngPersonId: youngPerson.id };
    const referral = await engine.dataSource
      .getRepository(Referral)
      .save({ ...common, referrerId: referrer.id, referredAt: new Date(), createdBy: 'test' });
    const matchStartedAt = new Date(`${matchStartedOn}T00:00:00Z`);
    await engine.dataSource
      .getRepository(Mentorship)
      .insert({ ...common, id: referral.id, phase: 'active', phaseSince: matchStartedAt, mentorId: mentor.id, matchStartedAt });
    return { mentorshipId: referral.id, mentorId: mentor.id };
  };
}
