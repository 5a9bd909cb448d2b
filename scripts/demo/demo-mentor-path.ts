import type { ProgramPolicy } from '../../libs/domain/policy/program-policy';
import type { MentorPathState } from '../../workflows/mentor/messages';
import type { Actor, DemoApi } from './demo-api';
import type { MentorStage } from './demo-people';

/** The next route to take a mentor's path toward the stage, or undefined once it is there. */
export function nextMentorCommand(
  path: MentorPathState,
  target: MentorStage,
  policy: ProgramPolicy,
): { route: string; body?: object } | undefined {
  switch (path.phase) {
    case 'applied':
      return target === 'applied' ? undefined : { route: 'path/begin-screening' };
    case 'screening': {
      const passed = path.screening.map((record) => record.step);
      // "In screening" shows one step passed and the rest ahead of her.
      if (target === 'screening' && passed.length > 0) return undefined;
      const step = policy.screening.steps.find((name) => !passed.includes(name));
      return step ? { route: 'path/screening-steps', body: { step, result: 'passed' } } : undefined;
    }
    case 'course':
      return { route: path.courseEnrolledAt ? 'path/course/complete' : 'path/course/enrol' };
    case 'awaiting-approval':
      return { route: 'path/approve' };
    case 'available':
      return target === 'paused' ? { route: 'path/pause' } : undefined;
    default:
      return undefined;
  }
}

/**
 * Files her application (a second time answers the running path) and gives
 * the coordinator's commands one by one until the path is at the stage; a
 * path already there, or past it, is left as it is.
 */
export async function driveMentorPath(
  api: DemoApi,
  mentorId: string,
  target: MentorStage,
  policy: ProgramPolicy,
  coordinator: Actor,
): Promise<MentorPathState> {
  let path = await api.post<MentorPathState>(`/mentors/${mentorId}/application`, {}, coordinator);
  for (let command = nextMentorCommand(path, target, policy); command; command = nextMentorCommand(path, target, policy)) {
    path = await api.post<MentorPathState>(`/mentors/${mentorId}/${command.route}`, command.body ?? {}, coordinator);
  }
  return path;
}
