import { MentorPathActivities } from '../../../activities/mentors/mentor-path.activities';
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
  return {
    activateProgram: programs.activateProgram.bind(programs),
    archiveProgram: programs.archiveProgram.bind(programs),
    recordMentorPathEvent: mentorPaths.recordMentorPathEvent.bind(mentorPaths),
    raiseNudge: nudges.raiseNudge.bind(nudges),
  };
}
