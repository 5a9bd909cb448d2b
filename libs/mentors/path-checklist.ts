import { ENDED_PHASES, type MentorPathState, type ScreeningStepName } from '../../workflows/mentor/messages';

/** What the policy version a mentor's path runs on requires of her before she is approved. */
export interface PathRequirements {
  policyVersion: number;
  screeningSteps: ScreeningStepName[];
  courseRequired: boolean;
}

export type ScreeningStepStatus = 'passed' | 'failed' | 'outstanding' | 'not-reached';
export type CourseStatus = 'completed' | 'enrolled' | 'outstanding' | 'not-required' | 'not-reached';
export type ApprovalStatus = 'approved' | 'outstanding' | 'not-reached';

/**
 * Her path as a checklist, in the order it is walked: each screening step her program's policy requires (done, with the day, or
 * outstanding), then the course, then the approval. What a path that ended never got to is `not-reached`, not outstanding.
 */
export interface PathChecklist {
  policyVersion: number;
  screening: Array<{ step: ScreeningStepName; status: ScreeningStepStatus; at: string | null }>;
  course: { status: CourseStatus; enrolledAt: string | null; completedAt: string | null };
  approval: { status: ApprovalStatus; at: string | null };
}

type PathFacts = Pick<MentorPathState, 'phase' | 'screening' | 'courseEnrolledAt' | 'courseCompletedAt' | 'approvedAt'>;

export function pathChecklist(path: PathFacts, requirements: PathRequirements): PathChecklist {
  const left = ENDED_PHASES.includes(path.phase) ? ('not-reached' as const) : ('outstanding' as const);
  // A step the policy no longer names but was recorded still shows, after those it names.
  const recordedOnly = path.screening.map((record) => record.step).filter((step) => !requirements.screeningSteps.includes(step));
  const screening = [...requirements.screeningSteps, ...new Set(recordedOnly)].map((step) => {
    const record = path.screening.filter((r) => r.step === step).at(-1);
    return record ? { step, status: record.result, at: record.at } : { step, status: left, at: null };
  });
  const courseStatus: CourseStatus = path.courseCompletedAt
    ? 'completed'
    : path.courseEnrolledAt
      ? 'enrolled'
      : requirements.courseRequired
        ? left
        : 'not-required';
  return {
    policyVersion: requirements.policyVersion,
    screening,
    course: { status: courseStatus, enrolledAt: path.courseEnrolledAt ?? null, completedAt: path.courseCompletedAt ?? null },
    approval: path.approvedAt ? { status: 'approved', at: path.approvedAt } : { status: left, at: null },
  };
}
