import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { EventLoopLag } from '../apps/api/src/load-shedding/event-loop-lag';
import { EngineGate } from '../libs/temporal-connection/engine-gate';
import { Engine, startEngine } from './support/engine';
import { sampleSum } from './support/prometheus-text';

/**
 * The API's own settings for this file: two requests on the engine at once, no queue, a deadline no step here reaches, and
 * shedding past 100 ms of event-loop lag (the test process's loop, which the API shares here).
 */
const LAG_LIMIT_MS = 100;
const LIMITS = {
  MENTORFLOW_ENGINE_MAX_IN_FLIGHT: '2',
  MENTORFLOW_ENGINE_MAX_QUEUED: '0',
  MENTORFLOW_ENGINE_RETRY_AFTER: '1',
  MENTORFLOW_ENGINE_WAIT: '3m',
  MENTORFLOW_SHED_EVENT_LOOP_LAG: `${LAG_LIMIT_MS}ms`,
};

/** The loop's next turn, after its timers: the lag sampler's among them. */
const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Past what the engine takes, the API turns requests away at once (503
 * engine-busy, Retry-After) instead of queueing them behind a stopped worker:
 * a write before it is even read (shed-load.ts), a query at the gate; what
 * does not need the engine still answers, and once the worker is back
 * everything does, the turned-away command included, with its key unused.
 * Past what its own event loop can serve, it refuses all but its probes,
 * metrics and sign-in the same way, until the loop is on time again.
 */
describe('load shedding in front of the workflow engine, through the real API and worker', () => {
  let engine: Engine;
  let http: ReturnType<typeof request>;
  let lag: EventLoopLag;
  const previous = Object.fromEntries(Object.keys(LIMITS).map((name) => [name, process.env[name]]));
  /** Starting a worker in this process stalls the loop the API shares with it: its requests wait until the loop is on time. */
  const onTime = async () => {
    while (lag.ms > LAG_LIMIT_MS) await nextTurn();
  };
  const scrape = async () => (await http.get('/metrics').set(engine.auth('operator')).expect(200)).text;
  const auditRowsOf = (requestId: string): Promise<Array<{ status: number | null }>> =>
    engine.dataSource.query('SELECT status FROM audit_log WHERE request_id = $1', [requestId]);

  beforeAll(async () => {
    Object.assign(process.env, LIMITS);
    engine = await startEngine();
    http = request(engine.api.getHttpServer());
    lag = engine.api.get(EventLoopLag);
  });
  afterAll(async () => {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await engine.close();
  });

  it('answers 503 with Retry-After at once while the engine is full, reads from PostgreSQL still answer, and it recovers', async () => {
    const { id: programId, coordinator } = await engine.program({ preset: 'pift', slug: `pift-${randomUUID().slice(0, 8)}` });
    const municipality = (
      await http
        .post('/municipalities')
        .set(engine.admin())
        .send({ name: `Odense ${randomUUID()}` })
        .expect(201)
    ).body;
    const newMentor = async (): Promise<string> => {
      const body = { contact: { name: 'Mette Mentor' }, programId, municipalityId: municipality.id };
      const { id } = (await http.post('/mentors').set(coordinator).send(body).expect(201)).body;
      await http.post(`/mentors/${id}/application`).set(coordinator).expect(200);
      return id;
    };
    // One after another: three at once would already be more than the gate lets through.
    const [first, second, turnedAway] = [await newMentor(), await newMentor(), await newMentor()];
    const beginScreening = (mentorId: string, key = randomUUID()) =>
      http.post(`/mentors/${mentorId}/path/begin-screening`).set(coordinator).set('Idempotency-Key', key).send({});

    await onTime();
    const shedBefore = sampleSum(await scrape(), 'mentorflow_http_errors_total', { code: 'engine-busy', shed: 'engine-full' });
    // No worker polls: a command waits on the engine until one does.
    await engine.stopWorker();
    let heldAnswered = false;
    const held = Promise.all([beginScreening(first), beginScreening(second)]).finally(() => (heldAnswered = true));
    const gate = engine.api.get(EngineGate);
    while (gate.busy.inFlight < 2) await new Promise((resolve) => setImmediate(resolve));
    await onTime();

    const key = randomUUID();
    const started = Date.now();
    // A write is refused before it is read: a caller with a token that is no token is not even told so.
    const command = await beginScreening(turnedAway, key);
    const unauthenticated = await http.post(`/mentors/${turnedAway}/path/begin-screening`).set('Authorization', 'Bearer forged').send({});
    // A query to the engine is a read: it is let in, authenticated and audited, and turned away at the gate itself.
    const query = await http.get(`/mentors/${turnedAway}/path`).set(coordinator);
    const elapsedMs = Date.now() - started;
    for (const answer of [command, unauthenticated, query]) {
      expect(answer.status).toBe(503);
      expect(answer.headers['retry-after']).toBe('1');
      expect(answer.body).toEqual({
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'Mentorflow has as much as it can take right now; nothing was done: try again in 1 s',
        code: 'engine-busy',
        params: { retryAfterSeconds: 1 },
      });
    }
    // Told apart by the counter: the two writes shed before they were read, the query at the gate (no `shed` label).
    const shedWrites = sampleSum(await scrape(), 'mentorflow_http_errors_total', { code: 'engine-busy', shed: 'engine-full' });
    expect(shedWrites - shedBefore).toBe(2);
    // Answered before the engine answered anything: they never waited on it (the deadline is minutes away).
    expect(heldAnswered).toBe(false);
    expect(elapsedMs).toBeLessThan(5_000);
    // What is read from PostgreSQL alone does not meet the gate.
    await http.get(`/mentors/${turnedAway}`).set(coordinator).expect(200);
    await http.get('/programs').set(coordinator).expect(200);
    expect(gate.busy).toEqual({ inFlight: 2, queued: 0 });

    // The worker comes back: the held commands are carried out, and the places are free again.
    await engine.startWorker();
    const answers = await held;
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(gate.busy).toEqual({ inFlight: 0, queued: 0 });
    await onTime();
    // Once there is room, the forged token is read, and refused for what it is.
    await http.post(`/mentors/${turnedAway}/path/begin-screening`).set('Authorization', 'Bearer forged').send({}).expect(401);
    // The turned-away command was never sent, and its key is free: the retry runs for real.
    expect((await http.get(`/mentors/${turnedAway}/path`).set(coordinator).expect(200)).body.phase).toBe('applied');
    const retried = await beginScreening(turnedAway, key).expect(200);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
    expect(retried.body.phase).toBe('screening');
    // The shed write left no audit row (nothing of it was read, no one named); the query turned away at the gate left its own.
    expect(await auditRowsOf(command.headers['x-request-id'])).toEqual([]);
    expect(await auditRowsOf(query.headers['x-request-id'])).toEqual([{ status: 503 }]);
  });

  it('refuses all but the probes, the metrics and sign-in while its event loop lags, and answers again once it is on time', async () => {
    const coordinator = (await engine.program({ preset: 'pift', slug: `pift-${randomUUID().slice(0, 8)}` })).coordinator;
    await onTime();
    const shedBefore = sampleSum(await scrape(), 'mentorflow_http_errors_total', { code: 'engine-busy', shed: 'event-loop-lag' });
    // Every turn of the loop takes twice the limit, as in a process past what it can serve, until its requests are answered.
    const whileLagging = async <T>(sending: Promise<T>): Promise<T> => {
      let answered = false;
      const answers = sending.finally(() => (answered = true));
      while (!answered) {
        const turnEnds = Date.now() + 2 * LAG_LIMIT_MS;
        while (Date.now() < turnEnds);
        await nextTurn();
      }
      return answers;
    };
    await whileLagging(
      (async () => {
        while (lag.ms <= LAG_LIMIT_MS) await nextTurn();
      })(),
    );
    const [read, write, live, ready, signIn, metrics] = await whileLagging(
      Promise.all([
        http.get('/programs').set(coordinator),
        http
          .post('/municipalities')
          .set(engine.admin())
          .send({ name: `Lagging ${randomUUID()}` }),
        http.get('/health/live'),
        http.get('/health/ready'),
        http.get('/sign-in'),
        http.get('/metrics').set(engine.auth('operator')),
      ]),
    );
    for (const refused of [read, write]) {
      expect(refused.status).toBe(503);
      expect(refused.headers['retry-after']).toBe('1');
      expect(refused.body).toMatchObject({ code: 'engine-busy', params: { retryAfterSeconds: 1 } });
    }
    expect([live, ready, signIn, metrics].map((answer) => answer.status)).toEqual([200, 200, 200, 200]);

    await onTime();
    await http.get('/programs').set(coordinator).expect(200);
    await http
      .post('/municipalities')
      .set(engine.admin())
      .send({ name: `On time ${randomUUID()}` })
      .expect(201);
    const shedAfter = sampleSum(await scrape(), 'mentorflow_http_errors_total', { code: 'engine-busy', shed: 'event-loop-lag' });
    expect(shedAfter - shedBefore).toBe(2);
  });
});
