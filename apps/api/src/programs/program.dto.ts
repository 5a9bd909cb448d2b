import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { PROGRAM_PRESETS } from '../../../../libs/domain/policy/presets';
import { PROGRAM_STATUSES, type Program, type ProgramPolicyVersion, type ProgramStatus } from '../../../../libs/persistence/entities';
import { ListQuery } from '../people/shared.dto';
import { says } from '../../../../libs/validation/validators';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PRESET_SLUGS = PROGRAM_PRESETS.map((preset) => preset.slug);

export class CreateProgramDto {
  @ApiPropertyOptional({ description: 'Start from a preset; its slug, name and policy are used unless given here' })
  @IsOptional()
  @IsIn(PRESET_SLUGS)
  preset?: string;

  @ApiPropertyOptional({ example: 'pift-odense', description: 'Required without a preset' })
  @ValidateIf((dto: CreateProgramDto) => !dto.preset || dto.slug !== undefined)
  @Matches(SLUG, says('must-be-slug'))
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
  @ApiProperty({ nullable: true, description: 'A coordinator; null for none' })
  @ValidateIf((dto: ProgramLeadDto) => dto.coordinatorId !== null)
  @IsUUID()
  coordinatorId!: string | null;
}

/** Live programs; archived ones too with includeArchived=true, as for every archivable kind. */
export class ListProgramsQuery extends ListQuery {}

/** The largest version the column (PostgreSQL's integer) holds; a larger one would fail the query rather than find nothing. */
const POLICY_VERSION_MAX = 2_147_483_647;

export class PolicyVersionParams {
  @ApiProperty() @IsUUID() id!: string;
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) @Max(POLICY_VERSION_MAX) version!: number;
}

export class ProgramView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ pattern: SLUG.source }) slug!: string;
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: PROGRAM_STATUSES }) status!: ProgramStatus;
  @ApiProperty({ type: 'integer', minimum: 1 }) policyVersion!: number;
  @ApiProperty({ type: String, nullable: true, example: 'program-pift' }) workflowId!: string | null;
  @ApiProperty({ type: Date, nullable: true }) activatedAt!: Date | null;
  @ApiProperty({ type: Date, nullable: true }) archivedAt!: Date | null;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The coordinator who leads the program: last owner of an unanswered escalation',
  })
  leadCoordinatorId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;

  static of(program: Program): ProgramView {
    const { id, slug, name, description, status, policyVersion, workflowId, activatedAt, archivedAt, leadCoordinatorId, createdAt } =
      program;
    return { id, slug, name, description, status, policyVersion, workflowId, activatedAt, archivedAt, leadCoordinatorId, createdAt };
  }
}

export class PolicyVersionView {
  @ApiProperty({ format: 'uuid' }) programId!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The program policy (see ProgramPolicy)' }) policy!: object;
  @ApiProperty() createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;

  static of({ programId, version, policy, createdBy, createdAt }: ProgramPolicyVersion): PolicyVersionView {
    return { programId, version, policy, createdBy, createdAt };
  }
}

export class ProgramWithPolicyView extends ProgramView {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The current policy (see ProgramPolicy)' }) policy!: object;
}
