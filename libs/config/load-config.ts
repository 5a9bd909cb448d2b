import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { parse as parseYaml } from 'yaml';
import { parsePayloadKeys, payloadCodecs } from '../temporal/payload-codec';
import { validationProblems } from '../validation/problems';
import { AppConfig, SEARCH_ATTRIBUTE_TYPES } from './app-config';

/** Thrown when configuration is invalid; the message names every bad key. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

type Parse = (raw: string) => unknown;
const asString: Parse = (raw) => raw;
const asInt: Parse = (raw) => (/^-?\d+$/.test(raw.trim()) ? Number(raw) : raw);
const asBool: Parse = (raw) => (['true', '1', 'yes'].includes(raw) ? true : ['false', '0', 'no', ''].includes(raw) ? false : raw);

/** Environment variable → key path in the config tree. Env always wins over the file. */
const ENV_OVERRIDES: Array<[env: string, path: string, parse: Parse]> = [
  ['TEMPORAL_ADDRESS', 'temporal.address', asString],
  ['TEMPORAL_NAMESPACE', 'temporal.namespace', asString],
  ['TEMPORAL_TLS', 'temporal.tls.enabled', asBool],
  ['TEMPORAL_TLS_SERVER_NAME', 'temporal.tls.serverName', asString],
  ['TEMPORAL_TLS_CA', 'temporal.tls.serverRootCaPath', asString],
  ['TEMPORAL_TLS_CERT', 'temporal.tls.clientCertPath', asString],
  ['TEMPORAL_TLS_KEY', 'temporal.tls.clientKeyPath', asString],
  ['TEMPORAL_API_KEY', 'temporal.apiKey', asString],
  ['MENTORFLOW_PAYLOAD_KEYS', 'temporal.payloadKeys', asString],
  ['TEMPORAL_TASK_QUEUE', 'temporal.taskQueues.main', asString],
  ['TEMPORAL_MAX_CACHED_WORKFLOWS', 'temporal.worker.maxCachedWorkflows', asInt],
  ['TEMPORAL_MAX_CONCURRENT_WORKFLOW_TASK_EXECUTIONS', 'temporal.worker.maxConcurrentWorkflowTaskExecutions', asInt],
  ['TEMPORAL_MAX_CONCURRENT_ACTIVITY_TASK_EXECUTIONS', 'temporal.worker.maxConcurrentActivityTaskExecutions', asInt],
  ['TEMPORAL_DEV_PORT', 'temporal.devServer.port', asInt],
  ['TEMPORAL_UI_PORT', 'temporal.devServer.uiPort', asInt],
  ['TEMPORAL_DB_FILE', 'temporal.devServer.dbFile', asString],
  ['DATABASE_URL', 'database.url', asString],
  ['DATABASE_SSL', 'database.ssl', asBool],
  ['MENTORFLOW_PG_DATA_DIR', 'database.embeddedDataDir', asString],
  ['MENTORFLOW_PG_PORT', 'database.embeddedPort', asInt],
  ['MENTORFLOW_API_PORT', 'api.port', asInt],
  ['MENTORFLOW_JWT_SECRET', 'api.jwtSecret', asString],
  ['MENTORFLOW_PUBLIC_URL', 'api.publicUrl', asString],
  ['MENTORFLOW_RATE_LIMIT_PER_MINUTE', 'api.rateLimitPerMinute', asInt],
  ['MENTORFLOW_TRUST_PROXY', 'api.trustProxy', asBool],
  ['MENTORFLOW_CODEC_CORS_ORIGIN', 'api.codecCorsOrigin', asString],
  ['MENTORFLOW_ENGINE_WAIT', 'api.engineWait', asString],
  ['MENTORFLOW_ENGINE_MAX_IN_FLIGHT', 'api.engineMaxInFlight', asInt],
  ['MENTORFLOW_ENGINE_MAX_QUEUED', 'api.engineMaxQueued', asInt],
  ['MENTORFLOW_ENGINE_QUEUE_WAIT', 'api.engineQueueWait', asString],
  ['MENTORFLOW_ENGINE_RETRY_AFTER', 'api.engineRetryAfterSeconds', asInt],
  ['MENTORFLOW_MAX_IN_FLIGHT', 'api.maxInFlight', asInt],
  ['MENTORFLOW_SHED_EVENT_LOOP_LAG', 'api.shedEventLoopLag', asString],
  ['MENTORFLOW_CONSOLE_DIR', 'api.consoleDir', asString],
  ['SMTP_HOST', 'mail.host', asString],
  ['SMTP_PORT', 'mail.port', asInt],
  ['SMTP_SECURE', 'mail.secure', asBool],
  ['SMTP_USER', 'mail.user', asString],
  ['SMTP_PASSWORD', 'mail.password', asString],
  ['MAIL_FROM', 'mail.from', asString],
  ['MENTORFLOW_APP_URL', 'mail.appUrl', asString],
  ['MENTORFLOW_MAIL_WEB_PORT', 'mail.inboxPort', asInt],
  ['MENTORFLOW_DIGEST_AT', 'notifications.digestAt', asString],
  ['MENTORFLOW_TIME_ZONE', 'notifications.timeZone', asString],
  ['MENTORFLOW_REPORT_MINIMUM_COUNT', 'reports.minimumCount', asInt],
  ['MENTORFLOW_RETAIN_CLOSED_FOR', 'gdpr.retainClosedFor', asString],
  ['MENTORFLOW_RETENTION_AT', 'gdpr.retentionAt', asString],
  ['MENTORFLOW_IDEMPOTENCY_KEEP_FOR', 'idempotency.keepFor', asString],
  ['MENTORFLOW_SESSION_IDLE', 'identity.sessionIdle', asString],
  ['MENTORFLOW_SESSION_MAX', 'identity.sessionMax', asString],
  ['MENTORFLOW_DEV_TOKENS', 'identity.devTokens', asBool],
  ['MENTORFLOW_SIGN_IN_LIMIT_PER_IP', 'identity.signInLimitPerIp', asInt],
  ['MENTORFLOW_OIDC_ISSUER', 'identity.oidc.issuer', asString],
  ['MENTORFLOW_OIDC_CLIENT_ID', 'identity.oidc.clientId', asString],
  ['MENTORFLOW_OIDC_CLIENT_SECRET', 'identity.oidc.clientSecret', asString],
  ['MENTORFLOW_OIDC_REDIRECT_URL', 'identity.oidc.redirectUrl', asString],
  ['MENTORFLOW_OIDC_EMAIL_CLAIM', 'identity.oidc.emailClaim', asString],
  ['MENTORFLOW_OIDC_REQUIRE_EMAIL_VERIFIED', 'identity.oidc.requireEmailVerified', asBool],
  ['MENTORFLOW_WORKER_METRICS_ADDRESS', 'observability.workerMetricsAddress', asString],
  ['MENTORFLOW_WORKER_HEALTH_ADDRESS', 'observability.workerHealthAddress', asString],
  ['LOG_LEVEL', 'logLevel', asString],
];

/** Only ever used for the embedded, loopback-only development database. */
export const EMBEDDED_PG_PASSWORD = 'mentorflow';

export function embeddedDatabaseUrl(port: number): string {
  return `postgres://postgres:${EMBEDDED_PG_PASSWORD}@localhost:${port}/mentorflow`;
}

/** The directory holding temporal.yaml: MENTORFLOW_CONFIG's, else the nearest one above this file. */
export function findConfigFile(env: NodeJS.ProcessEnv = process.env): string {
  if (env.MENTORFLOW_CONFIG) return resolve(env.MENTORFLOW_CONFIG);
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, 'temporal.yaml');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new ConfigError(['temporal.yaml: not found above ' + __dirname + '; set MENTORFLOW_CONFIG']);
  }
}

/**
 * What the file and the environment give, before class-validator checks it into AppConfig: any shape at
 * all, so it is read as loosely as it is written.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped until validated, by design
type RawConfigTree = Record<string, any>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env, file = findConfigFile(env)): AppConfig {
  const fromFile = parseConfigFile(file);
  const tree: RawConfigTree = {
    temporal: fromFile,
    database: { url: '', ssl: false, embeddedDataDir: '.data/postgres', embeddedPort: 5433 },
    api: {
      port: 3000,
      publicUrl: '',
      rateLimitPerMinute: 600,
      trustProxy: false,
      codecCorsOrigin: 'http://localhost:8233',
      engineWait: '10s',
      // As many as the worker runs workflow tasks at once (temporal.yaml): more only queue inside the engine.
      engineMaxInFlight: 40,
      engineMaxQueued: 40,
      // Short: a queued request is answered (or turned away) well within the 50 ms a refusal should take.
      engineQueueWait: '25ms',
      engineRetryAfterSeconds: 1,
      // Measured (bench scale, 300 open, 200 meetings/s on two cores): at 16 a refusal takes 32 ms at p99, more are served, and
      // faster, than with no bound (122 ms): requests at work beyond a few per core only wait their turn on the loop.
      maxInFlight: 16,
      // A loop answering in time lags a few ms (p99 over a second), one busy with a burst some tens; 200 ms is a process past
      // what it can serve, whose every answer already takes four times the 50 ms a refusal may: refusing then is cheaper.
      shedEventLoopLag: '200ms',
      // Beside temporal.yaml, at the repository's root, whether the API runs from TypeScript or from dist/.
      consoleDir: join(dirname(file), 'dist', 'console'),
    },
    // Port 1025 without TLS: the local sink `up` starts; a real relay sets SMTP_* (and SMTP_PASSWORD only in the environment).
    mail: { host: 'localhost', port: 1025, secure: false, from: 'Mentorflow <no-reply@mentorflow.local>', appUrl: '', inboxPort: 1080 },
    notifications: { digestAt: '07:00', timeZone: 'Europe/Copenhagen' },
    reports: { minimumCount: 5 },
    gdpr: { retainClosedFor: 'P5Y', retentionAt: '02:00' },
    idempotency: { keepFor: 'P1D' },
    // Loopback: a deployment that scrapes and probes from elsewhere binds 0.0.0.0 (docs/operations.md).
    observability: { workerMetricsAddress: '127.0.0.1:9464', workerHealthAddress: '127.0.0.1:3001' },
    identity: {
      sessionIdle: '30m',
      sessionMax: '12h',
      signInLimitPerIp: 20,
      devTokens: false,
      oidc: { redirectUrl: '', emailClaim: 'email', requireEmailVerified: false },
    },
    logLevel: 'info',
  };
  for (const [name, path, parse] of ENV_OVERRIDES) {
    const value = env[name];
    if (value !== undefined) setPath(tree, path, parse(value));
  }
  tree.database.url ||= embeddedDatabaseUrl(tree.database.embeddedPort);
  tree.api.publicUrl ||= `http://localhost:${tree.api.port}`;
  tree.mail.appUrl ||= tree.api.publicUrl;
  tree.identity.oidc.redirectUrl ||= `${tree.api.publicUrl.replace(/\/+$/, '')}/sign-in/oidc/callback`;

  const config = plainToInstance(AppConfig, tree);
  const problems = validationProblems(validateSync(config, { whitelist: true, forbidNonWhitelisted: true })).map(
    ({ path, problem }) => `${path}${envHint(path)}: ${problem}`,
  );
  problems.push(
    ...searchAttributeProblems(tree.temporal.searchAttributes),
    ...payloadKeyProblems(tree.temporal.payloadKeys),
    ...workerProblems(tree.temporal.worker),
  );
  if (problems.length > 0) throw new ConfigError(problems);

  const base = dirname(file);
  config.temporal.devServer.dbFile = resolvePath(base, config.temporal.devServer.dbFile);
  config.database.embeddedDataDir = resolvePath(base, config.database.embeddedDataDir);
  return config;
}

function parseConfigFile(file: string): RawConfigTree {
  let parsed: unknown;
  try {
    parsed = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError([`${file}: ${(error as Error).message}`]);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigError([`${file}: must be a mapping of keys to values`]);
  }
  return parsed as RawConfigTree;
}

function searchAttributeProblems(attributes: unknown): string[] {
  if (attributes === null || typeof attributes !== 'object') return [];
  return Object.entries(attributes)
    .filter(([, type]) => !SEARCH_ATTRIBUTE_TYPES.includes(type))
    .map(([name, type]) => `temporal.searchAttributes.${name}: ${JSON.stringify(type)} is not one of ${SEARCH_ATTRIBUTE_TYPES.join(', ')}`);
}

/** Keys that would fail the first encryption are refused at start, naming the problem and never the key. */
function payloadKeyProblems(value: unknown): string[] {
  if (typeof value !== 'string' || value === '') return [];
  try {
    payloadCodecs(parsePayloadKeys(value));
    return [];
  } catch (error) {
    return [`temporal.payloadKeys (MENTORFLOW_PAYLOAD_KEYS): ${(error as Error).message}`];
  }
}

/** The SDK would quietly lower the task slots to the cache size (each running task holds its workflow in the cache): say so instead. */
function workerProblems(worker: unknown): string[] {
  const { maxCachedWorkflows, maxConcurrentWorkflowTaskExecutions } = (worker ?? {}) as Record<string, unknown>;
  if (typeof maxCachedWorkflows !== 'number' || typeof maxConcurrentWorkflowTaskExecutions !== 'number') return [];
  if (maxConcurrentWorkflowTaskExecutions <= maxCachedWorkflows) return [];
  const path = 'temporal.worker.maxConcurrentWorkflowTaskExecutions';
  return [`${path}${envHint(path)}: must not exceed temporal.worker.maxCachedWorkflows (${maxCachedWorkflows})`];
}

function envHint(path: string): string {
  const entry = ENV_OVERRIDES.find(([, p]) => p === path);
  return entry ? ` (${entry[0]})` : '';
}

function setPath(tree: RawConfigTree, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = tree;
  for (const key of keys.slice(0, -1)) node = node[key] ??= {};
  node[keys[keys.length - 1]] = value;
}

function resolvePath(base: string, path: string): string {
  return isAbsolute(path) ? path : resolve(base, path);
}

/** Development tokens and the token tooling cannot work without the JWT secret; the worker can. */
export function requireJwtSecret(config: AppConfig): string {
  if (!config.api.jwtSecret)
    throw new ConfigError(['api.jwtSecret (MENTORFLOW_JWT_SECRET): is required to sign and verify development tokens']);
  return config.api.jwtSecret;
}
