import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsDuration } from './is-duration.decorator';

/** How a program draws on its expert panel: deadlines, the engine's own triggers, and the categories escalations are about. */

export const URGENCIES = ['urgent', 'normal'] as const;
/** Escalation categories are kebab-case words a program chooses, e.g. "mental-health". */
const CATEGORY = /^[a-z]+(-[a-z]+)*$/;

/** The category and urgency with which one of the engine's rules raises an escalation. */
export class RaiseAs {
  @ApiProperty({ example: 'mental-health' })
  @Matches(CATEGORY, { message: 'category must be kebab-case, e.g. mental-health' })
  @MaxLength(60)
  category!: string;
  @ApiProperty({ enum: URGENCIES }) @IsIn(URGENCIES) urgency!: (typeof URGENCIES)[number];
}

export class AutomaticEscalations {
  @ApiProperty({ description: 'A WHO-5 score in the high-risk band (measurements.who5.depressionAtOrBelow)', type: RaiseAs })
  @IsObject()
  @ValidateNested()
  @Type(() => RaiseAs)
  highRisk!: RaiseAs;
  @ApiProperty({ description: 'A WHO-5 score down by at least measurements.who5.meaningfulChange since the one before', type: RaiseAs })
  @IsObject()
  @ValidateNested()
  @Type(() => RaiseAs)
  sharpDrop!: RaiseAs;
  @ApiProperty({ description: 'missedMeetingsInARow planned meetings missed in a row', type: RaiseAs })
  @IsObject()
  @ValidateNested()
  @Type(() => RaiseAs)
  missedMeetings!: RaiseAs;
  @ApiProperty({ description: "unansweredNudges of the mentor's nudges left unanswered until they were reported", type: RaiseAs })
  @IsObject()
  @ValidateNested()
  @Type(() => RaiseAs)
  unansweredNudges!: RaiseAs;
}

export class EscalationPolicy {
  @ApiProperty({ description: 'The panel acknowledges an escalation within this, or it goes up a level', example: '3d' })
  @IsDuration()
  acknowledgeWithin!: string;
  @ApiProperty({ example: '24h' }) @IsDuration() acknowledgeUrgentWithin!: string;
  @ApiProperty({ description: 'The owners respond with advice within this (from when they got it), or it goes up a level', example: '7d' })
  @IsDuration()
  respondWithin!: string;
  @ApiProperty({ example: '48h' }) @IsDuration() respondUrgentWithin!: string;
  @ApiProperty({ description: 'This many planned meetings missed in a row raises an escalation', example: 3 })
  @IsInt()
  @Min(1)
  @Max(52)
  missedMeetingsInARow!: number;
  @ApiProperty({
    description: "This many of the mentor's nudges left unanswered until they were reported raises an escalation",
    example: 3,
  })
  @IsInt()
  @Min(1)
  @Max(52)
  unansweredNudges!: number;
  @ApiProperty({
    description: 'What escalations are about; panel members answer some of them (panel_members.categories)',
    example: ['mental-health', 'social', 'engagement', 'other'],
  })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @ArrayMaxSize(30)
  @Matches(CATEGORY, { each: true, message: 'each category must be kebab-case, e.g. mental-health' })
  @MaxLength(60, { each: true })
  categories!: string[];
  @ApiProperty({ type: AutomaticEscalations })
  @IsObject()
  @ValidateNested()
  @Type(() => AutomaticEscalations)
  automatic!: AutomaticEscalations;
}
