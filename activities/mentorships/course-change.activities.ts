import { Injectable } from '@nestjs/common';
import { MentorSlotActivities } from '../mentors/mentor-slots.activities';
import { NudgeActivities, NudgeInput, WelcomeMatch } from '../nudges/nudge.activities';
import { MatchAttemptInput, MentorshipActivities, MentorshipPhaseInput } from './mentorship.activities';

/**
 * What one step of a course (a command, or the deadlines due at one moment)
 * changed outside its workflow. Written by one activity rather than one each:
 * every activity a step runs costs its history three events and a workflow
 * task more, and its caller a round trip.
 */
export interface CourseChange {
  /** The mentor's slot the course gave up (a decline, a closure, the mentor leaving). */
  releasedSlot?: { mentorId: string; mentorshipId: string };
  attempt?: MatchAttemptInput;
  phase?: MentorshipPhaseInput;
  welcome?: WelcomeMatch;
  raised?: NudgeInput[];
  /** Open nudges whose thing has happened, by the reason they are closed with. */
  resolved?: Array<{ keys: string[]; reason: string }>;
}

/** The single-purpose activities a change is made of. */
export type CourseChangeParts = Pick<MentorSlotActivities, 'releaseMentorSlot'> &
  Pick<MentorshipActivities, 'recordMatchAttempt' | 'recordMentorshipPhase'> &
  Pick<NudgeActivities, 'welcomeMatch' | 'raiseNudges' | 'resolveNudges'>;

/**
 * The parts present, in the order a course made them one by one: the slot is
 * free before the attempt that held it is recorded as ended. Each part is
 * idempotent, so a retry after a failure halfway does the whole again.
 */
export async function writeCourseChange(parts: CourseChangeParts, change: CourseChange): Promise<void> {
  if (change.releasedSlot) await parts.releaseMentorSlot(change.releasedSlot);
  if (change.attempt) await parts.recordMatchAttempt(change.attempt);
  if (change.phase) await parts.recordMentorshipPhase(change.phase);
  if (change.welcome) await parts.welcomeMatch(change.welcome);
  if (change.raised?.length) await parts.raiseNudges({ nudges: change.raised });
  for (const group of change.resolved ?? []) await parts.resolveNudges(group);
}

@Injectable()
export class CourseChangeActivities {
  private readonly parts: CourseChangeParts;

  constructor(slots: MentorSlotActivities, mentorships: MentorshipActivities, nudges: NudgeActivities) {
    this.parts = {
      releaseMentorSlot: slots.releaseMentorSlot.bind(slots),
      recordMatchAttempt: mentorships.recordMatchAttempt.bind(mentorships),
      recordMentorshipPhase: mentorships.recordMentorshipPhase.bind(mentorships),
      welcomeMatch: nudges.welcomeMatch.bind(nudges),
      raiseNudges: nudges.raiseNudges.bind(nudges),
      resolveNudges: nudges.resolveNudges.bind(nudges),
    };
  }

  async recordCourseChange(change: CourseChange): Promise<void> {
    await writeCourseChange(this.parts, change);
  }
}
