import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength, ValidationArguments } from 'class-validator';
import { NOTIFICATION_LANGUAGES, NotificationLanguage } from '../../../../libs/persistence/entities';
import { ACCOUNT_KINDS, AccountKind } from '../../../../libs/persistence/entities/identity.entities';
import { Omittable } from '../../../../libs/validation/validators';

/** An unknown role is named back, cut short, so the refusal says what was sent. */
const ROLE = {
  message: ({ value }: ValidationArguments) =>
    `role must be one of ${ACCOUNT_KINDS.join(', ')}; ${JSON.stringify(value)?.slice(0, 60) ?? 'nothing'} is not an account's role`,
};
// What an input may be is said by its rules (the document reads them); a view, which has none, says its values itself. The type
// is said as an imported union reflects as Object.
const ROLE_PROPERTY = { type: String, description: 'operator: reports, API tokens, accounts; program-admin: programs and their set-up' };
const LANGUAGE_PROPERTY = { type: String, description: 'The language her sign-in mails and pages are in' };
const NAME_PROPERTY = { example: 'Lise Berg' };

export class CreateAccountDto {
  @ApiProperty({ example: 'lise.berg@aarhus.dk', description: 'She signs in with it; one live account per address' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty(NAME_PROPERTY) @IsString() @Length(1, 200) name!: string;

  @ApiProperty(ROLE_PROPERTY) @IsIn(ACCOUNT_KINDS, ROLE) role!: AccountKind;

  @ApiPropertyOptional({ ...LANGUAGE_PROPERTY, default: 'da' }) @IsOptional() @IsIn(NOTIFICATION_LANGUAGES) language?: NotificationLanguage;
}

/** What may change; the address may not (a new address is a new account: disable this one and make that). Null is refused. */
export class ChangeAccountDto {
  @ApiPropertyOptional(NAME_PROPERTY) @Omittable() @IsString() @Length(1, 200) name?: string;
  @ApiPropertyOptional(ROLE_PROPERTY) @Omittable() @IsIn(ACCOUNT_KINDS, ROLE) role?: AccountKind;
  @ApiPropertyOptional(LANGUAGE_PROPERTY) @Omittable() @IsIn(NOTIFICATION_LANGUAGES) language?: NotificationLanguage;
}

export class AccountListQuery {
  @ApiPropertyOptional(ROLE_PROPERTY) @IsOptional() @IsIn(ACCOUNT_KINDS, ROLE) role?: AccountKind;

  @ApiPropertyOptional({ description: 'Also list disabled accounts' })
  @IsOptional()
  @Type(() => String)
  @IsIn(['true', 'false'])
  includeDisabled?: 'true' | 'false';
}

export class AccountIdParam {
  @ApiProperty() @IsUUID() id!: string;
}

export class AccountViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ ...ROLE_PROPERTY, enum: ACCOUNT_KINDS }) role!: AccountKind;
  @ApiProperty({ maxLength: 200 }) name!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null only for an account made without one (it cannot sign in)' })
  email!: string | null;
  @ApiProperty({ ...LANGUAGE_PROPERTY, enum: NOTIFICATION_LANGUAGES }) language!: NotificationLanguage;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
  @ApiProperty({ type: Date, nullable: true, description: 'When it was disabled: it signs in no more; its sessions and tokens ended then' })
  disabledAt!: Date | null;
}
