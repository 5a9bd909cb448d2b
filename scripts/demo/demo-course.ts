import type { MentorshipState, Party } from '../../workflows/mentorship/messages';
import type { Actor } from './demo-api';
import { fillActiveCourse, finishClosing } from './demo-course-activity';
import type { DemoYoungPerson } from './demo-people';
import { ProgramContext } from './demo-program-context';

const MAX_STEPS = 20;

const AGREEMENT = {
  meetingsPerPeriod: 4,
  period: 'month',
  minutesPerMeeting: 60,
  goals: 'Find a study programme or a job she wants; feel less alone',
  mentorRole: 'Listen, encourage, go along to the first visits',
  youngPersonRole: 'Choose where to meet and say when something is hard',
  programCheckIns: 'within 48 hours of the first meeting, twice in the first month, then monthly',
};

/** Her course as the engine has it now; referred by the program's referrer, in her own name, the first time. */
async function referredCourse(ctx: ProgramContext, youngPersonId: string): Promise<MentorshipState> {
  let referralId = ctx.referralIds.get(youngPersonId);
  if (!referralId) {
    const body = { programId: ctx.programId, referrerId: ctx.referrer.id, youngPersonId };
    referralId = (
      await ctx.api.post<{ id: string }>('/referrals', body, ctx.referrer, { 'Idempotency-Key': `demo-referral-${youngPersonId}` })
    ).id;
  }
  return ctx.api.get<MentorshipState>(`/mentorships/${referralId}`, ctx.coordinator);
}

/**
 * Takes her course, one command at a time, from wherever it is to the stage
 * the demo describes, each command by the person who gives it in real life;
 * a course already there is left as it is, so a second run changes nothing.
 */
export async function driveCourse(ctx: ProgramContext, person: DemoYoungPerson, youngPersonId: string): Promise<MentorshipState> {
  let course = await referredCourse(ctx, youngPersonId);
  let filled = false;
  for (let steps = 0; ; steps += 1) {
    // The longest way, referral to closed, is a dozen steps: more means a step the engine took without moving on.
    if (steps > MAX_STEPS) throw new Error(`${person.name}'s course stays ${course.phase}: the demo cannot take it to ${person.course}`);
    // Once active, what the course holds comes first (each part only if missing), then the phase moves on if her stage says so.
    const step = course.phase === 'active' && !filled ? () => fillActiveCourse(ctx, course, person.course) : nextStep(ctx, course, person);
    if (!step) return course;
    filled ||= course.phase === 'active';
    // A command answers with the course after it; only a step that ends on something else (an escalation) needs it read again.
    course = (await step()) ?? (await ctx.api.get<MentorshipState>(`/mentorships/${course.mentorshipId}`, ctx.coordinator));
  }
}

/** One command or a few; answers the course after them when the last one told it. */
type Step = () => Promise<MentorshipState | undefined>;

function nextStep(ctx: ProgramContext, course: MentorshipState, person: DemoYoungPerson): Step | undefined {
  const { api, coordinator } = ctx;
  const path = `/mentorships/${course.mentorshipId}`;
  const stage = person.course;
  switch (course.phase) {
    case 'awaiting-consent':
      return stage === 'awaiting-consent' ? undefined : () => api.post<MentorshipState>(`${path}/consent`, {}, coordinator);
    case 'intake':
      return () => api.post<MentorshipState>(`${path}/intake/complete`, {}, coordinator);
    case 'matching':
      return stage === 'matching'
        ? undefined
        : () => api.post<MentorshipState>(`${path}/proposals`, { mentorId: mentorIdOf(ctx, person) }, coordinator);
    case 'proposed':
      return answerProposal(ctx, course);
    case 'agreeing':
      return () => api.post<MentorshipState>(`${path}/agreement`, AGREEMENT, coordinator);
    case 'active':
      return stage === 'closed'
        ? () => api.post<MentorshipState>(`${path}/close`, { kind: 'early', reason: 'moved', outcome: 'education-started' }, coordinator)
        : undefined;
    case 'closing':
      return () => finishClosing(ctx, course);
    default:
      return undefined;
  }
}

/** She answers through her coordinator; the mentor answers for herself. An answer answers its attempt, so the course is read again. */
function answerProposal(ctx: ProgramContext, course: MentorshipState): Step | undefined {
  const { answers, mentorId } = course.attempts.at(-1)!;
  const answer = (party: Party, as: Actor) => async () =>
    void (await ctx.api.post(`/mentorships/${course.mentorshipId}/proposals/answer`, { party, answer: 'accept' }, as));
  if (!answers['young-person']) return answer('young-person', ctx.coordinator);
  return answers.mentor ? undefined : answer('mentor', { role: 'mentor', id: mentorId });
}

function mentorIdOf(ctx: ProgramContext, person: DemoYoungPerson): string {
  const id = person.mentor && ctx.mentorIds.get(person.mentor);
  if (!id) throw new Error(`${person.name}'s course needs a mentor of the program, but "${person.mentor}" is none`);
  return id;
}
