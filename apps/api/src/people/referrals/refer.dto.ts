import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { GENDERS, type Gender } from '../../../../../libs/persistence/entities';
import { IsCalendarDate, IsNotInFuture, Nested, says } from '../../../../../libs/validation/validators';
import { ContactDto, GENDER_PROPERTY } from '../shared.dto';

/** Who she is and how to reach her: what a caseworker knows at referral. Her wishes and needs are the coordinator's intake. */
export class ReferredYoungPersonDto {
  @Nested(ContactDto) contact!: ContactDto;

  @ApiProperty({ example: '2006-04-17', format: 'date', description: 'Her age at referral must be within the program’s range' })
  @IsCalendarDate()
  @IsNotInFuture()
  birthDate!: string;

  @ApiPropertyOptional(GENDER_PROPERTY) @IsOptional() @IsIn(GENDERS) gender?: Gender | null;
}

/** A referral a referrer makes herself: the young person is registered in her municipality and referred in her name. */
export class ReferYoungPersonDto {
  @ApiProperty({ description: 'A program taking referrals from her municipality (GET /my-referrals/programs)' })
  @IsUUID()
  programId!: string;

  @Nested(ReferredYoungPersonDto) youngPerson!: ReferredYoungPersonDto;

  @ApiProperty({
    description: 'The young person has consented to the referral and the course; recorded on her course as given to this referrer',
  })
  @IsIn([true], says('consent-required'))
  consentGiven!: true;
}

export class ReferrableProgramView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'The youngest age the program takes' }) minAge!: number;
  @ApiProperty({ description: 'The oldest age the program takes' }) maxAge!: number;
  @ApiProperty({ description: 'Referrals her municipality agreed to make within the quota’s period' }) agreed!: number;
  @ApiProperty({ description: 'Made so far; at the agreed number, a further referral is the program coordinator’s to make' })
  made!: number;
  @ApiProperty({ example: '2027-01-01', format: 'date', description: 'The quota’s end (exclusive)' }) periodEnd!: string;
}

export class ReferrableProgramIdView extends PickType(ReferrableProgramView, ['id']) {}
