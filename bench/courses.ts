import { randomUUID } from 'node:crypto';
import { BenchClient } from './api-client';
import { MATCH_AGREEMENT } from '../scripts/stack/match-agreement';
import { logMeeting } from './log-meeting';

/** A program of the benchmark's own, with the people its courses need. */
export interface BenchProgram {
  programId: string;
  /** Its coordinator, whose token drives the courses. */
  coordinatorId: string;
  slug: string;
  municipalityId: string;
  referrerId: string;
  /** Approved mentors; course n is matched with mentor n mod mentors. */
  mentorIds: string[];
}

/** A program on this policy, a municipality, a referrer and `mentors` approved mentors, all through the API. */
export async function prepareProgram(
  admin: BenchClient,
  asCoordinator: (coordinatorId: string) => BenchClient,
  policy: object,
  mentors: number,
): Promise<BenchProgram> {
  const suffix = randomUUID().slice(0, 8);
  const made = async (by: BenchClient, path: string, body: object) => (await by.send('POST', path, body)).body.id as string;
  const slug = `bench-${suffix}`;
  const programId = await made(admin, '/programs', { slug, name: `Benchmark ${suffix}`, policy });
  const municipalityId = await made(admin, '/municipalities', { name: `Benchmark ${suffix}` });
  const coordinatorId = await made(admin, '/coordinators', { contact: { name: 'Coordinator' }, programIds: [programId] });
  const client = asCoordinator(coordinatorId);
  const created = (path: string, body: object) => made(client, path, body);
  const referrerId = await created('/referrers', { contact: { name: 'Referrer' }, kind: 'caseworker', municipalityId });
  const mentorIds: string[] = [];
  for (let index = 0; index < mentors; index += 1) {
    const mentorId = await created('/mentors', { contact: { name: `Mentor ${index + 1}` }, programId, municipalityId });
    for (const step of ['application', 'path/begin-screening', 'path/approve'])
      await client.send('POST', `/mentors/${mentorId}/${step}`, {});
    mentorIds.push(mentorId);
  }
  return { programId, coordinatorId, slug, municipalityId, referrerId, mentorIds };
}

/** One request of a course's opening: the first makes the course and resolves to its id, the others to undefined. */
type OpeningStep = (client: BenchClient, mentorshipId?: string) => Promise<string | undefined>;

const courseStep = (path: string, body: object) => async (client: BenchClient, id?: string) =>
  void (await client.send('POST', `/mentorships/${id}/${path}`, body));

/** The requests that take a new young person from referral to an agreed, active match, in order. */
export function openingSteps(program: BenchProgram, mentorId: string): OpeningStep[] {
  return [
    ...proposingSteps(program, mentorId),
    courseStep('proposals/answer', { party: 'young-person', answer: 'accept' }),
    courseStep('proposals/answer', { party: 'mentor', answer: 'accept' }),
    courseStep('agreement', MATCH_AGREEMENT),
  ];
}

/** The first of them: from referral to a match proposed to both parties, who have yet to answer. */
function proposingSteps(program: BenchProgram, mentorId: string): OpeningStep[] {
  let youngPersonId = '';
  return [
    async (client) => {
      youngPersonId = (
        await client.send('POST', '/young-people', {
          contact: { name: 'Young person' },
          birthDate: '2004-01-01',
          municipalityId: program.municipalityId,
        })
      ).body.id;
      return undefined;
    },
    async (client) =>
      (await client.send('POST', '/referrals', { programId: program.programId, referrerId: program.referrerId, youngPersonId })).body
        .id as string,
    courseStep('consent', {}),
    courseStep('intake/complete', {}),
    courseStep('proposals', { mentorId }),
  ];
}

/**
 * Runs the opening steps one after another, then logs the course's first meeting; resolves to the mentorship's id. The load that
 * follows finds courses under way: a first meeting is the one its course is told of at once (the check-ins are dated from it), 1
 * of a 12-month course's 48, and a load of nothing but first meetings would measure that 1 alone.
 */
export async function openCourse(client: BenchClient, program: BenchProgram, mentorId: string): Promise<string> {
  const mentorshipId = await runSteps(client, openingSteps(program, mentorId));
  await logMeeting(client, mentorshipId);
  return mentorshipId;
}

/** A course opened only up to its proposal to `mentorId` (a slot of hers reserved), for the load to answer; resolves to its id. */
export function proposeCourse(client: BenchClient, program: BenchProgram, mentorId: string): Promise<string> {
  return runSteps(client, proposingSteps(program, mentorId));
}

async function runSteps(client: BenchClient, steps: OpeningStep[]): Promise<string> {
  let mentorshipId: string | undefined;
  for (const step of steps) mentorshipId = (await step(client, mentorshipId)) ?? mentorshipId;
  return mentorshipId!;
}
