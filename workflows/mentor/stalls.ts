import type { MentorPath } from './mentor-path';

export interface Stall {
  /** Identifies this stall, so it is chased once. */
  key: string;
  kind: 'application-waiting' | 'screening-stalled' | 'course-stalled';
  dueAt: number;
}

/**
 * When the path stalls next if nothing happens: an application not taken up,
 * a screening with no progress, a course not completed, each within the
 * policy's time. Undefined when nothing is waiting or it was already chased.
 */
export function nextStall(path: MentorPath): Stall | undefined {
  const stall = currentStall(path);
  return stall && !path.state.nudgesSent.includes(stall.key) ? stall : undefined;
}

/** The stall the path is exposed to now, whether or not it was chased already. */
export function currentStall(path: MentorPath): Stall | undefined {
  const { state, input } = path;
  const since = Date.parse(state.phaseSince);
  let stall: Stall | undefined;
  if (state.phase === 'applied') {
    stall = { key: `application-waiting:${state.phaseSince}`, kind: 'application-waiting', dueAt: since + input.policy.stepStalledAfterMs };
  } else if (state.phase === 'screening') {
    const lastProgress = Math.max(since, ...state.screening.map((record) => Date.parse(record.at)));
    stall = {
      key: `screening-stalled:${new Date(lastProgress).toISOString()}`,
      kind: 'screening-stalled',
      dueAt: lastProgress + input.policy.stepStalledAfterMs,
    };
  } else if (state.phase === 'course') {
    stall = { key: `course-stalled:${state.phaseSince}`, kind: 'course-stalled', dueAt: since + input.policy.courseStalledAfterMs };
  }
  return stall;
}
