import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mailedEngineSuite } from './support/engine';
import { seedFuzzWorld } from './support/fuzz-world';
import { CHECKS, errorsIn, failuresIn, runSchemathesis, schemathesisConfig, summaryOf } from './support/schemathesis';

/** Fuzzing time for the whole document: CI runs on two cores, and the whole suite must stay well under 20 minutes. */
const MAX_SECONDS = Number(process.env.FUZZ_MAX_SECONDS ?? 45);
const MAX_EXAMPLES = Number(process.env.FUZZ_MAX_EXAMPLES ?? 15);

/**
 * Property-based fuzzing (schemathesis) of every operation the OpenAPI
 * document declares, against the real API listening on a port: valid and
 * invalid inputs generated from the document must get no 5xx, no status and
 * no body the document does not declare, and no refusal of a valid input.
 * The seed is printed; FUZZ_SEED replays a run, FUZZ_OUTPUT keeps its whole output.
 */
describe('the OpenAPI document, fuzzed against the running API', () => {
  // The sign-in links the fuzzer asks for go out as mail.
  const suite = mailedEngineSuite();
  let directory: string;
  let base: string;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'mentorflow-fuzz-'));
    const server = await suite.engine.api.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('says on each operation who may call it, as the guard decides', async () => {
    const { paths } = (await suite.http.get('/docs/openapi.json').expect(200)).body;
    const access = (path: string, method: string) => ({ roles: paths[path][method]['x-roles'], security: paths[path][method].security });
    expect(access('/health/live', 'get')).toEqual({ roles: undefined, security: undefined });
    expect(access('/programs', 'get')).toEqual({ roles: ['program-admin', 'coordinator'], security: [{ bearer: [] }, { cookie: [] }] });
    // A route's own roles over its controller's, and routes a controller inherits (the archivable kinds') too.
    expect(access('/programs', 'post').roles).toEqual(['program-admin']);
    expect(access('/mentors', 'post').roles).toEqual(['coordinator']);
  });

  it("writes the validation pipe's rules into the bodies it describes", async () => {
    const { schemas } = (await suite.http.get('/docs/openapi.json').expect(200)).body.components;
    expect(schemas.CreateProgramDto.properties.name).toMatchObject({ minLength: 2, maxLength: 200 });
    expect(schemas.ReassignDto.properties.panelMemberIds).toMatchObject({ minItems: 1, maxItems: 20, items: { format: 'uuid' } });
    // A patch (a class a mapped type made) gets its create body's rules.
    expect(schemas.ContactPatchDto.properties.name).toMatchObject({ minLength: 1 });
  });

  it(
    'answers every generated request within the document',
    async () => {
      const world = await seedFuzzWorld(suite.engine);
      const document = (await suite.http.get('/docs/openapi.json').expect(200)).body;
      const configFile = join(directory, 'schemathesis.toml');
      writeFileSync(configFile, schemathesisConfig(document, world, MAX_EXAMPLES));
      const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
      const run = await runSchemathesis(`${base}/docs/openapi.json`, configFile, { maxSeconds: MAX_SECONDS, seed });
      // The whole output, with a curl command reproducing each failure, where FUZZ_OUTPUT names a file.
      if (process.env.FUZZ_OUTPUT) writeFileSync(process.env.FUZZ_OUTPUT, run.output);
      process.stdout.write(`schemathesis (seed ${seed}, checks ${CHECKS.join(', ')}):\n${summaryOf(run.output)}\n`);
      // The failures and errors in the assertion itself, so that the message names them wherever the log is cut.
      const found = { exitCode: run.exitCode, failures: failuresIn(run.output), errors: errorsIn(run.output) };
      expect(found).toEqual({ exitCode: 0, failures: [], errors: [] });
    },
    (MAX_SECONDS + 120) * 1000,
  );
});
