import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { EngineGate } from '../libs/temporal-connection/engine-gate';
import { Engine, startEngine } from './support/engine';

/** The API's own settings for this file: two requests on the engine at once, no queue, and a deadline no step here reaches. */
const LIMITS = {
  MENTORFLOW_ENGINE_MAX_IN_FLIGHT: '2',
  MENTORFLOW_ENGINE_MAX_QUEUED: '0',
  MENTORFLOW_ENGINE_RETRY_AFTER: '1',
  MENTORFLOW_ENGINE_WAIT: '3m',
};

/**
 * Past what the engine takes, the API turns requests away at once (503
 * engine-busy, Retry-After) instead of queueing them behind a stopped worker;
 * what does not need the engine still answers, and once the worker is back
 * everything does, the turned-away command included, with its key unused.
 */
describe('load shedding in front of the workflow engine, through the real API and worker', () => {
  let engine: Engine;
  let http: ReturnType<typeof request>;
  const previous = Object.fromEntries(Object.keys(LIMITS).map((name) => [name, process.env[name]]));

  beforeAll(async () => {
    Object.assign(process.env, LIMITS);
    engine = await startEngine();
    http = request(engine.api.getHttpServer());
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

    // No worker polls: a command waits on the engine until one does.
    await engine.stopWorker();
    let heldAnswered = false;
    const held = Promise.all([beginScreening(first), beginScreening(second)]).finally(() => (heldAnswered = true));
    const gate = engine.api.get(EngineGate);
    while (gate.busy.inFlight < 2) await new Promise((resolve) => setImmediate(resolve));

    const key = randomUUID();
    const started = Date.now();
    const command = await beginScreening(turnedAway, key);
    const query = await http.get(`/mentors/${turnedAway}/path`).set(coordinator);
    const elapsedMs = Date.now() - started;
    for (const answer of [command, query]) {
      expect(answer.status).toBe(503);
      expect(answer.headers['retry-after']).toBe('1');
      expect(answer.body).toMatchObject({ code: 'engine-busy', params: { retryAfterSeconds: 1 } });
    }
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
    // The turned-away command was never sent, and its key is free: the retry runs for real.
    expect((await http.get(`/mentors/${turnedAway}/path`).set(coordinator).expect(200)).body.phase).toBe('applied');
    const retried = await beginScreening(turnedAway, key).expect(200);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
    expect(retried.body.phase).toBe('screening');
  });
});
