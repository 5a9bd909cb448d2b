import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { Factor, FACTORS } from '../../../../libs/matching/rank-mentors';

export class ProgramIdParam {
  @ApiProperty({ format: 'uuid' }) @IsUUID() programId!: string;
}

export class MentorCandidatesQuery {
  @ApiProperty({ format: 'uuid', description: 'The young person to find a mentor for; she may live in any municipality' })
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

export class ExcludedMentorView {
  @ApiProperty({ format: 'uuid' }) mentorId!: string;
  @ApiProperty({ example: 'no free slot (1 of 1 taken)' }) reason!: string;
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
