import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import type { ApprovalStatus, CourseStatus, PathChecklist, ScreeningStepStatus } from '../../../../libs/mentors/path-checklist';
import { GROUP_MEETING_KINDS, GroupMeetingKind } from '../../../../libs/persistence/entities';
import * as m from '../../../../workflows/mentor/messages';

/** How the document reads a mentor's path (workflows/mentor/messages.ts MentorPathState) and her history. */

class ScreeningStepRecordView implements m.ScreeningStepRecord {
  @ApiProperty({ enum: m.SCREENING_STEP_NAMES }) step!: m.ScreeningStepName;
  @ApiProperty({ enum: ['passed', 'failed'] }) result!: 'passed' | 'failed';
  @ApiProperty({ description: 'Who recorded it' }) by!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

/** A mentor's path as its workflow holds it: every command on it answers this. */
export class MentorPathStateView implements m.MentorPathState {
  @ApiProperty({ format: 'uuid' }) mentorId!: string;
  @ApiProperty({ enum: m.MENTOR_PHASES }) phase!: m.MentorPhase;
  @ApiProperty({ format: 'date-time' }) phaseSince!: string;
  @ApiProperty({ type: [ScreeningStepRecordView] }) screening!: ScreeningStepRecordView[];
  @ApiPropertyOptional({ format: 'date-time' }) courseEnrolledAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) courseCompletedAt?: string;
  @ApiPropertyOptional() approvedBy?: string;
  @ApiPropertyOptional({ format: 'date-time' }) approvedAt?: string;
  @ApiPropertyOptional({ enum: m.MENTOR_END_REASONS }) endReason?: m.MentorEndReason;
  @ApiProperty({ type: [String], format: 'uuid', description: "Courses holding one of the mentor's slots" }) mentorships!: string[];
  @ApiProperty({ minimum: 0 }) capacity!: number;
  @ApiProperty({ type: [String] }) nudgesSent!: string[];
  @ApiProperty({ type: [String] }) openNudges!: string[];
}

class ChecklistStepView {
  @ApiProperty({ enum: m.SCREENING_STEP_NAMES }) step!: m.ScreeningStepName;
  @ApiProperty({ enum: ['passed', 'failed', 'outstanding', 'not-reached'] }) status!: ScreeningStepStatus;
  @ApiProperty({ format: 'date-time', type: String, nullable: true, description: 'When it was recorded' }) at!: string | null;
}

class ChecklistCourseView {
  @ApiProperty({ enum: ['completed', 'enrolled', 'outstanding', 'not-required', 'not-reached'] }) status!: CourseStatus;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) enrolledAt!: string | null;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) completedAt!: string | null;
}

class ChecklistApprovalView {
  @ApiProperty({ enum: ['approved', 'outstanding', 'not-reached'] }) status!: ApprovalStatus;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) at!: string | null;
}

/** libs/mentors/path-checklist.ts: what her program's policy requires before approval, done or outstanding. */
class PathChecklistView implements PathChecklist {
  @ApiProperty({ minimum: 1, description: 'The policy version her path runs on: the one in effect when she applied' })
  policyVersion!: number;
  @ApiProperty({ type: [ChecklistStepView], description: 'Each step the policy requires, in its order' }) screening!: ChecklistStepView[];
  @ApiProperty({ type: ChecklistCourseView }) course!: ChecklistCourseView;
  @ApiProperty({ type: ChecklistApprovalView }) approval!: ChecklistApprovalView;
}

/** The path as GET /mentors/{id}/path answers it: its state, and the checklist of what her program's policy requires. */
export class MentorPathView extends MentorPathStateView {
  @ApiProperty({ type: PathChecklistView }) checklist!: PathChecklistView;
}

class PathHistoryEntryView {
  @ApiProperty({ enum: ['path'] }) type!: 'path';
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ description: 'The command or event, e.g. approved' }) kind!: string;
  @ApiProperty({ description: 'The phase it led to' }) phase!: string;
  @ApiProperty() by!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) detail!: Record<string, string>;
}

class GroupMeetingHistoryEntryView {
  @ApiProperty({ enum: ['group-meeting'] }) type!: 'group-meeting';
  @ApiProperty({ format: 'date', description: 'The day it was held' }) at!: string;
  @ApiProperty({ enum: GROUP_MEETING_KINDS }) kind!: GroupMeetingKind;
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
}

/** A mentor's history: each step of her path, and each group meeting she attended. */
export const ApiMentorHistory = () =>
  applyDecorators(
    ApiExtraModels(PathHistoryEntryView, GroupMeetingHistoryEntryView),
    ApiOkResponse({
      schema: {
        type: 'array',
        items: { oneOf: [{ $ref: getSchemaPath(PathHistoryEntryView) }, { $ref: getSchemaPath(GroupMeetingHistoryEntryView) }] },
      },
    }),
  );

export class GroupMeetingView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) programId!: string;
  @ApiProperty({ enum: GROUP_MEETING_KINDS }) kind!: GroupMeetingKind;
  @ApiProperty({ format: 'date' }) heldOn!: string;
  @ApiProperty() recordedBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
}
