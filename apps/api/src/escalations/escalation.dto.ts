import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
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
import { MENTORSHIP_PHASES } from '../../../../workflows/mentorship/messages';
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
import { PROGRAM_SLUG_FILTER } from '../params';

/** What a person may raise; the engine's own reasons are its alone. */
export const PERSON_REASONS = ['concern', 'advice-request'] as const;
const TEXT_MAX = 4000;
const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class EscalationIdParam {
  @ApiProperty() @IsUUID() id!: string;
}

export class RaiseEscalationDto {
  @ApiProperty({ description: 'Chosen by the client, so a retried request finds the escalation already raised' })
  @IsUUID()
  id!: string;

  @ApiProperty({ type: String, description: 'A concern about the young person, or a question for the panel' })
  @IsIn(PERSON_REASONS)
  reason!: (typeof PERSON_REASONS)[number];

  @ApiProperty({ example: 'mental-health', description: "One of the program's escalation categories (its policy)" })
  @IsString()
  @Matches(/^[a-z]+(-[a-z]+)*$/, says('must-be-kebab-case'))
  @MaxLength(60)
  category!: string;

  @ApiProperty({ type: String }) @IsIn(URGENCIES) urgency!: Urgency;

  @ApiProperty({ description: "What the panel should know or answer, in the raiser's words; shown to the panel, never mailed" })
  @Transform(trimmed)
  @IsString()
  @Length(1, TEXT_MAX)
  question!: string;
}

export class RespondDto {
  @ApiProperty({ description: 'Chosen by the client, so a retried request finds the advice already given' })
  @IsUUID()
  id!: string;

  @ApiProperty() @Transform(trimmed) @IsString() @Length(1, TEXT_MAX) advice!: string;
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
  @ApiProperty({ type: String }) @IsIn(ESCALATION_OUTCOMES) outcome!: EscalationOutcome;
}

export const LISTED_STATUSES = ['open', 'resolved', 'all'] as const;

export class EscalationListQuery {
  @ApiPropertyOptional({ type: String, description: 'Defaults to open; all lists the open ones first, then the resolved' })
  @IsOptional()
  @IsIn(LISTED_STATUSES)
  status?: (typeof LISTED_STATUSES)[number];
  @ApiPropertyOptional({ type: String }) @IsOptional() @IsIn(URGENCIES) urgency?: Urgency;
  @ApiPropertyOptional({ example: 'pift' })
  @IsOptional()
  @Matches(PROGRAM_SLUG_FILTER, says('must-be-program-slug'))
  programSlug?: string;
  @ApiPropertyOptional({
    description: "One course's escalations: for its coordinators and its mentor, refused to anyone else (403) as the course is not hers",
  })
  @IsOptional()
  @IsUUID()
  mentorshipId?: string;
}

export class AdviceView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() advice!: string;
  @ApiProperty({ format: 'date-time' }) respondedAt!: Date;
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
  @ApiProperty({ format: 'date-time' }) raisedAt!: Date;
  @ApiProperty({ enum: MENTORSHIP_PHASES, description: "The course's phase" }) mentorshipPhase!: string;
  @ApiProperty({ description: 'Whether the caller is among its owners now' }) yours!: boolean;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'For one the engine raised: what set it off; null for one a person raised',
  })
  facts!: EscalationFacts | null;
  @ApiProperty({ description: "The raiser's words; empty for one the engine raised" }) question!: string;
  @ApiProperty({ type: [AdviceView] }) responses!: AdviceView[];
  @ApiPropertyOptional({ format: 'date-time', description: 'Deadlines of the current owners (single open escalation only)' })
  acknowledgeBy?: string;
  @ApiPropertyOptional({ format: 'date-time' }) respondBy?: string;
  @ApiProperty({ enum: ESCALATION_OUTCOMES, nullable: true, description: 'Null until it is resolved' }) outcome!: EscalationOutcome | null;
}

class HandoverView implements Handover {
  @ApiProperty({ enum: ESCALATION_LEVELS }) from!: EscalationLevel;
  @ApiProperty({ enum: ESCALATION_LEVELS }) to!: EscalationLevel;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ description: 'A deadline passed ("not acknowledged", "no response") or the id of who handed it on' }) why!: string;
}

/** For coordinators and the course's mentor: the same, with the course, the people and the way it went. */
export class EscalationView extends PanelEscalationView {
  @ApiProperty({ format: 'uuid' }) mentorshipId!: string;
  @ApiProperty({ description: 'The young person of the course: whom it is about' }) youngPersonName!: string;
  @ApiProperty({ description: 'A user id, or "engine"' }) raisedBy!: string;
  @ApiProperty({ type: String, nullable: true }) raisedByRole!: string | null;
  @ApiProperty({ type: [String] }) ownerIds!: string[];
  @ApiProperty({ type: String, nullable: true }) acknowledgedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) resolvedBy!: string | null;
  @ApiProperty({ type: Date, nullable: true }) resolvedAt!: Date | null;
  @ApiPropertyOptional({ type: [HandoverView], description: 'How it moved between owners (single escalation only)' })
  handovers?: Handover[];
  @ApiProperty() workflowId!: string;
}

/** An escalation answers whole or as the panel sees it, by the caller's relation to it (a whole one matches both). */
export const ApiEscalationOkResponse = (options: { isArray?: boolean; description?: string } = {}) => {
  const one = { anyOf: [{ $ref: getSchemaPath(EscalationView) }, { $ref: getSchemaPath(PanelEscalationView) }] };
  return applyDecorators(
    ApiExtraModels(EscalationView, PanelEscalationView),
    ApiOkResponse({ description: options.description, schema: options.isArray ? { type: 'array', items: one } : one }),
  );
};
