import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { EXCLUSION_CODES, type ExclusionCode } from '../../../../libs/matching/exclusion-reasons';
import { Factor, FACTORS } from '../../../../libs/matching/rank-mentors';

export class ProgramIdParam {
  @ApiProperty() @IsUUID() programId!: string;
}

export class MentorCandidatesQuery {
  @ApiProperty({ description: 'The young person to find a mentor for; she may live in any municipality' })
  @IsUUID()
  youngPersonId!: string;
}

export class ExplanationLineView {
  @ApiProperty({ enum: FACTORS }) factor!: Factor;
  @ApiProperty({ example: 20 }) points!: number;
  @ApiProperty({ example: 'shares arabic, danish' }) detail!: string;
}

/** Ids only: the coordinator looks the mentor up, so this list carries no personal data. */
export class MentorCandidateView {
  @ApiProperty({ format: 'uuid' }) mentorId!: string;
  @ApiProperty({ description: 'The sum of the explanation’s points' }) score!: number;
  @ApiProperty({ description: 'Slots left under the program’s capacity' }) freeSlots!: number;
  @ApiProperty({ type: [ExplanationLineView] }) explanation!: ExplanationLineView[];
}

/** One reason a mentor cannot be proposed: a stable code and its parameters for a client's own words, and the English. */
export class ExclusionReasonView {
  @ApiProperty({ enum: EXCLUSION_CODES, example: 'no-free-slot' }) code!: ExclusionCode;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    example: { taken: 1, capacity: 1 },
    description: 'no-free-slot: taken, capacity; gender-not-preferred: mentorGender, preferredGender; gender-not-recorded: preferredGender',
  })
  params!: Record<string, string | number>;
  @ApiProperty({ example: 'no free slot (1 of 1 taken)', description: 'The English text of the code with its parameters' })
  message!: string;
}

export class ExcludedMentorView {
  @ApiProperty({ format: 'uuid' }) mentorId!: string;
  @ApiProperty({ example: 'no free slot (1 of 1 taken)', description: "The reasons' English texts, joined by '; '" })
  reason!: string;
  @ApiProperty({ type: [ExclusionReasonView], description: 'Each reason by its code, in the order of `reason`' })
  reasons!: ExclusionReasonView[];
}

export class MentorCandidatesView {
  @ApiProperty({
    type: [MentorCandidateView],
    description: 'Best fit first; ties go to the mentor with fewer active mentorships, then by id',
  })
  candidates!: MentorCandidateView[];
  @ApiProperty({ type: [ExcludedMentorView], description: 'Available mentors who cannot be proposed to her, and why' })
  excluded!: ExcludedMentorView[];
}
