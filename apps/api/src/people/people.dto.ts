import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { GENDERS, NOTIFICATION_MODES, REFERRER_KINDS } from '../../../../libs/persistence/entities';
import type { Gender, NotificationMode, ReferrerKind } from '../../../../libs/persistence/entities';
import { ArchivableView, ContactDto, GENDER_PROPERTY, MatchingProfileDto, PATCH, PersonPatch } from './shared.dto';
import { TagList, IsCalendarDate, IsNotInFuture, Nested, Omittable, says } from '../../../../libs/validation/validators';

/**
 * The bodies of each kind's routes. A create body has the shape the row has;
 * a patch is the same fields, each optional; a view is the row.
 */

export class CreateMunicipalityDto {
  @ApiProperty({ example: 'Odense' })
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiPropertyOptional({ type: String, example: '461', nullable: true, description: 'The official municipality code' })
  @IsOptional()
  @Matches(/^[0-9]{1,8}$/, says('must-be-municipality-code'))
  code?: string | null;
}
export class UpdateMunicipalityDto extends PartialType(CreateMunicipalityDto, PATCH) {}
export class MunicipalityView extends IntersectionType(ArchivableView, CreateMunicipalityDto) {}

export class CreateCoordinatorDto {
  @Nested(ContactDto) contact!: ContactDto;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'The municipality a municipal coordinator works for' })
  @IsOptional()
  @IsUUID()
  municipalityId?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'The programs she coordinates: their nudges come to her' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  programIds?: string[];

  @ApiPropertyOptional({ type: String, description: 'Each nudge by mail as it comes (default), or one mail a day with all open items' })
  @IsOptional()
  @IsIn(NOTIFICATION_MODES)
  notificationMode?: NotificationMode;
}
export class UpdateCoordinatorDto extends PersonPatch(CreateCoordinatorDto) {}
export class CoordinatorView extends IntersectionType(ArchivableView, CreateCoordinatorDto) {}

export class CreateReferrerDto {
  @Nested(ContactDto) contact!: ContactDto;
  @ApiProperty({ type: String }) @IsIn(REFERRER_KINDS) kind!: ReferrerKind;
  @ApiProperty({ description: 'The municipality the referrer refers for' }) @IsUUID() municipalityId!: string;
}
export class UpdateReferrerDto extends PersonPatch(CreateReferrerDto) {}
export class ReferrerView extends IntersectionType(ArchivableView, CreateReferrerDto) {}

export class CreateMentorDto {
  @Nested(ContactDto) contact!: ContactDto;
  @ApiProperty() @IsUUID() programId!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsUUID() municipalityId?: string | null;
  @ApiPropertyOptional(GENDER_PROPERTY) @IsOptional() @IsIn(GENDERS) gender?: Gender | null;
  @Omittable() @Nested(MatchingProfileDto, { required: false }) profile?: MatchingProfileDto;
}
export class UpdateMentorDto extends PersonPatch(CreateMentorDto) {}
export class MentorView extends IntersectionType(ArchivableView, CreateMentorDto) {}

export class CreateYoungPersonDto {
  @Nested(ContactDto) contact!: ContactDto;

  @ApiProperty({
    example: '2006-04-17',
    format: 'date',
    description: 'Not in the future; a program checks her age against its range at referral',
  })
  @IsCalendarDate()
  @IsNotInFuture()
  birthDate!: string;

  @ApiPropertyOptional(GENDER_PROPERTY) @IsOptional() @IsIn(GENDERS) gender?: Gender | null;
  @ApiProperty({ description: 'The municipality she lives in' }) @IsUUID() municipalityId!: string;

  @ApiPropertyOptional({ ...GENDER_PROPERTY, description: 'One of her wishes: the gender of her mentor' })
  @IsOptional()
  @IsIn(GENDERS)
  preferredMentorGender?: Gender | null;

  @Omittable() @Nested(MatchingProfileDto, { required: false }) wishes?: MatchingProfileDto;

  @ApiPropertyOptional({ description: 'What she wants help with, in her own words' })
  @Omittable()
  @IsString()
  @MaxLength(2000)
  needs?: string;
}
export class UpdateYoungPersonDto extends PersonPatch(CreateYoungPersonDto) {}
export class YoungPersonView extends IntersectionType(ArchivableView, CreateYoungPersonDto) {}

export class CreatePanelMemberDto {
  @Nested(ContactDto) contact!: ContactDto;
  @ApiProperty() @IsUUID() programId!: string;
  /** The escalation categories this member answers. */
  @TagList(20, 50, ['mental-health', 'substance-use']) categories?: string[];
  @ApiPropertyOptional({ example: 'psychologist' }) @Omittable() @IsString() @MaxLength(100) profession?: string;
}
export class UpdatePanelMemberDto extends PersonPatch(CreatePanelMemberDto) {}
export class PanelMemberView extends IntersectionType(ArchivableView, CreatePanelMemberDto) {}
