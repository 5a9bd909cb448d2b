import { randomUUID } from 'node:crypto';
import { FAST_START_POLICY } from '../stack/fast-start-policy';
import { MATCH_AGREEMENT } from '../stack/match-agreement';
import { Answer, CarefulClient } from '../faults/careful-client';

/** A course the drill drove, and where it was meant to end up. */
export interface DrillCourse {
  id: string;
  label: string;
}

const TODAY = () => new Date().toISOString().slice(0, 10);
const WHO5 = { instrument: 'who5', answers: [4, 4, 3, 4, 4] };
const SELF_EFFICACY = { instrument: 'self-efficacy', answers: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3] };
const STATUS = { instrument: 'status', status: 'education' };

type Step = [path: string, body: object];
const meeting = (): Step => ['meetings', { id: randomUUID(), heldOn: TODAY(), minutes: 45, placeKind: 'cafe' }];
const measurement = (kind: object, duePoint: string): Step => [
  'measurements',
  { id: randomUUID(), ...kind, duePoint, measuredOn: TODAY() },
];

const TO_MATCHING: Step[] = [
  ['consent', {}],
  ['intake/complete', {}],
];
const proposal = (mentorId: string): Step => ['proposals', { mentorId }];
const TO_ACTIVE_AFTER_PROPOSAL: Step[] = [
  ['proposals/answer', { party: 'young-person', answer: 'accept' }],
  ['proposals/answer', { party: 'mentor', answer: 'accept' }],
  ['agreement', MATCH_AGREEMENT],
];
const CLOSE_EARLY: Step = ['close', { kind: 'early', reason: 'moved', outcome: 'none' }];

/** The courses, each the steps that take a fresh referral where its label says. */
function coursePlans(mentorId: string): Array<{ label: string; steps: Step[] }> {
  const active = [...TO_MATCHING, proposal(mentorId), ...TO_ACTIVE_AFTER_PROPOSAL];
  return [
    { label: 'awaiting consent', steps: [] },
    { label: 'intake', steps: [TO_MATCHING[0]] },
    { label: 'matching', steps: TO_MATCHING },
    { label: 'proposed', steps: [...TO_MATCHING, proposal(mentorId)] },
    {
      label: 'active, 2 meetings, start measurements',
      steps: [...active, meeting(), measurement(WHO5, '0d'), meeting(), measurement(SELF_EFFICACY, '0d'), measurement(STATUS, '0d')],
    },
    { label: 'active, 1 meeting, WHO-5', steps: [...active, meeting(), measurement(WHO5, '0d')] },
    { label: 'closing (closed early)', steps: [...active, meeting(), measurement(WHO5, '0d'), CLOSE_EARLY] },
    {
      label: 'closed',
      steps: [
        ...active,
        meeting(),
        CLOSE_EARLY,
        ...[WHO5, SELF_EFFICACY, STATUS].map((kind) => measurement(kind, 'close')),
        ['exit-conversations', { party: 'young-person', held: true }],
        ['exit-conversations', { party: 'mentor', held: true }],
      ],
    },
  ];
}

/**
 * Through the real API, as a program's coordinator: a program whose policy
 * lets a course start the day it is referred, a municipality, a referrer, an
 * approved mentor with room for every course, and one course per plan, driven
 * into its phase with its meetings and measurements.
 */
export async function driveCourses(
  admin: CarefulClient,
  asCoordinator: (coordinatorId: string) => CarefulClient,
): Promise<{ coordinatorId: string; courses: DrillCourse[] }> {
  const suffix = randomUUID().slice(0, 8);
  const made = async (by: CarefulClient, path: string, body: object) => (await expectOk(by, 'POST', path, body)).body.id as string;
  const policy = { ...FAST_START_POLICY, mentors: { ...FAST_START_POLICY.mentors, capacity: 10 } };
  const programId = await made(admin, '/programs', { slug: `drill-${suffix}`, name: `Restore drill ${suffix}`, policy });
  const municipalityId = await made(admin, '/municipalities', { name: `Restore drill ${suffix}` });
  const coordinatorId = await made(admin, '/coordinators', { contact: { name: 'Coordinator' }, programIds: [programId] });
  const coordinator = asCoordinator(coordinatorId);
  const referrerId = await made(coordinator, '/referrers', { contact: { name: 'Referrer' }, kind: 'caseworker', municipalityId });
  const mentorId = await made(coordinator, '/mentors', { contact: { name: 'Mentor' }, programId, municipalityId });
  for (const step of ['application', 'path/begin-screening', 'path/approve'])
    await expectOk(coordinator, 'POST', `/mentors/${mentorId}/${step}`, {});

  const courses: DrillCourse[] = [];
  for (const { label, steps } of coursePlans(mentorId)) {
    const youngPersonId = await made(coordinator, '/young-people', {
      contact: { name: 'Young person' },
      birthDate: '2004-01-01',
      municipalityId,
    });
    const id = await made(coordinator, '/referrals', { programId, referrerId, youngPersonId });
    for (const [path, body] of steps) await expectOk(coordinator, 'POST', `/mentorships/${id}/${path}`, body);
    courses.push({ id, label });
  }
  return { coordinatorId, courses };
}

/** One more meeting on a course: what the drill asks of every active course once it is restored. */
export async function logMeeting(coordinator: CarefulClient, courseId: string): Promise<Answer> {
  const [path, body] = meeting();
  return coordinator.send('POST', `/mentorships/${courseId}/${path}`, body, `drill-${randomUUID()}`);
}

async function expectOk(client: CarefulClient, method: 'GET' | 'POST', path: string, body?: object): Promise<Answer> {
  const answer = await client.send(method, path, body, method === 'POST' ? `drill-${randomUUID()}` : undefined);
  if (answer.status >= 300) throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer;
}
