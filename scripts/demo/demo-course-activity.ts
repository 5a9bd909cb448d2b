import type { MentorshipState } from '../../workflows/mentorship/messages';
import type { Actor } from './demo-api';
import { demoId } from './demo-ids';
import { instrumentsDueAt, measurement, Mood } from './demo-measurements';
import type { CourseStage } from './demo-people';
import { ProgramContext, today } from './demo-program-context';

const MEETINGS: Record<CourseStage, number> = {
  'awaiting-consent': 0,
  matching: 0,
  active: 2,
  'measurement-due': 1,
  escalated: 1,
  closed: 1,
};
const PLACES = ['cafe', 'walk'] as const;

/**
 * What an active course of this stage holds before the demo leaves it (or
 * closes it): meetings logged by her mentor, the start's measurements (none
 * for `measurement-due`, a high-risk WHO-5 for `escalated`, which the engine
 * escalates by its own rule) and, for `escalated`, a concern raised by her
 * coordinator. Each has a fixed id, so a second run adds nothing: a meeting
 * sent again finds its row, the rest are sent only if the course lacks them.
 * Answers nothing: a meeting or measurement answers what was stored, a
 * concern its escalation, so the course is read again after them.
 */
export async function fillActiveCourse(ctx: ProgramContext, course: MentorshipState, stage: CourseStage): Promise<undefined> {
  const mentor: Actor = { role: 'mentor', id: course.mentorId! };
  const path = `/mentorships/${course.mentorshipId}`;
  for (let n = 0; n < MEETINGS[stage]; n += 1) {
    const id = demoId(course.mentorshipId, 'meeting', String(n));
    const meeting = { id, heldOn: today(), minutes: 60 + 30 * n, placeKind: PLACES[n % 2] };
    // Meetings count from the match's start, which the engine dates today: none can be logged earlier.
    await ctx.api.post(`${path}/meetings`, meeting, mentor);
  }
  if (stage !== 'measurement-due') await submitStartMeasurements(ctx, course, stage === 'escalated' ? 'low' : 'good', mentor);
  if (stage === 'escalated') await raiseConcern(ctx, course);
  return undefined;
}

async function submitStartMeasurements(ctx: ProgramContext, course: MentorshipState, mood: Mood, mentor: Actor): Promise<void> {
  // A low mood is a WHO-5 in the high-risk band: the one measurement whose answers the engine escalates.
  const instruments = instrumentsDueAt(ctx.policy, '0d').filter((instrument) => mood === 'good' || instrument === 'who5');
  for (const instrument of instruments.filter((name) => !course.measurements.includes(`${name}@0d`))) {
    const body = measurement(course.mentorshipId, instrument, '0d', mood, today());
    await ctx.api.post(`/mentorships/${course.mentorshipId}/measurements`, body, mentor);
  }
}

/** Raises her coordinator's question to the panel unless a first run did. */
async function raiseConcern(ctx: ProgramContext, course: MentorshipState): Promise<void> {
  const id = demoId(course.mentorshipId, 'escalation', 'concern');
  if (await ctx.api.find(`/escalations/${id}`, ctx.coordinator)) return;
  const question =
    'She has lost her room at the hostel and sleeps at friends’ places. ' +
    'What can the municipality offer, and how should her mentor bring it up?';
  const body = { id, reason: 'advice-request', category: 'social', urgency: 'normal', question };
  await ctx.api.post(`/mentorships/${course.mentorshipId}/escalations`, body, ctx.coordinator);
}

/**
 * Closing measurements and both exit conversations: what takes a closing course to closed. Answers the course after them when the
 * last answered it (an exit conversation does; a measurement answers what was stored, so after one the course is read again).
 */
export async function finishClosing(ctx: ProgramContext, course: MentorshipState): Promise<MentorshipState | undefined> {
  const path = `/mentorships/${course.mentorshipId}`;
  let after: MentorshipState | undefined;
  for (const party of (['young-person', 'mentor'] as const).filter((p) => !course.exitConversations.includes(p))) {
    after = await ctx.api.post<MentorshipState>(`${path}/exit-conversations`, { party, held: true }, ctx.coordinator);
  }
  const mentor: Actor = { role: 'mentor', id: course.mentorId! };
  for (const instrument of instrumentsDueAt(ctx.policy, 'close').filter((name) => !course.measurements.includes(`${name}@close`))) {
    await ctx.api.post(`${path}/measurements`, measurement(course.mentorshipId, instrument, 'close', 'good', today()), mentor);
    after = undefined;
  }
  return after;
}
