import { Type as Class } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { NOTIFICATION_LANGUAGES } from '../../../../libs/persistence/entities';
import { TagList, Nested, Omittable, says } from '../../../../libs/validation/validators';

/** The parts every kind of person shares: contact details, the matching profile, list filters and the archivable fields. */

export class ContactDto {
  @ApiProperty({ example: 'Sara Jensen' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({ type: String, example: 'sara@example.dk', nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ type: String, example: '+45 12 34 56 78', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  @Matches(/^\+?[0-9][0-9 ()-]*$/, says('must-be-phone'))
  phone?: string | null;

  @ApiPropertyOptional({ type: String, default: 'da', description: 'The language the engine writes to this person in' })
  @Omittable()
  @IsIn(NOTIFICATION_LANGUAGES)
  language?: (typeof NOTIFICATION_LANGUAGES)[number];
}

/** In a patch null is a value: it clears a nullable field and is refused for one that must have a value. */
export const PATCH = { skipNullProperties: false } as const;

export class ContactPatchDto extends PartialType(ContactDto, PATCH) {}

/** What matching compares: a mentor's profile, or a young person's wishes. */
export class MatchingProfileDto {
  @TagList(20, 50, ['danish', 'arabic']) languages?: string[];
  @TagList(50, 100, ['football', 'drawing']) interests?: string[];

  @ApiPropertyOptional({ type: String, example: 'Odense C', nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  area?: string | null;

  @TagList(20, 50, ['weekday-evenings', 'weekends']) availability?: string[];
}

/** The type is said because `Gender | null` reflects as Object; the values are @IsIn(GENDERS)'s, which the document reads. */
export const GENDER_PROPERTY = { type: String, nullable: true } as const;

export class ListQuery {
  @ApiPropertyOptional({ description: 'Also list archived rows' })
  @IsOptional()
  @Type(() => String)
  @IsIn(['true', 'false'])
  includeArchived?: 'true' | 'false';
}

export class MunicipalityFilter {
  @ApiPropertyOptional() @IsOptional() @IsUUID() municipalityId?: string;
}

export class ProgramFilter {
  @ApiPropertyOptional() @IsOptional() @IsUUID() programId?: string;
}

export class ByMunicipalityQuery extends IntersectionType(ListQuery, MunicipalityFilter) {}
export class ByProgramQuery extends IntersectionType(ListQuery, ProgramFilter) {}
export class ByProgramAndMunicipalityQuery extends IntersectionType(ListQuery, ProgramFilter, MunicipalityFilter) {}

/** What every archivable row answers with besides its own fields. */
export class ArchivableView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
  @ApiPropertyOptional({ type: Date, nullable: true, description: 'When it was archived; archived rows are read-only' })
  archivedAt!: Date | null;
}

/**
 * A person's patch: the fields of her create body, each optional, with her
 * contact details patched field by field too (a patch may change the email alone).
 */
export function PersonPatch<T extends { contact: ContactDto }>(
  create: Class<T>,
): Class<Partial<Omit<T, 'contact'>> & { contact?: ContactPatchDto }> {
  class PersonPatchDto extends PartialType(OmitType(create as Class<{ contact: ContactDto }>, ['contact']), PATCH) {
    @Omittable() @Nested(ContactPatchDto, { required: false }) contact?: ContactPatchDto;
  }
  // The mapped types lose T's fields in TypeScript's eyes; at run time the class has them all.
  return PersonPatchDto as Class<Partial<Omit<T, 'contact'>> & { contact?: ContactPatchDto }>;
}
