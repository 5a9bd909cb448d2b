import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import * as m from '../../../../workflows/mentorship/messages';
import { MEETING_MINUTES } from '../../../../workflows/mentorship/contact-rules';
import { CONTACT_PERIODS, ContactPeriod } from '../../../../libs/domain/policy/program-policy';
import { membersOf } from '../../../../libs/validation/members-of';
import { IsCalendarDate, IsNotInFuture } from '../../../../libs/validation/validators';

const ANSWERS = membersOf<m.AnswerProposalCommand['answer']>({ accept: true, decline: true });
const DECISIONS = membersOf<m.ReviewCommand['decision']>({ continue: true, extend: true });

export class MentorshipIdParam {
  @ApiProperty({ description: 'The referral id; its workflow is mentorship-<id>' }) @IsUUID() id!: string;
}

export class ProposeMatchDto {
  @ApiProperty({ description: 'An available mentor of the program (see GET /programs/:id/mentor-candidates)' })
  @IsUUID()
  mentorId!: string;
}

export class AnswerProposalDto {
  @ApiProperty({ type: String }) @IsIn(m.PARTIES) party!: m.Party;
  @ApiProperty({ type: String }) @IsIn(ANSWERS) answer!: m.AnswerProposalCommand['answer'];
}

export class MatchAgreementDto {
  @ApiProperty({ example: 4 }) @IsInt() @Min(1) @Max(31) meetingsPerPeriod!: number;
  @ApiProperty({ type: String }) @IsIn(CONTACT_PERIODS) period!: ContactPeriod;
  @ApiProperty({ example: 60 }) @IsInt() @Min(15) @Max(MEETING_MINUTES.max) minutesPerMeeting!: number;
  @ApiProperty({ example: 'Find a study programme; feel less alone' }) @IsString() @Length(1, 2000) goals!: string;
  @ApiProperty() @IsString() @Length(1, 1000) mentorRole!: string;
  @ApiProperty() @IsString() @Length(1, 1000) youngPersonRole!: string;
  @ApiProperty({ example: 'within 48 hours of the first meeting, twice in the first month, then monthly' })
  @IsString()
  @Length(1, 200)
  programCheckIns!: string;
}

export class CheckInDto {
  @ApiProperty({ description: 'Chosen by the client, so a retried check-in is recognised and counted once' })
  @IsUUID()
  id!: string;
  @ApiProperty({ type: String }) @IsIn(m.CHECK_IN_PARTIES) party!: m.CheckInParty;
  @ApiProperty({ example: '2026-03-01', format: 'date', description: 'Not in the future' })
  @IsCalendarDate()
  @IsNotInFuture()
  heldOn!: string;
}

export class ReviewDto {
  @ApiProperty({ type: String }) @IsIn(DECISIONS) decision!: m.ReviewCommand['decision'];
}

export class CloseDto {
  @ApiProperty({ type: String }) @IsIn(m.CLOSURE_KINDS) kind!: m.ClosureKind;
  @ApiProperty({ type: String }) @IsIn(m.CLOSURE_REASONS) reason!: m.ClosureReason;
  @ApiProperty({ type: String }) @IsIn(m.OUTCOMES) outcome!: m.Outcome;
}

export class ExitConversationDto {
  @ApiProperty({ type: String }) @IsIn(m.PARTIES) party!: m.Party;
  @ApiProperty({ description: 'False records that it was offered but did not take place' }) @IsBoolean() held!: boolean;
}

export class ContinuationDto {
  @ApiProperty() @IsBoolean() keptInTouch!: boolean;
}
