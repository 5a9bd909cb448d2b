import { randomUUID } from 'node:crypto';
import { engineSuite } from './support/engine';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
interface Case {
  method: Method;
  path: string;
  what: string;
  body?: string;
}

/** Bodies every write route must refuse with a 4xx: broken, of the wrong type, with fields nobody asked for, or far too big. */
const BAD_BODIES: Array<{ what: string; body: string }> = [
  { what: 'malformed JSON', body: '{"broken": ' },
  { what: 'an array', body: '[1, 2, 3]' },
  { what: 'a bare string', body: '"hello"' },
  { what: 'a number', body: '42' },
  { what: 'an unknown field', body: JSON.stringify({ unexpected: 'field', __proto__: { polluted: true } }) },
  {
    what: 'wrong types everywhere',
    body: JSON.stringify({ id: 12, name: ['x'], contact: 'nobody', programId: false, answers: 'many', policy: 'strict', from: 3 }),
  },
  { what: 'a body over the 100 kB limit', body: JSON.stringify({ text: 'x'.repeat(120_000) }) },
];

/** Path parameters that are not ids, and ids of nothing. */
const BAD_IDS = [
  { what: 'a malformed id', value: 'not-an-id' },
  { what: 'an unknown id', value: '00000000-0000-4000-8000-000000000000' },
];

/**
 * Walks every route the API documents (its OpenAPI document) with bad input,
 * as a coordinator (the widest role): each case must get a 4xx with a message,
 * never a 5xx, and nothing may be written to any table.
 */
describe('bad input on every route, through the real API', () => {
  const suite = engineSuite();
  const engine = () => suite.engine;
  const http = () => suite.http;

  async function rowCounts(): Promise<Record<string, number>> {
    const tables: Array<{ name: string }> = await engine().dataSource.query(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables)
      counts[name] = Number((await engine().dataSource.query(`SELECT COUNT(*)::int AS n FROM "${name}"`))[0].n);
    return counts;
  }

  function casesFrom(document: { paths: Record<string, Record<string, unknown>> }): Case[] {
    const cases: Case[] = [];
    for (const [template, operations] of Object.entries(document.paths)) {
      for (const method of Object.keys(operations) as Method[]) {
        const hasParams = template.includes('{');
        const paths = hasParams
          ? BAD_IDS.map((id) => ({ path: template.replace(/\{[^}]+\}/g, id.value), what: id.what }))
          : [{ path: template, what: 'no id' }];
        for (const { path, what } of paths) {
          if (method === 'get' || method === 'delete') {
            if (hasParams) cases.push({ method, path, what });
            continue;
          }
          for (const bad of BAD_BODIES) cases.push({ method, path, what: `${what}, ${bad.what}`, body: bad.body });
        }
      }
    }
    return cases;
  }

  it('answers every bad request with a 4xx that says what is wrong, and writes nothing', async () => {
    const document = (await http().get('/docs/openapi.json').expect(200)).body;
    const cases = casesFrom(document);
    const before = await rowCounts();
    const failures: string[] = [];
    for (const testCase of cases) {
      let call = http()[testCase.method](testCase.path).set(engine().auth('coordinator'));
      if (testCase.body !== undefined) call = call.set('Content-Type', 'application/json').send(testCase.body);
      const response = await call;
      const message = response.body?.message;
      if (response.status < 400 || response.status >= 500 || typeof message !== 'string' || message.length === 0) {
        const body = JSON.stringify(response.body).slice(0, 200);
        failures.push(`${testCase.method.toUpperCase()} ${testCase.path} (${testCase.what}): ${response.status} ${body}`);
      }
    }
    const after = await rowCounts();
    console.log(
      `bad input: ${cases.length} cases tried on ${Object.keys(document.paths).length} paths, ` +
        `${cases.length - failures.length} answered 4xx with a message`,
    );
    expect(failures).toEqual([]);
    // Nothing written but the audit log's trace of each refused request, one each.
    const { audit_log: auditBefore, ...tablesBefore } = before;
    const { audit_log: auditAfter, ...tablesAfter } = after;
    expect(tablesAfter).toEqual(tablesBefore);
    expect(auditAfter - auditBefore).toBe(cases.length);
    expect(cases.length).toBeGreaterThan(300);
  }, 120_000);

  it('refuses every route without a valid token, and with a forged one', async () => {
    const document = (await http().get('/docs/openapi.json').expect(200)).body;
    let tried = 0;
    for (const [template, operations] of Object.entries<Record<string, { security?: unknown[] }>>(document.paths)) {
      for (const [method, operation] of Object.entries(operations) as Array<[Method, { security?: unknown[] }]>) {
        // Health checks and the routes a person uses before she has a session say they need no credential (documentAccess).
        if (!operation.security?.length) continue;
        const path = template.replace(/\{[^}]+\}/g, randomUUID());
        for (const authorization of [
          undefined,
          'Bearer not.a.token',
          `Bearer ${engine().auth('coordinator').Authorization.split(' ')[1].slice(0, -2)}xx`,
        ]) {
          const call = http()[method](path);
          const response = await (authorization ? call.set('Authorization', authorization) : call);
          tried += 1;
          expect({ route: `${method} ${template}`, status: response.status }).toEqual({ route: `${method} ${template}`, status: 401 });
        }
      }
    }
    console.log(`authentication: ${tried} requests without a valid token, all 401`);
  });
});

/**
 * Input PostgreSQL cannot store, and input deep enough to overflow validation:
 * each was a 500 once. Refused with a 400 naming where, before validation and
 * before any write, on every route.
 */
describe('unstorable and overdeep input, through the real API', () => {
  const suite = engineSuite();
  const engine = () => suite.engine;
  const http = () => suite.http;
  const NUL = 'must not contain the NUL character (U+0000)';

  const refusal = (path: string, problem = NUL, code = 'contains-nul', inName = false) => ({
    statusCode: 400,
    error: 'Bad Request',
    message: `${path}: ${problem}`,
    code: 'invalid-input',
    problems: [{ path, problem, code, params: { inName } }],
  });

  it('refuses a NUL character in a string or a key of any body, and in a query, naming the field, and writes nothing', async () => {
    const coordinator = engine().auth('coordinator');
    const { id: municipalityId } = (
      await http()
        .post('/municipalities')
        .set(engine().admin())
        .send({ name: `NUL ${randomUUID().slice(0, 8)}` })
        .expect(201)
    ).body;
    const name = `Nul ${randomUUID()}`;
    const calls = [
      {
        call: http()
          .post('/municipalities')
          .send({ name: `${name}\u0000` }),
        path: 'name',
      },
      {
        call: http()
          .post('/young-people')
          .send({ contact: { name: `${name}\u0000` }, birthDate: '2006-04-17', municipalityId }),
        path: 'contact.name',
      },
      {
        call: http()
          .patch(`/municipalities/${municipalityId}`)
          .send({ name: `${name}\u0000` }),
        path: 'name',
      },
      {
        call: http()
          .post('/referrals')
          .send({ programId: randomUUID(), referrerId: randomUUID(), youngPersonId: randomUUID(), 'note\u0000': 'x' }),
        path: 'note\\u0000',
        problem: `its name ${NUL}`,
        inName: true,
      },
      {
        call: http()
          .post(`/mentorships/${randomUUID()}/escalations`)
          .send({ id: randomUUID(), reason: 'concern', category: 'school', urgency: 'normal', question: 'Help\u0000' }),
        path: 'question',
      },
      { call: http().get('/escalations').query({ programSlug: 'pift\u0000' }), path: 'programSlug' },
    ];
    for (const { call, path, problem, inName } of calls) {
      const response = await call.set(coordinator);
      expect({ status: response.status, body: response.body }).toEqual({
        status: 400,
        body: refusal(path, problem, 'contains-nul', inName),
      });
    }
    const stored = await engine().dataSource.query(`SELECT name FROM municipalities WHERE id = $1`, [municipalityId]);
    expect(stored[0].name).not.toContain(name);
    expect(await engine().dataSource.query(`SELECT id FROM young_people WHERE name LIKE $1`, [`${name}%`])).toEqual([]);
    expect(await engine().dataSource.query(`SELECT id FROM municipalities WHERE name LIKE $1`, [`${name}%`])).toEqual([]);
  });

  it('refuses a lone surrogate, which is not Unicode, the same way', async () => {
    const response = await http()
      .post('/municipalities')
      .set(engine().auth('coordinator'))
      .set('Content-Type', 'application/json')
      .send('{"name": "half \\ud800 a pair"}');
    expect(response.body).toEqual(
      refusal('name', 'must be well-formed Unicode (it holds a lone surrogate, U+D800–U+DFFF)', 'contains-lone-surrogate'),
    );
  });

  it('refuses a body nested 10,000 levels deep with a 400 naming the limit, on a route that validates nested bodies', async () => {
    // 10,000 levels in 20 kB, well under the size limit: arrays inside the one field.
    const deep = `{"contact":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const response = await http()
      .post('/young-people')
      .set(engine().auth('coordinator'))
      .set('Content-Type', 'application/json')
      .send(deep);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      statusCode: 400,
      error: 'Bad Request',
      message: 'the body is nested deeper than the limit of 32 levels',
      code: 'body-too-deep',
      params: { maxDepth: 32 },
    });
    expect(response.body.problems).toEqual([
      {
        path: ['contact', ...Array(31).fill('0')].join('.'),
        problem: 'nested deeper than the limit of 32 levels',
        code: 'nested-too-deep',
        params: { maxDepth: 32 },
      },
    ]);
    // As deep as the limit is still read (and refused by validation for what it says, not for its depth).
    const atLimit = `{"contact":${'['.repeat(31)}${']'.repeat(31)}}`;
    const validated = await http()
      .post('/young-people')
      .set(engine().auth('coordinator'))
      .set('Content-Type', 'application/json')
      .send(atLimit);
    expect(validated.status).toBe(400);
    expect(validated.body.message).not.toMatch(/nested deeper/);
  });

  it('answers a body over the size limit with 413 in the one error shape', async () => {
    const response = await http()
      .post('/municipalities')
      .set(engine().auth('coordinator'))
      .send({ name: 'x'.repeat(200_000) });
    expect({ status: response.status, body: response.body }).toEqual({
      status: 413,
      body: {
        statusCode: 413,
        error: 'Payload Too Large',
        message: 'the body is larger than the limit of 100 kB',
        code: 'body-too-large',
        params: { limitKb: 100 },
      },
    });
  });
});

/** The OpenAPI document tells clients every refusal they can get, in the one error shape. */
describe('the documented errors, through the real API', () => {
  const suite = engineSuite();
  const http = () => suite.http;
  const WRITES = new Set(['post', 'put', 'patch', 'delete']);

  it('declares the one error shape once and, on every operation, each 4xx and 503 it can answer, referring to it', async () => {
    const document = (await http().get('/docs/openapi.json').expect(200)).body;
    expect(document.components.schemas.ErrorResponse).toMatchObject({
      type: 'object',
      required: ['statusCode', 'error', 'message', 'code'],
      properties: {
        statusCode: { type: 'integer' },
        error: { type: 'string' },
        message: { type: 'string' },
        code: { type: 'string', enum: expect.arrayContaining(['invalid-input', 'not-found', 'no-free-slot']) },
        params: { type: 'object' },
        problems: { type: 'array' },
      },
    });
    expect(document.components.schemas.ErrorResponse.properties.problems.items).toMatchObject({ required: ['path', 'problem', 'code'] });
    const missing: string[] = [];
    let operations = 0;
    for (const [template, pathItem] of Object.entries<
      Record<
        string,
        {
          parameters?: Array<{ in?: string; $ref?: string }>;
          requestBody?: unknown;
          security?: unknown[];
          responses: Record<string, unknown>;
        }
      >
    >(document.paths)) {
      for (const [method, operation] of Object.entries(pathItem)) {
        operations += 1;
        const inputs = (operation.parameters ?? []).map((parameter) => parameter.in);
        const expected = ['503'];
        if (operation.requestBody || inputs.includes('query') || inputs.includes('path')) expected.push('400');
        if (operation.security?.length) expected.push('401', '403', '429');
        if (inputs.includes('path')) expected.push('404');
        if (WRITES.has(method)) expected.push('409', '422');
        if (operation.requestBody) expected.push('413');
        for (const status of expected) {
          const response = operation.responses[status] as { content?: { 'application/json'?: { schema?: { $ref?: string } } } } | undefined;
          if (response?.content?.['application/json']?.schema?.$ref !== '#/components/schemas/ErrorResponse')
            missing.push(`${method.toUpperCase()} ${template} ${status}`);
        }
      }
    }
    expect(operations).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });
});
