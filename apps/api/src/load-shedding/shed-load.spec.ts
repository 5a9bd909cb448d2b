import express, { json } from 'express';
import { get as httpGet } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHistogram } from 'node:perf_hooks';
import pino from 'pino';
import request from 'supertest';
import { EngineBusyError } from '../../../../libs/temporal-connection/engine-gate';
import { toHttpError } from '../errors/http-error';
import type { AnsweredRequest } from '../observability/api-metrics';
import { observeRequests } from '../observability/request-observation';
import { lagOfWindow, SAMPLE_EVERY_MS } from './event-loop-lag';
import { shedLoad, type LoadSignals } from './shed-load';

const MS = 1e6;
const MENTOR = '0b7e1c2d-aaaa-4bbb-8ccc-123456789abc';

/** The middleware as createApi places it, on a load the test sets; behind it a body parser and routes that say they ran. */
function shedApp(maxEventLoopLagMs = 200, maxInFlight = 0) {
  const load = { lagMs: 0, engineFull: false, waitingOnEngine: 0 };
  const signals: LoadSignals = {
    eventLoopLagMs: () => load.lagMs,
    engineFull: () => load.engineFull,
    waitingOnEngine: () => load.waitingOnEngine,
  };
  const answered: AnsweredRequest[] = [];
  const app = express();
  app.use(observeRequests((answer) => answered.push(answer), pino({ level: 'silent' })));
  app.use(shedLoad(signals, { maxInFlight, maxEventLoopLagMs, retryAfterSeconds: 2 }));
  app.use(json());
  // A route under /held/ answers only when the test lets it: a request being served for as long as the test needs.
  const held: Array<() => void> = [];
  app.use('/held', (_request, response) => void held.push(() => response.json({ reached: true })));
  app.use((_request, response) => response.json({ reached: true }));
  const http = request(app);
  // The close event comes after supertest has its answer: wait for the count.
  const counted = async (count: number) => {
    while (answered.length < count) await new Promise((resolve) => setImmediate(resolve));
    return answered.map(({ status, code, shed }) => ({ status, code, shed }));
  };
  const holding = async (count: number) => {
    while (held.length < count) await new Promise((resolve) => setImmediate(resolve));
  };
  const release = () => held.splice(0).forEach((answerIt) => answerIt());
  return { app, load, http, counted, holding, release };
}

const ENGINE_BUSY = toHttpError(new EngineBusyError(2));

describe('shedding load before a request is read', () => {
  it('lets every request through while the loop is on time and the engine gate has room', async () => {
    const { http } = shedApp();
    await http.post(`/mentors/${MENTOR}/path/begin-screening`).send({}).expect(200, { reached: true });
    await http.get('/programs').expect(200, { reached: true });
  });

  it('refuses reads and writes while the loop lags past the limit, with the engine gate’s own answer, counted as shed', async () => {
    const { load, http, counted } = shedApp();
    load.lagMs = 201;
    for (const sent of [http.get('/programs'), http.post('/programs').set('Content-Type', 'application/json').send('{not json')]) {
      const response = await sent;
      expect(response.status).toBe(503);
      expect(response.headers['retry-after']).toBe('2');
      expect(response.body).toEqual(ENGINE_BUSY);
    }
    // The body was never parsed (no 400 for it), and no route ran.
    expect(await counted(2)).toEqual([
      { status: 503, code: 'engine-busy', shed: 'event-loop-lag' },
      { status: 503, code: 'engine-busy', shed: 'event-loop-lag' },
    ]);
    load.lagMs = 200;
    await http.get('/programs').expect(200, { reached: true });
  });

  it('never sheds the probes, the metrics, the codec server, sign-in or the console’s files, however late the loop', async () => {
    const { load, http } = shedApp();
    load.lagMs = 5_000;
    load.engineFull = true;
    await http.get('/health/live').expect(200);
    await http.get('/health/ready').expect(200);
    await http.get('/metrics').expect(200);
    await http.post('/codec/decode').send({ payloads: [] }).expect(200);
    await http.get('/sign-in/verify?token=t').expect(200);
    await http.post('/sign-in/verify').type('form').send({ token: 't' }).expect(200);
    await http.get('/assets/index-3f9a.js').expect(200);
    await http.get(`/mentors/${MENTOR}`).set('Accept', 'text/html').expect(200);
    await http.get('/').set('Sec-Fetch-Mode', 'navigate').expect(200);
    // The same address as the console's page, fetched for its JSON, is the API's.
    await http.get(`/mentors/${MENTOR}`).set('Accept', 'application/json').expect(503);
    await http.get('/docs').expect(503);
  });

  it('refuses only writes while the engine gate is full, and lets them through again once it has room', async () => {
    const { load, http, counted } = shedApp();
    load.engineFull = true;
    for (const method of ['post', 'put', 'patch', 'delete'] as const) {
      const response = await http[method](`/mentors/${MENTOR}`).set('Authorization', 'Bearer not-a-token').send({});
      expect(response.status).toBe(503);
      expect(response.headers['retry-after']).toBe('2');
      expect(response.body).toEqual(ENGINE_BUSY);
    }
    await http.get(`/mentors/${MENTOR}/path`).expect(200, { reached: true });
    await http.head('/programs').expect(200);
    expect((await counted(6)).slice(0, 4)).toEqual(Array(4).fill({ status: 503, code: 'engine-busy', shed: 'engine-full' }));
    // A course's meetings, check-ins and missed meetings only store a row: taken while the gate is full; its other commands are not.
    for (const log of ['meetings', 'check-ins', 'missed-meetings'])
      await http.post(`/mentorships/${MENTOR}/${log}`).send({}).expect(200, { reached: true });
    await http.post(`/mentorships/${MENTOR}/reviews`).send({}).expect(503);
    await http.post(`/mentorships/${MENTOR}/meetings/extra`).send({}).expect(503);
    load.engineFull = false;
    await http.post(`/mentors/${MENTOR}/path/begin-screening`).send({}).expect(200, { reached: true });
  });

  it('refuses what comes while it works on its bound, those waiting on the engine aside, and takes more as they are answered', async () => {
    const { load, http, counted, holding, release } = shedApp(200, 2);
    const first = http.get('/held/1').then((response) => response.status);
    const second = http
      .post('/held/2')
      .send({})
      .then((response) => response.status);
    await holding(2);
    const refused = await http.get('/programs');
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBe('2');
    expect(refused.body).toEqual(ENGINE_BUSY);
    // The probes and the scrape are neither refused nor counted.
    await http.get('/health/ready').expect(200);
    // Requests waiting on the engine are not at work here: one of the two doing so leaves room for one more.
    load.waitingOnEngine = 1;
    await http.get('/programs').expect(200, { reached: true });
    load.waitingOnEngine = 0;
    release();
    expect(await Promise.all([first, second])).toEqual([200, 200]);
    await http.get('/programs').expect(200, { reached: true });
    expect((await counted(6)).find(({ status }) => status === 503)).toEqual({ status: 503, code: 'engine-busy', shed: 'in-flight' });
  });

  it('frees the place of a request whose client went away before its answer', async () => {
    const { app, http, holding, release } = shedApp(200, 1);
    const server = app.listen(0);
    try {
      const { port } = server.address() as AddressInfo;
      const abandoned = httpGet(`http://127.0.0.1:${port}/held/abandoned`).on('error', () => undefined);
      await holding(1);
      await http.get('/programs').expect(503);
      abandoned.destroy();
      // The place comes back with the socket's close, a turn or two of the loop later.
      let status = 503;
      for (let tries = 0; status === 503 && tries < 50; tries += 1) status = (await http.get('/programs')).status;
      expect(status).toBe(200);
    } finally {
      release();
      server.close();
    }
  });

  it('never looks at the lag when its limit is 0 (off)', async () => {
    const { load, http } = shedApp(0);
    load.lagMs = 60_000;
    await http.get('/programs').expect(200, { reached: true });
    await http.post('/programs').send({}).expect(200, { reached: true });
  });
});

describe("the event loop's lag over one window", () => {
  const window = (delaysMs: number[]) => {
    const delays = createHistogram();
    for (const ms of delaysMs) delays.record(Math.round(ms * MS));
    return lagOfWindow(delays);
  };
  const onTime = (count: number) => Array<number>(count).fill(SAMPLE_EVERY_MS + 0.2);

  it('is what came on top of the sampling interval, none for a loop on time or a window without samples', () => {
    expect(window(onTime(200))).toBeLessThan(1);
    expect(window([])).toBe(0);
  });

  it('leaves out one stall in a second otherwise on time, and is the lag of a loop late at every turn', () => {
    expect(window([...onTime(140), 300 + SAMPLE_EVERY_MS])).toBeLessThan(1);
    expect(window([310, 290, 305].map((ms) => ms + SAMPLE_EVERY_MS))).toBeCloseTo(310, -1);
  });
});
