import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsTimeZone,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { INSTRUMENT_IDS } from '../instruments';
import { IsClockTime } from '../clock-time';
import { EscalationPolicy } from './escalation-policy';
import { IsDuration } from './is-duration.decorator';

export * from './escalation-policy';

/**
 * A program's policy: everything in which one mentor program differs from
 * another. Stored as a versioned JSON document; a running mentorship keeps the
 * version it started with. Durations are strings (see ../duration.ts).
 */

export const MENTOR_KINDS = ['volunteer', 'employed'] as const;
export const SCREENING_STEPS = ['interview', 'references', 'criminal-record-check', 'child-offence-certificate'] as const;
export const INSTRUMENTS = INSTRUMENT_IDS;
export const CONTACT_PERIODS = ['week', 'month'] as const;
export type ContactPeriod = (typeof CONTACT_PERIODS)[number];

export type MentorKind = (typeof MENTOR_KINDS)[number];
export type ScreeningStep = (typeof SCREENING_STEPS)[number];
export type Instrument = (typeof INSTRUMENTS)[number];

/** Danish law requires a child-offence certificate for contact with children under 15. */
export const CHILD_OFFENCE_CERTIFICATE_LEGAL_AGE = 15;

export class AgeRange {
  @ApiProperty({ example: 15 }) @IsInt() @Min(0) @Max(120) min!: number;
  @ApiProperty({ example: 30 }) @IsInt() @Min(0) @Max(120) max!: number;
}

export class MentorPolicy {
  @ApiProperty({ enum: MENTOR_KINDS }) @IsIn(MENTOR_KINDS) kind!: MentorKind;
  @ApiProperty({ description: 'Mentees one mentor may carry at once', example: 1 })
  @IsInt()
  @Min(1)
  @Max(100)
  capacity!: number;
}

export class ScreeningPolicy {
  @ApiProperty({ enum: SCREENING_STEPS, isArray: true })
  @IsArray()
  @IsIn(SCREENING_STEPS, { each: true })
  @ArrayUnique()
  @ArrayMaxSize(SCREENING_STEPS.length)
  steps!: ScreeningStep[];
  @ApiProperty({
    description: 'Require the child-offence certificate when mentees can be younger than this (law: 15; a program may choose 18)',
    example: 18,
  })
  @IsInt()
  @Min(CHILD_OFFENCE_CERTIFICATE_LEGAL_AGE)
  @Max(30)
  childOffenceCertificateForMenteesUnder!: number;
  @ApiProperty({ description: 'A screening step not completed within this nudges the coordinator', example: '21d' })
  @IsDuration()
  stepStalledAfter!: string;
}

export class CoursePolicy {
  @ApiProperty() @IsBoolean() required!: boolean;
  @ApiProperty({ description: 'A course not completed within this nudges the coordinator', example: '60d' })
  @IsDuration()
  stalledAfter!: string;
}

export class ContactPolicy {
  @ApiProperty({ description: 'Target contact hours per period', example: 4 })
  @IsNumber()
  @Min(0.25)
  @Max(200)
  targetHours!: number;
  @ApiProperty({ enum: CONTACT_PERIODS }) @IsIn(CONTACT_PERIODS) per!: ContactPeriod;
  @ApiProperty({ description: 'No meeting logged for this long nudges the mentor', example: '14d' })
  @IsDuration()
  nudgeAfterGap!: string;
}

export class DurationPolicy {
  @ApiProperty({ example: 'P6M' }) @IsDuration() min!: string;
  @ApiProperty({ example: 'P6M' }) @IsDuration() planned!: string;
  @ApiProperty({ example: 'P12M' }) @IsDuration() max!: string;
  @ApiProperty({ description: 'How much one extension adds to the planned end', example: 'P6M' })
  @IsDuration()
  extension!: string;
}

export class MeasurementDue {
  @ApiProperty({ enum: INSTRUMENTS }) @IsIn(INSTRUMENTS) instrument!: Instrument;
  @ApiProperty({ description: 'Offsets from the match start, "0d" meaning at the start', example: ['0d', 'P3M', 'P6M'] })
  @IsArray()
  @IsDuration({ each: true })
  @ArrayMaxSize(60)
  at!: string[];
  @ApiProperty({ description: 'Also measured at closure' }) @IsBoolean() atClose!: boolean;
}

export class Who5Bands {
  @ApiProperty({ description: 'Scores (0–100) at or below this are poor well-being', example: 50 })
  @IsInt()
  @Min(0)
  @Max(100)
  poorAtOrBelow!: number;
  @ApiProperty({ description: 'Scores at or below this indicate likely depression (high risk)', example: 28 })
  @IsInt()
  @Min(0)
  @Max(100)
  depressionAtOrBelow!: number;
  @ApiProperty({ description: 'A change of at least this many points is clinically meaningful', example: 10 })
  @IsInt()
  @Min(1)
  @Max(100)
  meaningfulChange!: number;
}

export class MeasurementPolicy {
  @ApiProperty({ type: [MeasurementDue] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => MeasurementDue)
  @ArrayMaxSize(INSTRUMENTS.length)
  schedule!: MeasurementDue[];
  @ApiProperty({ description: 'A measurement not submitted this long after it fell due is overdue', example: '14d' })
  @IsDuration()
  overdueAfter!: string;
  @ApiProperty() @IsObject() @ValidateNested() @Type(() => Who5Bands) who5!: Who5Bands;
}

export class ReviewPolicy {
  @ApiProperty({ description: 'Offsets from the match start at which the course is reviewed', example: ['P6M'] })
  @IsArray()
  @IsDuration({ each: true })
  @ArrayMaxSize(24)
  at!: string[];
}

export class CheckInPolicy {
  @ApiProperty({ description: 'First program contact after the first meeting', example: '48h' })
  @IsDuration()
  firstWithin!: string;
  @ApiProperty({ description: 'Program contacts in the first month', example: 2 })
  @IsInt()
  @Min(0)
  @Max(10)
  firstMonthCount!: number;
  @ApiProperty({ description: 'Then one program contact every', example: 'P1M' })
  @IsDuration()
  thenEvery!: string;
  @ApiProperty({ description: 'Contact with the referrer or another key adult every', example: 'P3M' })
  @IsDuration()
  referrerEvery!: string;
}

export class NudgePolicy {
  @ApiProperty({ description: 'A referral without consent this long is closed as "no consent"', example: '30d' })
  @IsDuration()
  consentWithin!: string;
  @ApiProperty({ description: 'A match proposal unanswered this long nudges the one who must answer', example: '7d' })
  @IsDuration()
  matchProposalUnansweredAfter!: string;
  @ApiProperty({ description: 'A referral waiting this long for a mentor nudges the coordinator', example: '30d' })
  @IsDuration()
  referralWaitingAfter!: string;
  @ApiProperty({ description: 'A nudge ignored this long escalates to the coordinator, once', example: '7d' })
  @IsDuration()
  escalateIgnoredAfter!: string;
  @ApiProperty({ description: "How often the program compares each municipality's referrals with its quota", example: '7d' })
  @IsDuration()
  quotaCheckEvery!: string;
}

export class QuietHours {
  @ApiProperty({ description: 'Local time (HH:MM) from which no mail is sent', example: '21:00' })
  @IsClockTime()
  from!: string;
  @ApiProperty({ description: 'Local time (HH:MM) at which mails held back are sent', example: '07:00' })
  @IsClockTime()
  to!: string;
}

export class NotificationPolicy {
  @ApiProperty({ description: "IANA time zone in which the program's clock times are read", example: 'Europe/Copenhagen' })
  @IsTimeZone()
  timeZone!: string;
  @ApiProperty({ description: 'No mail is sent in these hours; what falls due is held until they end', type: QuietHours })
  @IsObject()
  @ValidateNested()
  @Type(() => QuietHours)
  quietHours!: QuietHours;
}

export class ContinuationPolicy {
  @ApiProperty({ description: 'Whether the program asks, once, how an informal continuation went' })
  @IsBoolean()
  followUp!: boolean;
  @ApiProperty({ description: 'How long after closure the program asks', example: 'P3M' })
  @IsDuration()
  askAfter!: string;
}

export class MatchAgreementPolicy {
  @ApiProperty({ description: 'A written match agreement is required before the first meeting' })
  @IsBoolean()
  required!: boolean;
  @ApiProperty({ description: 'The documented first meeting is due within', example: '14d' })
  @IsDuration()
  firstMeetingWithin!: string;
}

/** The young person's own links (consent, a questionnaire): how long one works after its mail is sent. */
export class YoungPersonLinkPolicy {
  @ApiProperty({
    description: "How long a young person's personal link works after its mail went out (at least an hour, at most 3 months)",
    example: '14d',
  })
  @IsDuration()
  validFor!: string;
}

export class ProgramPolicy {
  @ApiProperty() @IsObject() @ValidateNested() @Type(() => AgeRange) ageRange!: AgeRange;
  @ApiProperty() @IsObject() @ValidateNested() @Type(() => MentorPolicy) mentors!: MentorPolicy;
  @ApiProperty() @IsObject() @ValidateNested() @Type(() => ScreeningPolicy) screening!: ScreeningPolicy;
  @ApiProperty() @IsObject() @ValidateNested() @Type(() => CoursePolicy) course!: CoursePolicy;
  @ApiProperty() @IsObject() @ValidateNested() @Type(() => ContactPolicy) contact!: ContactPolicy;
  @ApiProperty() @IsObject() @ValidateNested() @Type(() => DurationPolicy) duration!: DurationPolicy;
  @ApiProperty() @IsObject() @ValidateNested() @Type(() => MeasurementPolicy) measurements!: MeasurementPolicy;
  @ApiProperty() @IsObject() @ValidateNested() @Type(() => ReviewPolicy) reviews!: ReviewPolicy;
  @ApiProperty() @IsObject() @ValidateNested() @Type(() => CheckInPolicy) checkIns!: CheckInPolicy;
  @ApiProperty() @IsObject() @ValidateNested() @Type(() => NudgePolicy) nudges!: NudgePolicy;
  @ApiProperty() @IsObject() @ValidateNested() @Type(() => NotificationPolicy) notifications!: NotificationPolicy;
  @ApiProperty() @IsObject() @ValidateNested() @Type(() => EscalationPolicy) escalations!: EscalationPolicy;
  @ApiProperty() @IsObject() @ValidateNested() @Type(() => ContinuationPolicy) continuation!: ContinuationPolicy;
  @ApiProperty() @IsObject() @ValidateNested() @Type(() => MatchAgreementPolicy) matchAgreement!: MatchAgreementPolicy;
  /** Optional so that versions stored before it existed stay valid: without it, DEFAULT_YOUNG_PERSON_LINKS. */
  @ApiProperty({ required: false, type: YoungPersonLinkPolicy })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => YoungPersonLinkPolicy)
  youngPersonLinks?: YoungPersonLinkPolicy;
}

/** Two weeks: as long as a measurement may wait before it is overdue in every preset. */
export const DEFAULT_YOUNG_PERSON_LINKS: YoungPersonLinkPolicy = { validFor: '14d' };

/** The policy's link lifetime, or the default for a version stored without one. */
export function youngPersonLinkPolicy(policy: ProgramPolicy): YoungPersonLinkPolicy {
  return policy.youngPersonLinks ?? DEFAULT_YOUNG_PERSON_LINKS;
}
