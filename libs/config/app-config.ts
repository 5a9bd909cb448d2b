import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsTimeZone,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsClockTime } from '../domain/clock-time';
import { durationMs } from '../domain/duration';
import { IsDuration } from '../domain/policy/is-duration.decorator';

/** What turns a limit given as a duration off instead (see offOrDurationMs). */
export const TURNED_OFF = ['0', 'off'];

/** A limit's milliseconds, 0 when it is turned off. */
export function offOrDurationMs(setting: string): number {
  return TURNED_OFF.includes(setting) ? 0 : durationMs(setting);
}

export const SEARCH_ATTRIBUTE_TYPES = ['Keyword', 'Text', 'Int', 'Double', 'Bool', 'Datetime', 'KeywordList'] as const;
export type SearchAttributeTypeName = (typeof SEARCH_ATTRIBUTE_TYPES)[number];

export class TlsConfig {
  @IsBoolean() enabled!: boolean;
  @IsString() serverName!: string;
  @IsString() serverRootCaPath!: string;
  @IsString() clientCertPath!: string;
  @IsString() clientKeyPath!: string;
}

export class TaskQueuesConfig {
  @IsString() @IsNotEmpty() main!: string;
}

export class DevServerConfig {
  @IsInt() @Min(1) @Max(65535) port!: number;
  @IsInt() @Min(1) @Max(65535) uiPort!: number;
  @IsString() @IsNotEmpty() dbFile!: string;
  @IsIn(['debug', 'info', 'warn', 'error']) logLevel!: string;
}

/** What one worker process holds and runs at once; temporal.yaml says why each default. */
export class WorkerConfig {
  /** The SDK turns 1 into 2 with a warning (0 would turn the cache off: a replay of the whole history at every task). */
  @IsInt() @Min(2) @Max(100_000) maxCachedWorkflows!: number;
  @IsInt() @Min(2) @Max(10_000) maxConcurrentWorkflowTaskExecutions!: number;
  @IsInt() @Min(1) @Max(10_000) maxConcurrentActivityTaskExecutions!: number;
}

export class TemporalConfig {
  @Matches(/^[^\s:]+:\d+$/, { message: 'must be host:port' }) address!: string;
  @IsString() @IsNotEmpty() namespace!: string;
  @ValidateNested() @Type(() => TlsConfig) tls!: TlsConfig;
  @IsOptional() @IsString() @IsNotEmpty() apiKey?: string;
  /** Environment only: "id:base64,..." AES-256 keys for workflow payloads, the first current; none leaves payloads in clear. */
  @IsOptional() @IsString() @IsNotEmpty() payloadKeys?: string;
  @ValidateNested() @Type(() => TaskQueuesConfig) taskQueues!: TaskQueuesConfig;
  /** Required, so a temporal.yaml from before it existed is refused at start rather than running a worker without bounds. */
  @IsDefined({ message: 'is missing: copy the worker section of the repository’s temporal.yaml' })
  @ValidateNested()
  @Type(() => WorkerConfig)
  worker!: WorkerConfig;
  @IsObject() searchAttributes!: Record<string, SearchAttributeTypeName>;
  @ValidateNested() @Type(() => DevServerConfig) devServer!: DevServerConfig;
}

export class DatabaseConfig {
  /** DATABASE_URL; without it, the embedded PostgreSQL's address (see embeddedPort), which `up` and the tests start. */
  @Matches(/^postgres(ql)?:\/\//, { message: 'must be a postgres:// URL' }) url!: string;
  @IsBoolean() ssl!: boolean;
  @IsString() @IsNotEmpty() embeddedDataDir!: string;
  @IsInt() @Min(1) @Max(65535) embeddedPort!: number;
}

export class ApiConfig {
  @IsInt() @Min(1) @Max(65535) port!: number;
  /** Required by the API when development tokens are on (it verifies them); the worker does not need it. */
  @IsOptional() @IsString() @MinLength(32, { message: 'must be at least 32 characters' }) jwtSecret?: string;
  @IsString() @IsNotEmpty() publicUrl!: string;
  /** Requests one client address may make in a minute before it is answered 429. */
  @IsInt() @Min(1) @Max(1_000_000) rateLimitPerMinute!: number;
  /** Behind a load balancer: take the client's address from X-Forwarded-For. */
  @IsBoolean() trustProxy!: boolean;
  /** The Temporal Web UI's origin, allowed to call the codec server (/codec) from the browser. */
  @Matches(/^https?:\/\/[^/\s]+$/, { message: 'must be an http(s) origin, e.g. http://localhost:8233' }) codecCorsOrigin!: string;
  /** How long a request waits for the workflow engine before it is answered 503 (e.g. "10s"). */
  @IsDuration() engineWait!: string;
  /** Requests waiting on the workflow engine at once in this process (engine-gate.ts); past it they are turned away, 503. */
  @IsInt() @Min(1) @Max(100_000) engineMaxInFlight!: number;
  /** Requests that may wait `engineQueueWait` for one of those places before they are turned away; 0 turns them away at once. */
  @IsInt() @Min(0) @Max(100_000) engineMaxQueued!: number;
  @IsDuration() engineQueueWait!: string;
  /** The Retry-After a request turned away at the engine gate is given. */
  @IsInt() @Min(1) @Max(3600) engineRetryAfterSeconds!: number;
  /** Requests this process serves at once (all but the probes, metrics, codec, sign-in and page files); 0 for no bound. */
  @IsInt() @Min(0) @Max(100_000) maxInFlight!: number;
  /** Event-loop lag past which the API refuses requests before reading them (shed-load.ts); 0 or off for never. */
  @ValidateIf((api: ApiConfig) => !TURNED_OFF.includes(api.shedEventLoopLag))
  @IsDuration({ message: '$property must be a duration such as "200ms", or 0 or off for never' })
  shedEventLoopLag!: string;
  /** The built console (`vite build` into dist/console), served from `/`; without its index.html the API serves no pages. */
  @IsString() @IsNotEmpty() consoleDir!: string;
}

export class MailConfig {
  @IsString() @IsNotEmpty() host!: string;
  @IsInt() @Min(1) @Max(65535) port!: number;
  /** TLS from the first byte (port 465); without it, STARTTLS when the relay offers it and a user is set (see Mailer). */
  @IsBoolean() secure!: boolean;
  @IsOptional() @IsString() @IsNotEmpty() user?: string;
  /** Environment only, like every secret. */
  @IsOptional() @IsString() @IsNotEmpty() password?: string;
  @IsString() @IsNotEmpty() from!: string;
  /** Where the links in mails point; the API's public URL unless the app is served elsewhere. */
  @Matches(/^https?:\/\/\S+$/, { message: 'must be an http(s) URL' }) appUrl!: string;
  /** Port of the web inbox that `up` serves beside its local SMTP sink. */
  @IsInt() @Min(1) @Max(65535) inboxPort!: number;
}

export class NotificationsConfig {
  /** Local time (HH:MM) at which coordinators who chose a digest get it. */
  @IsClockTime() digestAt!: string;
  /** IANA zone in which digestAt is read. */
  @IsTimeZone() timeZone!: string;
}

export class GdprConfig {
  /** A young person's data is erased this long after her last course ended (a duration, e.g. P5Y). */
  @IsDuration() retainClosedFor!: string;
  /** Local time (HH:MM, in notifications.timeZone) of the daily retention sweep. */
  @IsClockTime() retentionAt!: string;
}

export class IdempotencyConfig {
  /** How long the API remembers an Idempotency-Key and the answer it gave (a duration, e.g. P1D); a retry later than that runs again. */
  @IsDuration() keepFor!: string;
}

export class ReportsConfig {
  /** Counts below this (and means over fewer people) are left out of reports, so nobody can be recognised. */
  @IsInt() @Min(1) @Max(100) minimumCount!: number;
}

/** Sign-in with the municipality's identity provider (OpenID Connect); off while no issuer is set. */
export class OidcConfig {
  @IsOptional() @Matches(/^https?:\/\/\S+$/, { message: 'must be an http(s) URL' }) issuer?: string;
  @ValidateIf((oidc: OidcConfig) => !!oidc.issuer) @IsNotEmpty({ message: 'is required with an issuer' }) clientId?: string;
  /** Environment only, like every secret. */
  @IsOptional() @IsString() @IsNotEmpty() clientSecret?: string;
  /** Where the provider sends her back: <public URL>/sign-in/oidc/callback unless the app is served elsewhere. */
  @Matches(/^https?:\/\/\S+$/, { message: 'must be an http(s) URL' }) redirectUrl!: string;
  /** The ID token's claim that holds her e-mail address. */
  @IsString() @IsNotEmpty() emailClaim!: string;
  /** Refuse an address the provider has not verified (its email_verified claim). */
  @IsBoolean() requireEmailVerified!: boolean;
}

export class IdentityConfig {
  /** A session unused this long ends (a duration, e.g. 30m). */
  @IsDuration() sessionIdle!: string;
  /** A session ends this long after sign-in however busy (e.g. 12h). */
  @IsDuration() sessionMax!: string;
  /** Sign-in link requests one client address may make in a quarter of an hour before it is answered 429. */
  @IsInt() @Min(1) @Max(1_000_000) signInLimitPerIp!: number;
  /** Accept the shared-secret development tokens (./mentorflow token); never in production. */
  @IsBoolean() devTokens!: boolean;
  @ValidateNested() @Type(() => OidcConfig) oidc!: OidcConfig;
}

/** host:port, an IPv6 host in brackets ([::]:9464), or empty for none. */
const BIND_ADDRESS = /^$|^(\[[0-9A-Fa-f:.]+\]|[^\s:[\]]+):\d{1,5}$/;

/** Where the worker answers Prometheus and health checks (the API answers both on its own port). */
export class ObservabilityConfig {
  /** The SDK's worker metrics, served at /metrics; empty for none. */
  @Matches(BIND_ADDRESS, { message: 'must be host:port, or empty for none' }) workerMetricsAddress!: string;
  /** The worker's /livez and /readyz; empty for none. */
  @Matches(BIND_ADDRESS, { message: 'must be host:port, or empty for none' }) workerHealthAddress!: string;
}

export class AppConfig {
  @ValidateNested() @Type(() => IdentityConfig) identity!: IdentityConfig;
  @ValidateNested() @Type(() => TemporalConfig) temporal!: TemporalConfig;
  @ValidateNested() @Type(() => DatabaseConfig) database!: DatabaseConfig;
  @ValidateNested() @Type(() => ApiConfig) api!: ApiConfig;
  @ValidateNested() @Type(() => MailConfig) mail!: MailConfig;
  @ValidateNested() @Type(() => NotificationsConfig) notifications!: NotificationsConfig;
  @ValidateNested() @Type(() => ReportsConfig) reports!: ReportsConfig;
  @ValidateNested() @Type(() => GdprConfig) gdpr!: GdprConfig;
  @ValidateNested() @Type(() => IdempotencyConfig) idempotency!: IdempotencyConfig;
  @ValidateNested() @Type(() => ObservabilityConfig) observability!: ObservabilityConfig;
  @IsIn(['debug', 'info', 'warn', 'error']) logLevel!: string;
}
