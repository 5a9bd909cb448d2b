import { MentorPathActivities } from '../../../activities/mentors/mentor-path.activities';
import { MentorSlotActivities } from '../../../activities/mentors/mentor-slots.activities';
import { MentorshipActivities } from '../../../activities/mentorships/mentorship.activities';
import { NudgeActivities } from '../../../activities/nudges/nudge.activities';
import { ProgramActivities } from '../../../activities/programs/program.activities';

type ActivityFunctions = Record<string, (...args: any[]) => Promise<unknown>>;

/**
 * The activities the worker registers, each bound to its Nest-built provider.
 * Listed by name so a helper method on a provider never becomes an activity.
 */
export function activityRegistry(resolve: <T>(type: new (...args: any[]) => T) => T): ActivityFunctions {
  const programs = resolve(ProgramActivities);
  const mentorPaths = resolve(MentorPathActivities);
  const nudges = resolve(NudgeActivities);
  const slots = resolve(MentorSlotActivities);
  const mentorships = resolve(MentorshipActivities);
  return {
    activateProgram: programs.activateProgram.bind(programs),
    archiveProgram: programs.archiveProgram.bind(programs),
    recordMentorPathEvent: mentorPaths.recordMentorPathEvent.bind(mentorPaths),
    raiseNudge: nudges.raiseNudge.bind(nudges),
    reserveMentorSlot: slots.reserveMentorSlot.bind(slots),
    releaseMentorSlot: slots.releaseMentorSlot.bind(slots),
    recordMentorshipPhase: mentorships.recordMentorshipPhase.bind(mentorships),
    recordMatchAttempt: mentorships.recordMatchAttempt.bind(mentorships),
    recordMeeting: mentorships.recordMeeting.bind(mentorships),
    recordCheckIn: mentorships.recordCheckIn.bind(mentorships),
  };
}
