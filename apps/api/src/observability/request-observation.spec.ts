import express from 'express';
import pino from 'pino';
import { Writable } from 'node:stream';
import request from 'supertest';
import type { AnsweredRequest } from './api-metrics';
import { noteErrorCode, observeRequests, requestIdOf, UNROUTED } from './request-observation';

/** An app with the observer in front, a route with an id in its path, and what was counted and logged. */
function observedApp() {
  const answered: AnsweredRequest[] = [];
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({ write: (chunk, _encoding, done) => (lines.push(JSON.parse(String(chunk))), done()) });
  const app = express();
  app.use(observeRequests((answer) => answered.push(answer), pino({ messageKey: 'message' }, sink)));
  app.get('/young-people/:id', (req, res) => {
    (req as typeof req & { user: object }).user = { id: 'u', roles: ['coordinator'], via: 'session' };
    res.json({ requestId: requestIdOf(req) });
  });
  app.post('/refuse', (_req, res) => {
    noteErrorCode(res, 'engine-unavailable');
    res.status(503).json({});
  });
  // The close event comes after supertest has its answer: wait for the line.
  const settled = async (count: number) => {
    while (lines.length < count) await new Promise((resolve) => setImmediate(resolve));
  };
  return { app, answered, lines, settled };
}

describe('each request observed: its id, its access-log line, its count', () => {
  it('answers the id a client sent, hands it to the route, and logs the declared route, never the path', async () => {
    const { app, answered, lines, settled } = observedApp();
    const id = '5d0c3a8e-7f1b-4e2d-9c6a-1b2c3d4e5f60';
    const response = await request(app).get('/young-people/0b7e1c2d-aaaa-4bbb-8ccc-123456789abc?name=Aisha').set('X-Request-Id', id);
    expect(response.headers['x-request-id']).toBe(id);
    expect(response.body).toEqual({ requestId: id });
    await settled(1);
    expect(answered).toEqual([{ method: 'GET', route: '/young-people/:id', status: 200, seconds: expect.any(Number), code: undefined }]);
    expect(lines[0]).toMatchObject({
      message: 'request',
      requestId: id,
      method: 'GET',
      route: '/young-people/:id',
      status: 200,
      ms: expect.any(Number),
      actor: 'session',
      roles: ['coordinator'],
    });
    expect(JSON.stringify(lines)).not.toMatch(/0b7e1c2d|Aisha/);
  });

  it('gives a request without a usable id a new one, and logs refusals with their code and no actor', async () => {
    const { app, answered, lines, settled } = observedApp();
    const response = await request(app).post('/refuse').set('X-Request-Id', 'jane@example.org');
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    await request(app).get('/nowhere/123');
    await settled(2);
    expect(answered.map(({ route, status, code }) => ({ route, status, code }))).toEqual([
      { route: '/refuse', status: 503, code: 'engine-unavailable' },
      { route: UNROUTED, status: 404, code: undefined },
    ]);
    const requestId = response.headers['x-request-id'];
    expect(lines[0]).toMatchObject({ requestId, actor: 'anonymous', roles: [], code: 'engine-unavailable' });
    expect(JSON.stringify(lines)).not.toMatch(/jane|nowhere/);
  });
});
