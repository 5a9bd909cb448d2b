import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, Min, ValidateIf } from 'class-validator';
import { PROGRAM_PRESETS } from '../../../../libs/domain/policy/presets';
import type { Program, ProgramPolicyVersion } from '../../../../libs/persistence/entities';
import { says } from '../../../../libs/validation/validators';

const PRESET_SLUGS = PROGRAM_PRESETS.map((preset) => preset.slug);

export class CreateProgramDto {
  @ApiPropertyOptional({ enum: PRESET_SLUGS, description: 'Start from a preset; its slug, name and policy are used unless given here' })
  @IsOptional()
  @IsIn(PRESET_SLUGS)
  preset?: string;

  @ApiPropertyOptional({ example: 'pift-odense', description: 'Required without a preset' })
  @ValidateIf((dto: CreateProgramDto) => !dto.preset || dto.slug !== undefined)
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, says('must-be-slug'))
  @Length(2, 64)
  slug?: string;

  @ApiPropertyOptional({ example: 'PIFT Odense', description: 'Required without a preset' })
  @ValidateIf((dto: CreateProgramDto) => !dto.preset || dto.name !== undefined)
  @IsString()
  @Length(2, 200)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ description: 'The program policy (see ProgramPolicy); required without a preset' })
  @ValidateIf((dto: CreateProgramDto) => !dto.preset || dto.policy !== undefined)
  @IsObject()
  policy?: Record<string, unknown>;
}

export class RevisePolicyDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The whole new policy (see ProgramPolicy)' })
  @IsObject()
  policy!: Record<string, unknown>;
}

export class ProgramLeadDto {
  @ApiProperty({ format: 'uuid', nullable: true, description: 'A coordinator; null for none' })
  @ValidateIf((dto: ProgramLeadDto) => dto.coordinatorId !== null)
  @IsUUID()
  coordinatorId!: string | null;
}

export class ListProgramsQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => String)
  @IsIn(['true', 'false'])
  includeArchived?: 'true' | 'false';
}

export class PolicyVersionParams {
  @ApiProperty() @IsUUID() id!: string;
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) version!: number;
}

export class ProgramView {
  @ApiProperty() id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: ['draft', 'active', 'archived'] }) status!: string;
  @ApiProperty() policyVersion!: number;
  @ApiPropertyOptional({ nullable: true }) workflowId!: string | null;
  @ApiPropertyOptional({ nullable: true }) activatedAt!: Date | null;
  @ApiPropertyOptional({ nullable: true }) archivedAt!: Date | null;
  @ApiPropertyOptional({ nullable: true, description: 'The coordinator who leads the program: last owner of an unanswered escalation' })
  leadCoordinatorId!: string | null;
  @ApiProperty() createdAt!: Date;

  static of(program: Program): ProgramView {
    const { id, slug, name, description, status, policyVersion, workflowId, activatedAt, archivedAt, leadCoordinatorId, createdAt } =
      program;
    return { id, slug, name, description, status, policyVersion, workflowId, activatedAt, archivedAt, leadCoordinatorId, createdAt };
  }
}

export class PolicyVersionView {
  @ApiProperty() programId!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The policy (see ProgramPolicy)' }) policy!: object;
  @ApiProperty() createdBy!: string;
  @ApiProperty() createdAt!: Date;

  static of({ programId, version, policy, createdBy, createdAt }: ProgramPolicyVersion): PolicyVersionView {
    return { programId, version, policy, createdBy, createdAt };
  }
}

export class ProgramWithPolicyView extends ProgramView {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The policy (see ProgramPolicy)' }) policy!: object;
}
