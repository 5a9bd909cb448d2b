import { randomUUID } from 'node:crypto';
import { engineSuite } from './support/engine';

/** Defects the OpenAPI fuzzer (openapi-fuzz.e2e.ts) found, each pinned by the request that showed it. */
describe('answers the fuzzer found outside the document', () => {
  const suite = engineSuite();

  it('refuses a bad chart request with the one JSON error shape, not as an SVG image', async () => {
    const response = await suite.http
      .get('/reports/well-being/chart.svg')
      .query({ programId: randomUUID(), from: '2026-01-01', to: '' })
      .set(suite.engine.auth('operator'))
      .expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).toMatchObject({ statusCode: 400, problems: [{ path: 'to' }] });
  });
});
