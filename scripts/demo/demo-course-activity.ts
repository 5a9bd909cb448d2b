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
 * coordinator. Each has a fixed id and is sent only if the course lacks it.
 */
export async function fillActiveCourse(ctx: ProgramContext, course: MentorshipState, stage: CourseStage): Promise<void> {
  const mentor: Actor = { role: 'mentor', id: course.mentorId! };
  const path = `/mentorships/${course.mentorshipId}`;
  for (let n = 0; n < MEETINGS[stage]; n += 1) {
    const id = demoId(course.mentorshipId, 'meeting', String(n));
    // Meetings count from the match's start, which the engine dates today: none can be logged earlier.
    if (!course.meetings.ids.includes(id))
      await ctx.api.post(`${path}/meetings`, { id, heldOn: today(), minutes: 60 + 30 * n, placeKind: PLACES[n % 2] }, mentor);
  }
  if (stage !== 'measurement-due') await submitStartMeasurements(ctx, course, stage === 'escalated' ? 'low' : 'good', mentor);
  if (stage === 'escalated') await raiseConcern(ctx, course);
}

async function submitStartMeasurements(ctx: ProgramContext, course: MentorshipState, mood: Mood, mentor: Actor): Promise<void> {
  // A low mood is a WHO-5 in the high-risk band: the one measurement whose answers the engine escalates.
  const instruments = instrumentsDueAt(ctx.policy, '0d').filter((instrument) => mood === 'good' || instrument === 'who5');
  for (const instrument of instruments.filter((name) => !course.measurements.includes(`${name}@0d`))) {
    await ctx.api.post(
      `/mentorships/${course.mentorshipId}/measurements`,
      measurement(course.mentorshipId, instrument, '0d', mood, today()),
      mentor,
    );
  }
}

async function raiseConcern(ctx: ProgramContext, course: MentorshipState): Promise<void> {
  const id = demoId(course.mentorshipId, 'escalation', 'concern');
  if (await ctx.api.find(`/escalations/${id}`, ctx.coordinator)) return;
  const question =
    'She has lost her room at the hostel and sleeps at friends’ places. ' +
    'What can the municipality offer, and how should her mentor bring it up?';
  await ctx.api.post(
    `/mentorships/${course.mentorshipId}/escalations`,
    { id, reason: 'advice-request', category: 'social', urgency: 'normal', question },
    ctx.coordinator,
  );
}

/** Closing measurements and both exit conversations: what takes a closing course to closed. */
export async function finishClosing(ctx: ProgramContext, course: MentorshipState): Promise<void> {
  const path = `/mentorships/${course.mentorshipId}`;
  for (const party of (['young-person', 'mentor'] as const).filter((p) => !course.exitConversations.includes(p))) {
    await ctx.api.post(`${path}/exit-conversations`, { party, held: true }, ctx.coordinator);
  }
  const mentor: Actor = { role: 'mentor', id: course.mentorId! };
  for (const instrument of instrumentsDueAt(ctx.policy, 'close').filter((name) => !course.measurements.includes(`${name}@close`))) {
    await ctx.api.post(`${path}/measurements`, measurement(course.mentorshipId, instrument, 'close', 'good', today()), mentor);
  }
}
