import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsDateString, IsIn, IsUUID } from 'class-validator';
import { GROUP_MEETING_KINDS, GroupMeetingKind } from '../../../../libs/persistence/entities';
import { membersOf } from '../../../../libs/validation/members-of';
import {
  MENTOR_END_REASONS,
  MentorEndReason,
  SCREENING_STEP_NAMES,
  ScreeningStepCommand,
  ScreeningStepName,
} from '../../../../workflows/mentor/messages';

const RESULTS = membersOf<ScreeningStepCommand['result']>({ passed: true, failed: true });

export class ScreeningStepDto {
  @ApiProperty({ type: String }) @IsIn(SCREENING_STEP_NAMES) step!: ScreeningStepName;
  @ApiProperty({ type: String }) @IsIn(RESULTS) result!: ScreeningStepCommand['result'];
}

export class EndPathDto {
  @ApiProperty({ type: String }) @IsIn(MENTOR_END_REASONS) reason!: MentorEndReason;
}

export class MentorIdParam {
  @ApiProperty() @IsUUID() id!: string;
}

export class GroupMeetingDto {
  @ApiProperty() @IsUUID() programId!: string;
  @ApiProperty({ type: String }) @IsIn(GROUP_MEETING_KINDS) kind!: GroupMeetingKind;
  @ApiProperty({ example: '2026-11-20', format: 'date' }) @IsDateString({ strict: true }) heldOn!: string;
  @ApiProperty({ type: [String] })
  @IsUUID('all', { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique()
  attendeeMentorIds!: string[];
}
