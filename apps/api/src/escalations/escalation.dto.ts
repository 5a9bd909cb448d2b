import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import type { EscalationFacts } from '../../../../libs/persistence/entities';
import {
  ESCALATION_LEVELS,
  ESCALATION_OUTCOMES,
  ESCALATION_PHASES,
  ESCALATION_REASONS,
  EscalationLevel,
  EscalationOutcome,
  EscalationPhase,
  EscalationReason,
  Handover,
  URGENCIES,
  Urgency,
} from '../../../../workflows/escalation/messages';
import { says } from '../../../../libs/validation/validators';

/** What a person may raise; the engine's own reasons are its alone. */
export const PERSON_REASONS = ['concern', 'advice-request'] as const;
const TEXT_MAX = 4000;
const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class EscalationIdParam {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id!: string;
}

export class RaiseEscalationDto {
  @ApiProperty({ format: 'uuid', description: 'Chosen by the client, so a retried request finds the escalation already raised' })
  @IsUUID()
  id!: string;

  @ApiProperty({ enum: PERSON_REASONS, description: 'A concern about the young person, or a question for the panel' })
  @IsIn(PERSON_REASONS)
  reason!: (typeof PERSON_REASONS)[number];

  @ApiProperty({ example: 'mental-health', description: "One of the program's escalation categories (its policy)" })
  @IsString()
  @Matches(/^[a-z]+(-[a-z]+)*$/, says('must-be-kebab-case'))
  @MaxLength(60)
  category!: string;

  @ApiProperty({ enum: URGENCIES }) @IsIn(URGENCIES) urgency!: Urgency;

  @ApiProperty({
    description: "What the panel should know or answer, in the raiser's words; shown to the panel, never mailed",
    maxLength: TEXT_MAX,
  })
  @Transform(trimmed)
  @IsString()
  @Length(1, TEXT_MAX)
  question!: string;
}

export class RespondDto {
  @ApiProperty({ format: 'uuid', description: 'Chosen by the client, so a retried request finds the advice already given' })
  @IsUUID()
  id!: string;

  @ApiProperty({ maxLength: TEXT_MAX }) @Transform(trimmed) @IsString() @Length(1, TEXT_MAX) advice!: string;
}

export class ReassignDto {
  @ApiProperty({ type: [String], description: "Panel members of the escalation's program" })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  panelMemberIds!: string[];
}

export class ResolveDto {
  @ApiProperty({ enum: ESCALATION_OUTCOMES }) @IsIn(ESCALATION_OUTCOMES) outcome!: EscalationOutcome;
}

export class EscalationListQuery {
  @ApiPropertyOptional({ enum: ['open', 'resolved'], description: 'Defaults to open' }) @IsOptional() @IsIn(['open', 'resolved']) status?:
    'open' | 'resolved';
  @ApiPropertyOptional({ enum: URGENCIES }) @IsOptional() @IsIn(URGENCIES) urgency?: Urgency;
  @ApiPropertyOptional({ example: 'pift' })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{0,63}$/, says('must-be-program-slug'))
  programSlug?: string;
}

export class AdviceView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() advice!: string;
  @ApiProperty() respondedAt!: Date;
  @ApiPropertyOptional({ description: 'Who gave it; not shown to the panel' }) respondedBy?: string;
}

/**
 * An escalation as a panel member sees it: what it is about, the course's
 * phase, the facts that set it off and the question; not who the young person
 * is, nor the course's record.
 */
export class PanelEscalationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() category!: string;
  @ApiProperty({ enum: URGENCIES }) urgency!: Urgency;
  @ApiProperty({ enum: ESCALATION_REASONS }) reason!: EscalationReason;
  @ApiProperty({ enum: ['open', 'resolved'] }) status!: string;
  @ApiProperty({ enum: ESCALATION_PHASES }) phase!: EscalationPhase;
  @ApiProperty({ enum: ESCALATION_LEVELS }) level!: EscalationLevel;
  @ApiProperty() raisedAt!: Date;
  @ApiProperty({ description: "The course's phase, e.g. active" }) mentorshipPhase!: string;
  @ApiProperty({ description: 'Whether the caller is among its owners now' }) yours!: boolean;
  @ApiPropertyOptional({ description: 'For one the engine raised: what set it off' }) facts!: EscalationFacts | null;
  @ApiProperty({ description: "The raiser's words; empty for one the engine raised" }) question!: string;
  @ApiProperty({ type: [AdviceView] }) responses!: AdviceView[];
  @ApiPropertyOptional({ description: 'Deadlines of the current owners (single escalation only)' }) acknowledgeBy?: string;
  @ApiPropertyOptional() respondBy?: string;
  @ApiPropertyOptional({ enum: ESCALATION_OUTCOMES }) outcome!: EscalationOutcome | null;
}

/** For coordinators and the course's mentor: the same, with the course, the people and the way it went. */
export class EscalationView extends PanelEscalationView {
  @ApiProperty({ format: 'uuid' }) mentorshipId!: string;
  @ApiProperty({ description: 'A user id, or "engine"' }) raisedBy!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) raisedByRole!: string | null;
  @ApiProperty({ type: [String] }) ownerIds!: string[];
  @ApiPropertyOptional({ type: String, nullable: true }) acknowledgedBy!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) resolvedBy!: string | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) resolvedAt!: Date | null;
  @ApiPropertyOptional({ description: 'How it moved between owners (single escalation only)' }) handovers?: Handover[];
  @ApiProperty() workflowId!: string;
}
