import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PRINCIPAL_SOURCES, PrincipalSource, Role, ROLES } from '../../../../libs/auth/roles';
import { API_TOKEN_SCOPES } from '../../../../libs/identity/api-tokens';

/** Where to land after sign-in; anything but a path on this site is ignored (see safeNextPath). */
const NEXT = {
  description: "A path on this site to land on after sign-in, e.g. /nudges/<id>; anything else lands on '/'",
  example: '/nudges',
  maxLength: 300,
};

export class SignInEmailDto {
  @ApiProperty({ example: 'kim@aarhus.dk', format: 'email', maxLength: 254 }) @IsEmail() @MaxLength(254) email!: string;
  @ApiPropertyOptional(NEXT) @IsOptional() @IsString() @MaxLength(300) next?: string;
}

/** A sign-in link's token: 32 random bytes, base64url. */
const SIGN_IN_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export class SignInVerifyQuery {
  @ApiProperty({ description: 'The token from the mailed link', pattern: SIGN_IN_TOKEN.source })
  @Matches(SIGN_IN_TOKEN, { message: 'must be a sign-in token' })
  token!: string;
  /** The mailed link carries it for readers; the token's row is what counts. */
  @ApiPropertyOptional(NEXT) @IsOptional() @IsString() @MaxLength(300) next?: string;
}

export class SignInPageQuery {
  @ApiPropertyOptional({ enum: ['da', 'en'], description: 'Danish unless en' }) @IsOptional() @IsIn(['da', 'en']) lang?: 'da' | 'en';
  @ApiPropertyOptional(NEXT) @IsOptional() @IsString() @MaxLength(300) next?: string;
}

export class OidcStartQuery {
  @ApiPropertyOptional(NEXT) @IsOptional() @IsString() @MaxLength(300) next?: string;
}

export class CreateApiTokenDto {
  @ApiProperty({ example: 'nightly export' }) @IsString() @Length(1, 100) name!: string;
  @ApiProperty({ enum: API_TOKEN_SCOPES, isArray: true, description: 'The roles it may act as' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(API_TOKEN_SCOPES.length)
  @IsIn(API_TOKEN_SCOPES, { each: true })
  scopes!: Array<(typeof API_TOKEN_SCOPES)[number]>;
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'The programs it may act on; none: not narrowed' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  programIds?: string[];
  @ApiPropertyOptional({ minimum: 1, maximum: 365, description: 'Never expires without it' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  expiresInDays?: number;
}

export class ApiTokenIdParam {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id!: string;
}

/** Who the caller is (libs/auth/roles.ts Principal): her roles and the id of her row in each. */
export class PrincipalView {
  @ApiProperty({ format: 'uuid', description: 'The subject: the row or account she signed in as' }) id!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiPropertyOptional({ format: 'uuid' }) coordinatorId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) mentorId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) panelMemberId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) referrerId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) accountId?: string;
  @ApiPropertyOptional({
    description: "A coordinator's programs, and her municipality when she is a municipal coordinator",
    properties: {
      programIds: { type: 'array', items: { type: 'string', format: 'uuid' } },
      municipalityId: { type: 'string', format: 'uuid', nullable: true },
    },
  })
  coordinator?: { programIds: string[]; municipalityId: string | null };
  @ApiProperty({ enum: ['da', 'en'] }) language!: 'da' | 'en';
  @ApiProperty({ enum: PRINCIPAL_SOURCES }) via!: PrincipalSource;
}

export class SessionView {
  @ApiProperty() principal!: PrincipalView;
  @ApiProperty({ type: String, nullable: true, description: 'Sent back as X-CSRF-Token with each write made with the cookie' })
  csrfToken!: string | null;
}

export class ApiTokenView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: API_TOKEN_SCOPES, isArray: true }) scopes!: string[];
  @ApiProperty({ type: [String], format: 'uuid' }) programIds!: string[];
  @ApiProperty({ format: 'uuid', description: 'The operator’s account' }) createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: Date, nullable: true }) expiresAt!: Date | null;
  @ApiProperty({ type: Date, nullable: true }) lastUsedAt!: Date | null;
  @ApiProperty({ type: Date, nullable: true }) revokedAt!: Date | null;
}

export class CreatedApiTokenView {
  @ApiProperty() token!: ApiTokenView;
  @ApiProperty({ example: 'mf_…', description: 'Sent as `Authorization: Bearer <secret>`; shown in this answer only' }) secret!: string;
}
