import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { MunicipalityFilter, ProgramFilter } from '../shared.dto';
import { IsMoment, IsNotInFuture } from '../../../../../libs/validation/validators';

export class CreateReferralDto {
  @ApiProperty({ description: 'An active program' }) @IsUUID() programId!: string;
  @ApiProperty({ description: 'Who refers her; the referral counts toward this referrer’s municipality' })
  @IsUUID()
  referrerId!: string;
  @ApiProperty({ description: 'Her age on the day of the referral must be within the program’s range' })
  @IsUUID()
  youngPersonId!: string;

  @ApiPropertyOptional({
    example: '2026-03-02T10:30:00+01:00',
    format: 'date-time',
    description: 'When the referral was made, not in the future; now if left out',
  })
  @IsOptional()
  @IsMoment()
  @IsNotInFuture()
  referredAt?: string;
}

export class ReferralsQuery extends IntersectionType(ProgramFilter, MunicipalityFilter) {}

export class ReferralView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) programId!: string;
  @ApiProperty({ description: 'The program policy version current when the referral was made' }) policyVersion!: number;
  @ApiProperty({ format: 'uuid', description: 'The referrer’s municipality' }) municipalityId!: string;
  @ApiProperty({ format: 'uuid' }) referrerId!: string;
  @ApiProperty({ format: 'uuid' }) youngPersonId!: string;
  @ApiProperty() referredAt!: Date;
  @ApiProperty() createdBy!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ description: 'The course this referral started: mentorship-<id> in Temporal', example: 'mentorship-…' })
  workflowId!: string;
}
