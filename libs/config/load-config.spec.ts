import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { offOrDurationMs } from './app-config';
import { ConfigError, findConfigFile, loadConfig, requireJwtSecret } from './load-config';

const REPO_CONFIG = findConfigFile({});
const SECRET = 'x'.repeat(32);

function configFile(overrides: Record<string, unknown>): string {
  const base = parse(readFileSync(REPO_CONFIG, 'utf8'));
  const file = join(mkdtempSync(join(tmpdir(), 'mentorflow-config-')), 'temporal.yaml');
  writeFileSync(file, JSON.stringify({ ...base, ...overrides }));
  return file;
}

function problemsOf(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('reads the committed temporal.yaml with embedded defaults', () => {
    const config = loadConfig({}, REPO_CONFIG);
    expect(config.temporal).toMatchObject({ address: 'localhost:7233', namespace: 'default', taskQueues: { main: 'mentorflow' } });
    expect(config.database.url).toBe('postgres://postgres:mentorflow@localhost:5433/mentorflow');
    expect(config.api.jwtSecret).toBeUndefined();
  });

  it('lets the environment override the file', () => {
    const config = loadConfig(
      {
        TEMPORAL_ADDRESS: 'temporal.example.org:7233',
        TEMPORAL_NAMESPACE: 'mentorflow.a1b2c',
        TEMPORAL_TLS: 'true',
        DATABASE_URL: 'postgres://u:p@db:5432/m',
        MENTORFLOW_API_PORT: '8080',
        MENTORFLOW_JWT_SECRET: SECRET,
      },
      REPO_CONFIG,
    );
    expect(config.temporal.address).toBe('temporal.example.org:7233');
    expect(config.temporal.namespace).toBe('mentorflow.a1b2c');
    expect(config.temporal.tls.enabled).toBe(true);
    expect(config.database.url).toBe('postgres://u:p@db:5432/m');
    expect(config.api).toMatchObject({ port: 8080, publicUrl: 'http://localhost:8080', jwtSecret: SECRET });
  });

  it('names every bad key, with the variable that sets it', () => {
    const problems = problemsOf(() =>
      loadConfig({ TEMPORAL_ADDRESS: 'no-port', MENTORFLOW_API_PORT: 'eighty', MENTORFLOW_JWT_SECRET: 'short' }, REPO_CONFIG),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'temporal.address (TEMPORAL_ADDRESS): must be host:port',
        expect.stringMatching(/^api\.port \(MENTORFLOW_API_PORT\): /),
        'api.jwtSecret (MENTORFLOW_JWT_SECRET): must be at least 32 characters',
      ]),
    );
  });

  it('bounds the worker by the file, and lets the environment change each bound', () => {
    expect(loadConfig({}, REPO_CONFIG).temporal.worker).toEqual({
      maxCachedWorkflows: 250,
      maxConcurrentWorkflowTaskExecutions: 40,
      maxConcurrentActivityTaskExecutions: 20,
    });
    const config = loadConfig(
      {
        TEMPORAL_MAX_CACHED_WORKFLOWS: '2000',
        TEMPORAL_MAX_CONCURRENT_WORKFLOW_TASK_EXECUTIONS: '80',
        TEMPORAL_MAX_CONCURRENT_ACTIVITY_TASK_EXECUTIONS: '10',
      },
      REPO_CONFIG,
    );
    expect(config.temporal.worker).toEqual({
      maxCachedWorkflows: 2000,
      maxConcurrentWorkflowTaskExecutions: 80,
      maxConcurrentActivityTaskExecutions: 10,
    });
  });

  it('names a bad worker bound with the variable that sets it', () => {
    const problems = problemsOf(() =>
      loadConfig({ TEMPORAL_MAX_CACHED_WORKFLOWS: 'lots', TEMPORAL_MAX_CONCURRENT_ACTIVITY_TASK_EXECUTIONS: '0' }, REPO_CONFIG),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^temporal\.worker\.maxCachedWorkflows \(TEMPORAL_MAX_CACHED_WORKFLOWS\): /),
        expect.stringMatching(
          /^temporal\.worker\.maxConcurrentActivityTaskExecutions \(TEMPORAL_MAX_CONCURRENT_ACTIVITY_TASK_EXECUTIONS\): /,
        ),
      ]),
    );
  });

  it('sheds load past 200 ms of event-loop lag unless told another duration, or 0 or off for never', () => {
    const lag = (env: NodeJS.ProcessEnv) => offOrDurationMs(loadConfig(env, REPO_CONFIG).api.shedEventLoopLag);
    expect(lag({})).toBe(200);
    expect(lag({ MENTORFLOW_SHED_EVENT_LOOP_LAG: '1s' })).toBe(1000);
    expect(lag({ MENTORFLOW_SHED_EVENT_LOOP_LAG: 'off' })).toBe(0);
    expect(lag({ MENTORFLOW_SHED_EVENT_LOOP_LAG: '0' })).toBe(0);
    expect(problemsOf(() => loadConfig({ MENTORFLOW_SHED_EVENT_LOOP_LAG: 'soon' }, REPO_CONFIG))).toEqual([
      'api.shedEventLoopLag (MENTORFLOW_SHED_EVENT_LOOP_LAG): must be a duration such as "200ms", or 0 or off for never',
    ]);
  });

  it('bounds the requests the API works on at once at 16 unless told another number, 0 for no bound', () => {
    const bound = (env: NodeJS.ProcessEnv) => loadConfig(env, REPO_CONFIG).api.maxInFlight;
    expect(bound({})).toBe(16);
    expect(bound({ MENTORFLOW_MAX_IN_FLIGHT: '64' })).toBe(64);
    expect(bound({ MENTORFLOW_MAX_IN_FLIGHT: '0' })).toBe(0);
    expect(problemsOf(() => loadConfig({ MENTORFLOW_MAX_IN_FLIGHT: '-1' }, REPO_CONFIG))).toEqual([
      expect.stringMatching(/^api\.maxInFlight \(MENTORFLOW_MAX_IN_FLIGHT\): /),
    ]);
  });

  it('refuses more workflow task slots than cached workflows, which the SDK would quietly lower', () => {
    const problems = problemsOf(() =>
      loadConfig({ TEMPORAL_MAX_CACHED_WORKFLOWS: '10', TEMPORAL_MAX_CONCURRENT_WORKFLOW_TASK_EXECUTIONS: '40' }, REPO_CONFIG),
    );
    expect(problems).toEqual([
      'temporal.worker.maxConcurrentWorkflowTaskExecutions (TEMPORAL_MAX_CONCURRENT_WORKFLOW_TASK_EXECUTIONS): ' +
        'must not exceed temporal.worker.maxCachedWorkflows (10)',
    ]);
  });

  it('refuses a temporal.yaml without the worker section, rather than a worker without bounds', () => {
    const file = configFile({ worker: undefined });
    expect(problemsOf(() => loadConfig({}, file))).toEqual([
      'temporal.worker: is missing: copy the worker section of the repository’s temporal.yaml',
    ]);
  });

  it('defaults mail to the local sink and links to the API, digests to 07:00 Danish time', () => {
    const config = loadConfig({ MENTORFLOW_PUBLIC_URL: 'https://mentorflow.example.dk' }, REPO_CONFIG);
    expect(config.mail).toEqual({
      host: 'localhost',
      port: 1025,
      secure: false,
      from: 'Mentorflow <no-reply@mentorflow.local>',
      appUrl: 'https://mentorflow.example.dk',
      inboxPort: 1080,
    });
    expect(config.notifications).toEqual({ digestAt: '07:00', timeZone: 'Europe/Copenhagen' });
  });

  it('takes the mail relay, its credentials and the digest time from the environment', () => {
    const config = loadConfig(
      {
        SMTP_HOST: 'smtp.example.dk',
        SMTP_PORT: '465',
        SMTP_SECURE: 'true',
        SMTP_USER: 'mentorflow',
        SMTP_PASSWORD: 'hunter22',
        MAIL_FROM: 'Mentorkorpset <mentor@example.dk>',
        MENTORFLOW_APP_URL: 'https://app.example.dk',
        MENTORFLOW_DIGEST_AT: '06:30',
        MENTORFLOW_TIME_ZONE: 'Europe/London',
      },
      REPO_CONFIG,
    );
    expect(config.mail).toMatchObject({
      host: 'smtp.example.dk',
      port: 465,
      secure: true,
      user: 'mentorflow',
      password: 'hunter22',
      from: 'Mentorkorpset <mentor@example.dk>',
      appUrl: 'https://app.example.dk',
    });
    expect(config.notifications).toEqual({ digestAt: '06:30', timeZone: 'Europe/London' });
  });

  it('names a bad mail or notification value with the variable that sets it', () => {
    const problems = problemsOf(() =>
      loadConfig(
        {
          SMTP_PORT: 'smtp',
          SMTP_SECURE: 'maybe',
          MENTORFLOW_APP_URL: 'app.example.dk',
          MENTORFLOW_DIGEST_AT: '7:00',
          MENTORFLOW_TIME_ZONE: 'Europe/Aarhus',
        },
        REPO_CONFIG,
      ),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^mail\.port \(SMTP_PORT\): /),
        expect.stringMatching(/^mail\.secure \(SMTP_SECURE\): /),
        'mail.appUrl (MENTORFLOW_APP_URL): must be an http(s) URL',
        'notifications.digestAt (MENTORFLOW_DIGEST_AT): must be a time of day as HH:MM',
        expect.stringMatching(/^notifications\.timeZone \(MENTORFLOW_TIME_ZONE\): /),
      ]),
    );
  });

  it('refuses unknown keys and unknown search attribute types in the file', () => {
    const file = configFile({ adress: 'typo:7233', searchAttributes: { MentorflowPhase: 'Keyword', Broken: 'Number' } });
    const problems = problemsOf(() => loadConfig({}, file));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^temporal\.adress: .*should not exist/),
        'temporal.searchAttributes.Broken: "Number" is not one of Keyword, Text, Int, Double, Bool, Datetime, KeywordList',
      ]),
    );
  });

  it('says which file could not be parsed', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mentorflow-config-')), 'temporal.yaml');
    writeFileSync(file, 'address: [unclosed');
    expect(problemsOf(() => loadConfig({}, file))[0]).toContain(file);
  });

  it('requires the JWT secret only where it is used', () => {
    expect(() => requireJwtSecret(loadConfig({}, REPO_CONFIG))).toThrow('api.jwtSecret (MENTORFLOW_JWT_SECRET): is required');
    expect(requireJwtSecret(loadConfig({ MENTORFLOW_JWT_SECRET: SECRET }, REPO_CONFIG))).toBe(SECRET);
  });

  it('keeps development tokens and OIDC off by default, and sessions at 30 minutes idle and 12 hours in all', () => {
    expect(loadConfig({}, REPO_CONFIG).identity).toEqual({
      sessionIdle: '30m',
      sessionMax: '12h',
      signInLimitPerIp: 20,
      devTokens: false,
      oidc: { redirectUrl: 'http://localhost:3000/sign-in/oidc/callback', emailClaim: 'email', requireEmailVerified: false },
    });
  });

  it('reads sign-in settings from the environment and names what an OIDC issuer lacks', () => {
    const env = {
      MENTORFLOW_SESSION_IDLE: '15m',
      MENTORFLOW_SESSION_MAX: 'P1D',
      MENTORFLOW_DEV_TOKENS: 'true',
      MENTORFLOW_OIDC_ISSUER: 'https://login.aarhus.dk',
    };
    expect(problemsOf(() => loadConfig(env, REPO_CONFIG))).toEqual([
      'identity.oidc.clientId (MENTORFLOW_OIDC_CLIENT_ID): is required with an issuer',
    ]);
    const config = loadConfig({ ...env, MENTORFLOW_OIDC_CLIENT_ID: 'mentorflow', MENTORFLOW_OIDC_EMAIL_CLAIM: 'mail' }, REPO_CONFIG);
    expect(config.identity).toMatchObject({
      sessionIdle: '15m',
      sessionMax: 'P1D',
      devTokens: true,
      oidc: { issuer: 'https://login.aarhus.dk', clientId: 'mentorflow', emailClaim: 'mail' },
    });
    expect(problemsOf(() => loadConfig({ MENTORFLOW_SESSION_IDLE: 'soon' }, REPO_CONFIG))[0]).toMatch(
      /^identity\.sessionIdle \(MENTORFLOW_SESSION_IDLE\): /,
    );
  });
});
