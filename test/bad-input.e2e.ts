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
  { what: 'wrong types everywhere', body: JSON.stringify({ id: 12, name: ['x'], contact: 'nobody', programId: false, answers: 'many', policy: 'strict', from: 3 }) },
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
    const tables: Array<{ name: string }> = await engine().dataSource.query(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`);
    const counts: Record<string, number> = {};
    for (const { name } of tables) counts[name] = Number((await engine().dataSource.query(`SELECT COUNT(*)::int AS n FROM "${name}"`))[0].n);
    return counts;
  }

  function casesFrom(document: { paths: Record<string, Record<string, unknown>> }): Case[] {
    const cases: Case[] = [];
    for (const [template, operations] of Object.entries(document.paths)) {
      for (const method of Object.keys(operations) as Method[]) {
        const hasParams = template.includes('{');
        const paths = hasParams ? BAD_IDS.map((id) => ({ path: template.replace(/\{[^}]+\}/g, id.value), what: id.what })) : [{ path: template, what: 'no id' }];
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
        failures.push(`${testCase.method.toUpperCase()} ${testCase.path} (${testCase.what}): ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`);
      }
    }
    const after = await rowCounts();
    console.log(`bad input: ${cases.length} cases tried on ${Object.keys(document.paths).length} paths, ${cases.length - failures.length} answered 4xx with a message`);
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
    // Health checks, and the sign-in routes a person uses before she has a session.
    const open = new Set(['/health/live', '/health/ready', '/sign-in', '/sign-in/email', '/sign-in/verify', '/sign-in/oidc', '/sign-in/oidc/callback']);
    let tried = 0;
    for (const [template, operations] of Object.entries<Record<string, unknown>>(document.paths)) {
      if (open.has(template)) continue;
      for (const method of Object.keys(operations) as Method[]) {
        const path = template.replace(/\{[^}]+\}/g, randomUUID());
        for (const authorization of [undefined, 'Bearer not.a.token', `Bearer ${engine().auth('coordinator').Authorization.split(' ')[1].slice(0, -2)}xx`]) {
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
