import { randomUUID } from 'node:crypto';
import { AddressInfo, connect } from 'node:net';
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

  it("refuses a mentor's calendar feed for a token that names none with the one JSON error shape, not as a calendar", async () => {
    const response = await suite.http.get('/calendar-feeds/mentor.ics').query({ token: 'not-a-token' }).expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).toMatchObject({ statusCode: 404, code: 'no-such-calendar-feed' });
  });

  it("says how long a calendar feed's token may be, as the route refuses a longer one", async () => {
    const { paths } = (await suite.http.get('/docs/openapi.json').expect(200)).body;
    const token = paths['/calendar-feeds/mentor.ics'].get.parameters.find((parameter: { name: string }) => parameter.name === 'token');
    expect(token.schema).toMatchObject({ type: 'string', maxLength: 100 });
    await suite.http
      .get('/calendar-feeds/mentor.ics')
      .query({ token: 'x'.repeat(100) })
      .expect(404);
    await suite.http
      .get('/calendar-feeds/mentor.ics')
      .query({ token: 'x'.repeat(101) })
      .expect(400);
  });

  it('answers a request Node cannot parse (a Content-Length that is no number) with the one JSON error shape', async () => {
    const server = suite.engine.api.getHttpServer();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () =>
        socket.write('DELETE /mentors/x HTTP/1.1\r\nHost: x\r\nContent-Length: tEi_uh)0\r\n\r\n'),
      );
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    const [head, body] = answer.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 400 /);
    expect(head).toMatch(/content-type: application\/json/i);
    expect(JSON.parse(body)).toMatchObject({ statusCode: 400, error: 'Bad Request', message: expect.any(String) });
  });
});
