import type { MentorPathPolicy } from '../../../workflows/mentor/messages';
import { durationMs } from '../duration';
import type { ProgramPolicy } from './program-policy';

/** The part of a program policy a mentor's path runs on, with durations in milliseconds. */
export function mentorPathPolicy(policy: ProgramPolicy, policyVersion: number): MentorPathPolicy {
  return {
    policyVersion,
    screeningSteps: [...policy.screening.steps],
    stepStalledAfterMs: durationMs(policy.screening.stepStalledAfter),
    courseRequired: policy.course.required,
    courseStalledAfterMs: durationMs(policy.course.stalledAfter),
    capacity: policy.mentors.capacity,
  };
}
