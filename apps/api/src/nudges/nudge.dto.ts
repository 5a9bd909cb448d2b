import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { NUDGE_RECIPIENT_ROLES, NUDGE_STATUSES, NudgeRecipientRole, NudgeStatus } from '../../../../libs/persistence/entities';
import { says } from '../../../../libs/validation/validators';
import { PROGRAM_SLUG_FILTER } from '../params';

export class NudgeIdParam {
  @ApiProperty() @IsUUID() id!: string;
}

export class NudgeListQuery {
  @ApiPropertyOptional({ type: String, description: 'Defaults to open' })
  @IsOptional()
  @IsIn(NUDGE_STATUSES)
  status?: NudgeStatus;

  @ApiPropertyOptional({ description: 'One of her programs only', example: 'pift' })
  @IsOptional()
  @Matches(PROGRAM_SLUG_FILTER, says('must-be-program-slug'))
  programSlug?: string;
}

/** A nudge as its recipient sees it: what is late and about which course or mentor, by id only. */
export class NudgeView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'meeting-gap' }) kind!: string;
  @ApiProperty({ enum: NUDGE_STATUSES }) status!: NudgeStatus;
  @ApiProperty({ enum: NUDGE_RECIPIENT_ROLES }) recipientRole!: NudgeRecipientRole;
  @ApiProperty() programSlug!: string;
  @ApiProperty({ description: 'The workflow it is about, e.g. mentorship-<id>' }) subjectWorkflowId!: string;
  @ApiProperty({ format: 'uuid' }) subjectId!: string;
  @ApiProperty() raisedAt!: Date;
  @ApiPropertyOptional({ type: Date, nullable: true }) escalatedAt!: Date | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) closedAt!: Date | null;
  @ApiPropertyOptional({ type: String, nullable: true }) closedBy!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'For a report of an ignored nudge: the id of that nudge' })
  reportsNudgeId?: string | null;
}
