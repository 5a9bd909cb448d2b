import { defineQuery, defineUpdate } from '@temporalio/workflow';

/** A mentor's path: `mentor-<mentorId>`, from application to retirement. Ids, phases and codes only. */
export const mentorWorkflowId = (mentorId: string): string => `mentor-${mentorId}`;

export const SCREENING_STEP_NAMES = ['interview', 'references', 'criminal-record-check', 'child-offence-certificate'] as const;
export type ScreeningStepName = (typeof SCREENING_STEP_NAMES)[number];

export const MENTOR_PHASES = [
  'applied',
  'screening',
  'course',
  'awaiting-approval',
  'available',
  'paused',
  'retired',
  'rejected',
  'withdrawn',
] as const;
export type MentorPhase = (typeof MENTOR_PHASES)[number];
export const ENDED_PHASES: readonly MentorPhase[] = ['retired', 'rejected', 'withdrawn'];

/** Why a path ended or paused: codes, so no free text (and no personal data) enters the history. */
export const MENTOR_END_REASONS = [
  'failed-screening',
  'not-suitable',
  'course-not-completed',
  'personal-circumstances',
  'moved',
  'no-response',
  'program-ended',
  'other',
] as const;
export type MentorEndReason = (typeof MENTOR_END_REASONS)[number];

/** The slice of a program policy a mentor's path needs, resolved to milliseconds. */
export interface MentorPathPolicy {
  policyVersion: number;
  screeningSteps: ScreeningStepName[];
  stepStalledAfterMs: number;
  courseRequired: boolean;
  courseStalledAfterMs: number;
  capacity: number;
}

export interface MentorPathInput {
  mentorId: string;
  /** User id of whoever filed the application. */
  appliedBy: string;
  programSlug: string;
  municipalityId?: string;
  policy: MentorPathPolicy;
}

export interface ScreeningStepRecord {
  step: ScreeningStepName;
  result: 'passed' | 'failed';
  by: string;
  at: string;
}

export interface MentorPathState {
  mentorId: string;
  phase: MentorPhase;
  phaseSince: string;
  screening: ScreeningStepRecord[];
  courseEnrolledAt?: string;
  courseCompletedAt?: string;
  approvedBy?: string;
  approvedAt?: string;
  endReason?: MentorEndReason;
  /** Mentorship ids holding one of the mentor's slots. */
  mentorships: string[];
  capacity: number;
  /** Stalled-step nudges sent, so each stall is chased once. */
  nudgesSent: string[];
  /** Keys of the stall nudges still open. */
  openNudges: string[];
}

export interface ByCommand {
  /** User id of whoever gives the command. */
  by: string;
}
export interface ScreeningStepCommand extends ByCommand {
  step: ScreeningStepName;
  result: 'passed' | 'failed';
}
export interface EndCommand extends ByCommand {
  reason: MentorEndReason;
}
export interface SlotCommand {
  mentorshipId: string;
}
export interface SlotResult {
  mentorshipId: string;
  activeMentorships: number;
  capacity: number;
}

export const mentorStateQuery = defineQuery<MentorPathState>('state');
export const beginScreeningUpdate = defineUpdate<MentorPathState, [ByCommand]>('beginScreening');
export const recordScreeningStepUpdate = defineUpdate<MentorPathState, [ScreeningStepCommand]>('recordScreeningStep');
export const enrolInCourseUpdate = defineUpdate<MentorPathState, [ByCommand]>('enrolInCourse');
export const completeCourseUpdate = defineUpdate<MentorPathState, [ByCommand]>('completeCourse');
export const approveUpdate = defineUpdate<MentorPathState, [ByCommand]>('approve');
export const pauseUpdate = defineUpdate<MentorPathState, [ByCommand]>('pause');
export const resumeUpdate = defineUpdate<MentorPathState, [ByCommand]>('resume');
export const retireUpdate = defineUpdate<MentorPathState, [EndCommand]>('retire');
export const rejectUpdate = defineUpdate<MentorPathState, [EndCommand]>('reject');
export const withdrawUpdate = defineUpdate<MentorPathState, [EndCommand]>('withdraw');
export const reserveSlotUpdate = defineUpdate<SlotResult, [SlotCommand]>('reserveSlot');
export const releaseSlotUpdate = defineUpdate<SlotResult, [SlotCommand]>('releaseSlot');
