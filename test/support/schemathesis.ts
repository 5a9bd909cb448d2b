import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REFUSAL_DESCRIPTIONS } from '../../apps/api/src/errors/document-errors';
import type { Role } from '../../libs/auth/roles';
import type { FuzzWorld } from './fuzz-world';

/** Where `./mentorflow test` installs the pinned schemathesis (its tool installer, like the Temporal binaries). */
const INSTALLED = join(__dirname, '..', '..', '.tools', 'schemathesis');

/**
 * Who calls an operation that several roles may call, so that most of the API
 * is reached: a program's coordinator reads and works with everything in it,
 * and program administrators set up what coordinators only read
 * (municipalities, the panel, quotas).
 */
const READERS: Role[] = ['coordinator', 'program-admin', 'operator', 'mentor', 'panel', 'referrer'];
const WRITERS: Role[] = ['program-admin', 'coordinator', 'operator', 'mentor', 'panel', 'referrer'];

/** What every answer is checked against: the document's own promises. */
export const CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_schema_conformance',
  'positive_data_acceptance',
];

/**
 * A valid input is refused when a request the document allows gets a 400. That
 * is checked where the document can say everything the API checks: paths and
 * queries (ids, dates, enums, numbers). A body is checked against rules
 * OpenAPI 3.0 cannot state (a day not in the future, a period's end after its
 * start, ids of rows that exist and fit, the program policy's own rules, an
 * address class-validator takes for e-mail), so its 400 says which rule it
 * broke and is no refusal of valid input; bodies are held to the other checks.
 *
 * Answers a valid request may correctly get: a refusal of this actor (403), nothing with a generated id (404), a command
 * the phase refuses or a generated Idempotency-Key still in use (409), and one
 * used before for another request (422).
 */
const VALID_INPUT_ANSWERS = ['2xx', '403', '404', '409', '422'];

/** A report's period, the one query rule across fields (its end not before its start): the fuzzer asks for this one. */
const PERIOD = { 'query.from': '2026-01-01', 'query.to': '2026-12-31' };

interface Operation {
  operationId?: string;
  requestBody?: unknown;
  responses?: Record<string, { description?: string }>;
  'x-roles'?: Role[];
}

/**
 * The schemathesis.toml for one run: per operation (found in the document,
 * so every route is covered as it is declared), the header of an actor whose
 * role may call it and, for each path parameter after a segment the world
 * has a row for, that row's id.
 */
export function schemathesisConfig(document: { paths: Record<string, Record<string, Operation>> }, world: FuzzWorld, maxExamples: number) {
  const lines = [
    `[generation]`,
    `max-examples = ${maxExamples}`,
    // The actor's bearer header is the credential; a generated session cookie would override it.
    `with-security-parameters = false`,
    // NUL, which PostgreSQL cannot store, is refused with a 400 naming where (README, Input limits), as OpenAPI cannot say.
    `allow-x00 = false`,
    `[parameters]`,
    ...Object.entries(PERIOD).map(([name, value]) => `${JSON.stringify(name)} = ${JSON.stringify(value)}`),
    `[checks]`,
    `enabled = false`,
    ...CHECKS.map((check) => `${check}.enabled = true`),
    `positive_data_acceptance.expected-statuses = ${JSON.stringify(VALID_INPUT_ANSWERS)}`,
  ];
  for (const [template, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const parameters = pathParameters(template, method === 'delete' ? world.archivableIdsBySegment : world.idsBySegment);
      const role = (method === 'get' ? READERS : WRITERS).find((preferred) => operation['x-roles']?.includes(preferred));
      const settings = [
        ...(role ? [`headers = { Authorization = ${JSON.stringify(world.headers[role].Authorization)} }`] : []),
        ...(Object.keys(parameters).length > 0 ? [`parameters = ${inlineTable(parameters)}`] : []),
        ...validInputCheck(operation),
      ];
      // A public operation without path parameters runs as the document says, with nothing to set.
      if (!operation.operationId || settings.length === 0) continue;
      lines.push('[[operations]]', `include-operation-id = ${JSON.stringify(operation.operationId)}`, ...settings);
    }
  }
  return lines.join('\n') + '\n';
}

/**
 * Off for a body (see VALID_INPUT_ANSWERS). A refusal a route explains
 * itself in the document (signing out with a bearer token, which has no
 * session: 400; a sign-in link that names nothing: 401) refuses the caller or
 * what the input names, not its form, so it is a valid input's answer too.
 */
function validInputCheck(operation: Operation): string[] {
  if (operation.requestBody) return ['checks = { positive_data_acceptance = { enabled = false } }'];
  const explained = Object.entries(operation.responses ?? {})
    .filter(([status, { description }]) => status.startsWith('4') && description !== REFUSAL_DESCRIPTIONS[status])
    .map(([status]) => status);
  if (explained.length === 0) return [];
  const expected = JSON.stringify([...new Set([...VALID_INPUT_ANSWERS, ...explained])]);
  return [`checks = { positive_data_acceptance = { expected-statuses = ${expected} } }`];
}

function pathParameters(template: string, idsBySegment: Record<string, string>): Record<string, string> {
  const segments = template.split('/');
  const parameters: Record<string, string> = {};
  segments.forEach((segment, index) => {
    const name = /^\{(.+)\}$/.exec(segment)?.[1];
    const value = name ? idsBySegment[segments[index - 1]] : undefined;
    if (name && value) parameters[`path.${name}`] = value;
  });
  return parameters;
}

function inlineTable(entries: Record<string, string>): string {
  return `{ ${Object.entries(entries)
    .map(([key, value]) => `${JSON.stringify(key)} = ${JSON.stringify(value)}`)
    .join(', ')} }`;
}

export interface SchemathesisRun {
  exitCode: number | null;
  output: string;
}

/**
 * Runs `schemathesis run` against the document at `url`, bounded by `maxSeconds` of fuzzing, in one worker thread: with two,
 * hypothesis in both threads parses lambdas' source (to name strategies), and CPython 3.11 keeps the AST constructor's recursion
 * depth per interpreter, not per thread, so one thread's parse, interleaved with the other's by a collection running Python
 * finalizers, fails "AST constructor recursion depth mismatch" (CI met it in about one run in three; two threads reproduce it
 * alone, one does not; python/cpython#106905 met it in a threaded program).
 */
export function runSchemathesis(url: string, configFile: string, options: { maxSeconds: number; seed: number }): Promise<SchemathesisRun> {
  if (!existsSync(join(INSTALLED, 'schemathesis'))) {
    throw new Error(`schemathesis is not installed in ${INSTALLED}: ./mentorflow test installs it (or ./mentorflow tools)`);
  }
  const args = [
    ...['-m', 'schemathesis.cli', '--no-color', '--config-file', configFile, 'run', url],
    ...['--phases', 'examples,coverage,fuzzing'],
    ...['--max-time', String(options.maxSeconds), '--seed', String(options.seed), '--workers', '1'],
    ...['--request-timeout', '30', '--suppress-health-check', 'all', '--output-sanitize', 'false'],
  ];
  return new Promise((resolve, reject) => {
    // Run beside the config, where its cache (.schemathesis/) goes away with the run's directory.
    const child = spawn('python3', args, { cwd: dirname(configFile), env: { ...process.env, PYTHONPATH: INSTALLED, NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, output }));
  });
}

/** One line per failure schemathesis found: operation, check, status. */
export function failuresIn(output: string): string[] {
  const failures = new Set<string>();
  let operation: string | undefined;
  let checks: string[] = [];
  for (const line of output.split('\n').map((text) => text.trim())) {
    const heading = /^_+ (\S+ \S+) _+$/.exec(line);
    const check = /^- (ST\d+ .*)$/.exec(line);
    const status = /^\[(\d{3})\]/.exec(line);
    if (heading) [operation, checks] = [heading[1], []];
    else if (check && operation) checks.push(check[1]);
    else if (status && operation) {
      for (const failed of checks) failures.add(`${operation}: ${failed} [${status[1]}]`);
      checks = [];
    }
  }
  return [...failures];
}

/**
 * The errors schemathesis reports beside its checks' failures (its ERRORS section), one line each: operation, kind, message.
 * "Runtime Error" is an exception raised inside the tool itself as it generated or ran that operation's cases.
 */
export function errorsIn(output: string): string[] {
  const errors: string[] = [];
  let inErrors = false;
  let operation: string | undefined;
  let kind: string | undefined;
  for (const line of output.split('\n').map((text) => text.trim())) {
    const section = /^=+ (\w+) =+$/.exec(line);
    const heading = /^_+ (\S+ \S+) _+$/.exec(line);
    if (section) [inErrors, operation, kind] = [section[1] === 'ERRORS', undefined, undefined];
    else if (!inErrors || line === '') continue;
    else if (heading) [operation, kind] = [heading[1], undefined];
    else if (operation && !kind) kind = line;
    else if (operation && kind) {
      errors.push(`${operation}: ${kind}: ${line}`);
      operation = undefined;
    }
  }
  return errors;
}

/**
 * The run in short: its failures, then schemathesis's own summary; the full
 * output, with a curl command to reproduce each failure, is long and left out.
 */
export function summaryOf(output: string): string {
  const summary = output.lastIndexOf('SUMMARY');
  return [...failuresIn(output), summary >= 0 ? output.slice(output.lastIndexOf('\n', summary) + 1) : output.slice(-3000)].join('\n');
}
