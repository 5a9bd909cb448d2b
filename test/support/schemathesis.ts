import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '../../libs/auth/roles';
import type { FuzzWorld } from './fuzz-world';

/** Where `./mentorflow test` installs the pinned schemathesis (its tool installer, like the Temporal binaries). */
const INSTALLED = join(__dirname, '..', '..', '.tools', 'schemathesis');

/** Who calls an operation that several roles may call: the widest first, so that most of the API is reached. */
const ROLE_PREFERENCE: Role[] = ['coordinator', 'program-admin', 'operator', 'mentor', 'panel', 'referrer'];

/** What every answer is checked against: the document's own promises. */
export const CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_schema_conformance',
  'positive_data_acceptance',
];

/**
 * Answers a valid request may correctly get: a refusal of this actor (403),
 * nothing with a generated id (404), a command the phase refuses or a
 * generated Idempotency-Key still in use (409), and one used before for
 * another request (422). A 400 or any other status for input the document
 * allows is a valid input refused.
 */
const VALID_INPUT_ANSWERS = ['2xx', '403', '404', '409', '422'];

interface Operation {
  operationId?: string;
  security?: unknown[];
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
    `[checks.positive_data_acceptance]`,
    `expected-statuses = ${JSON.stringify(VALID_INPUT_ANSWERS)}`,
  ];
  for (const [template, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      // Archiving a seeded row would leave every later operation on it a 404 or a 409: DELETE gets generated ids.
      const parameters = method === 'delete' ? {} : pathParameters(template, world);
      const role = ROLE_PREFERENCE.find((preferred) => operation['x-roles']?.includes(preferred));
      const settings = [
        ...(role ? [`headers = { Authorization = ${JSON.stringify(world.headers[role].Authorization)} }`] : []),
        ...(Object.keys(parameters).length > 0 ? [`parameters = ${inlineTable(parameters)}`] : []),
      ];
      // A public operation without path parameters runs as the document says, with nothing to set.
      if (!operation.operationId || settings.length === 0) continue;
      lines.push('[[operations]]', `include-operation-id = ${JSON.stringify(operation.operationId)}`, ...settings);
    }
  }
  return lines.join('\n') + '\n';
}

function pathParameters(template: string, world: FuzzWorld): Record<string, string> {
  const segments = template.split('/');
  const parameters: Record<string, string> = {};
  segments.forEach((segment, index) => {
    const name = /^\{(.+)\}$/.exec(segment)?.[1];
    const value = name ? world.idsBySegment[segments[index - 1]] : undefined;
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

/** Runs `schemathesis run` against the document at `url`, bounded by `maxSeconds` of fuzzing. */
export function runSchemathesis(url: string, configFile: string, options: { maxSeconds: number; seed: number }): Promise<SchemathesisRun> {
  if (!existsSync(join(INSTALLED, 'schemathesis'))) {
    throw new Error(`schemathesis is not installed in ${INSTALLED}: ./mentorflow test installs it (or ./mentorflow tools)`);
  }
  const args = [
    ...['-m', 'schemathesis.cli', '--no-color', '--config-file', configFile, 'run', url],
    ...['--checks', CHECKS.join(','), '--phases', 'examples,coverage,fuzzing'],
    ...['--max-time', String(options.maxSeconds), '--seed', String(options.seed), '--workers', '2'],
    ...['--request-timeout', '30', '--suppress-health-check', 'all', '--output-sanitize', 'false'],
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('python3', args, { env: { ...process.env, PYTHONPATH: INSTALLED, NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, output }));
  });
}
