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
import type { Principal } from '../../../../libs/auth/roles';
import { API_TOKEN_SCOPES } from '../../../../libs/identity/api-tokens';
import { says } from '../../../../libs/validation/validators';

/** Where to land after sign-in; anything but a path on this site is ignored (see safeNextPath). */
const NEXT = {
  description: "A path on this site to land on after sign-in, e.g. /nudges/<id>; anything else lands on '/'",
  example: '/nudges',
};

export class SignInEmailDto {
  @ApiProperty({ example: 'kim@aarhus.dk' }) @IsEmail() @MaxLength(254) email!: string;
  @ApiPropertyOptional(NEXT) @IsOptional() @IsString() @MaxLength(300) next?: string;
}

/** A sign-in link's token: 32 random bytes, base64url. */
const SIGN_IN_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export class SignInVerifyQuery {
  @ApiProperty({ description: 'The token from the mailed link' })
  @Matches(SIGN_IN_TOKEN, says('must-be-sign-in-token'))
  token!: string;
  /** The mailed link carries it for readers; the token's row is what counts, when the page posts the token back. */
  @ApiPropertyOptional(NEXT) @IsOptional() @IsString() @MaxLength(300) next?: string;
}

/** The token posted back by the page the mailed link opens. */
export class SignInVerifyDto {
  @ApiProperty({ description: 'The token from the mailed link' })
  @Matches(SIGN_IN_TOKEN, { message: 'must be a sign-in token' })
  token!: string;
}

export class SignInPageQuery {
  @ApiPropertyOptional({ description: 'Danish unless en' }) @IsOptional() @IsIn(['da', 'en']) lang?: 'da' | 'en';
  @ApiPropertyOptional(NEXT) @IsOptional() @IsString() @MaxLength(300) next?: string;
}

export class OidcStartQuery {
  @ApiPropertyOptional(NEXT) @IsOptional() @IsString() @MaxLength(300) next?: string;
}

export class CreateApiTokenDto {
  @ApiProperty({ example: 'nightly export' }) @IsString() @Length(1, 100) name!: string;
  @ApiProperty({ type: [String], description: 'The roles it may act as' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(API_TOKEN_SCOPES.length)
  @IsIn(API_TOKEN_SCOPES, { each: true })
  scopes!: Array<(typeof API_TOKEN_SCOPES)[number]>;
  @ApiPropertyOptional({ type: [String], description: 'The programs it may act on; none: not narrowed' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  programIds?: string[];
  @ApiPropertyOptional({ description: 'Never expires without it' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  expiresInDays?: number;
}

export class ApiTokenIdParam {
  @ApiProperty() @IsUUID() id!: string;
}

export class TemporalUiLink {
  @ApiProperty({ example: 'http://localhost:8233', description: "The Temporal Web UI's origin" }) url!: string;
  @ApiProperty({ example: 'default' }) namespace!: string;
}

/** Who is signed in, the proof her writes carry, and for an operator where the workflows are seen. */
export class SessionView {
  @ApiProperty({ type: Object, description: 'Her id, her roles and the rows they come from, her language, how she signed in' })
  principal!: Principal;
  @ApiProperty({ type: String, nullable: true, description: 'Her name, from her own row' }) name!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Sent back as X-CSRF-Token with every write made with the session cookie' })
  csrfToken!: string | null;
  @ApiPropertyOptional({ type: TemporalUiLink, description: 'Operators only: the Temporal Web UI, where each workflow is seen' })
  temporalUi?: TemporalUiLink;
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
