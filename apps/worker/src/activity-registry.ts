import { ProgramActivities } from '../../../activities/programs/program.activities';

type ActivityFunctions = Record<string, (...args: any[]) => Promise<unknown>>;

/**
 * The activities the worker registers, each bound to its Nest-built provider.
 * Listed by name so a helper method on a provider never becomes an activity.
 */
export function activityRegistry(resolve: <T>(type: new (...args: any[]) => T) => T): ActivityFunctions {
  const programs = resolve(ProgramActivities);
  return {
    activateProgram: programs.activateProgram.bind(programs),
    archiveProgram: programs.archiveProgram.bind(programs),
  };
}
