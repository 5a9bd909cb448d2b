import { Client } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import type { Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createApi } from '../apps/api/src/create-api';
import { ApiMetrics } from '../apps/api/src/observability/api-metrics';
import { portOf, serveWorkerHealth, WorkerHealth } from '../apps/worker/src/worker-health';
import { createLogger } from '../libs/logging/logger';
import { AuditEntry } from '../libs/persistence/entities';
import { REQUEST_ID_HEADER } from '../libs/temporal-connection/request-tracing';
import { mentorshipWorkflowId } from '../workflows/mentorship/messages';
import { FAST_START_POLICY } from '../scripts/stack/fast-start-policy';
import { freePort } from '../scripts/stack/free-port';
import { Engine, startEngine } from './support/engine';
import { metricNames, sampleSum } from './support/prometheus-text';

/**
 * What operators watch, scraped the way Prometheus does: the API's /metrics
 * (as an operator) and the worker's SDK metrics, before and after a course
 * is referred and commanded through the API, and the worker's health
 * endpoint. Mail goes to a port nothing listens on, as when the relay is
 * down, so the outbox backlog stays.
 */
describe('metrics, request ids and worker health, through the real API, worker and Temporal', () => {
  let engine: Engine;
  let http: ReturnType<typeof request>;
  let workerMetricsUrl: string;
  let health: Server;
  const env = { SMTP_HOST: process.env.SMTP_HOST, SMTP_PORT: process.env.SMTP_PORT };

  const scrapeApi = async () => (await http.get('/metrics').set(engine.auth('operator')).expect(200)).text;
  const scrapeWorker = async () => (await fetch(workerMetricsUrl)).text();
  /** The engine acts on its own workflow tasks: scrapes until the figure moves past `from`. */
  async function untilAbove(read: () => Promise<number>, from: number, timeoutMs = 20_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (value > from || Date.now() > deadline) return value;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  beforeAll(async () => {
    process.env.SMTP_HOST = '127.0.0.1';
    process.env.SMTP_PORT = String(await freePort());
    const metricsPort = await freePort();
    workerMetricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
    engine = await startEngine({ workerMetricsAddress: `127.0.0.1:${metricsPort}` });
    http = request(engine.api.getHttpServer());
    health = await serveWorkerHealth(engine.worker.get(WorkerHealth), '127.0.0.1:0');
  });
  afterAll(async () => {
    await new Promise((resolve) => health?.close(resolve));
    await engine?.close();
    Object.assign(process.env, env);
  });

  it('serves the metrics to operators only, in the Prometheus text format, with every named metric', async () => {
    await http.get('/metrics').expect(401);
    await http.get('/metrics').set(engine.auth('coordinator')).expect(403);
    const response = await http.get('/metrics').set(engine.auth('operator')).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain;.*version=0\.0\.4/);
    expect(metricNames(response.text)).toEqual(
      expect.arrayContaining([
        'mentorflow_http_requests_total',
        'mentorflow_http_request_duration_seconds',
        'mentorflow_http_errors_total',
        'mentorflow_engine_call_duration_seconds',
        'mentorflow_mail_outbox_backlog',
        'mentorflow_mail_outbox_oldest_due_seconds',
        'mentorflow_nudges_open',
        'mentorflow_escalations_open',
        'mentorflow_read_models_up',
        'nodejs_eventloop_lag_p99_seconds',
      ]),
    );
    expect(sampleSum(response.text, 'mentorflow_read_models_up')).toBe(1);
  });

  it('moves the named metrics as a course is referred and commanded; its request id reaches the audit row and workflow', async () => {
    const [api, worker] = [await scrapeApi(), await scrapeWorker()];
    const admin = engine.admin();
    const slug = `metrics-${randomUUID().slice(0, 8)}`;
    const { id: programId } = (
      await http.post('/programs').set(admin).send({ slug, name: 'Metrics', policy: FAST_START_POLICY }).expect(201)
    ).body;
    const coordinator = await engine.coordinatorOf(programId);
    const post = async (path: string, body: object, status = 201) =>
      (await http.post(path).set(coordinator).send(body).expect(status)).body;
    const { id: municipalityId } = (
      await http
        .post('/municipalities')
        .set(admin)
        .send({ name: `Odense ${slug}` })
        .expect(201)
    ).body;
    const { id: referrerId } = await post('/referrers', {
      contact: { name: 'Lene Dahl' },
      kind: 'youth-guidance-counsellor',
      municipalityId,
    });
    const { id: youngPersonId } = await post('/young-people', {
      contact: { name: 'Aisha Nour', email: `aisha-${slug}@example.dk` },
      birthDate: '2004-04-17',
      municipalityId,
    });
    const { id: mentorshipId } = await post('/referrals', { programId, referrerId, youngPersonId });
    // Her consent is asked by mail, which waits in the outbox while the relay is away.
    const figure = (name: string, labels: Record<string, string> = {}) => ({
      before: sampleSum(api, name, labels),
      now: async () => sampleSum(await scrapeApi(), name, labels),
    });
    for (const { before, now } of [figure('mentorflow_nudges_open', { kind: 'consent-request' }), figure('mentorflow_mail_outbox_backlog')])
      expect(await untilAbove(now, before)).toBeGreaterThan(before);

    const course = `/mentorships/${mentorshipId}`;
    const requestId = `metrics-test-${randomUUID()}`;
    const consent = await http.post(`${course}/consent`).set(coordinator).set('X-Request-Id', requestId).send({}).expect(200);
    expect(consent.headers['x-request-id']).toBe(requestId);
    await post(`${course}/intake/complete`, {}, 200);
    // Refused by the workflow: there is no proposal to answer.
    await post(`${course}/proposals/answer`, { party: 'young-person', answer: 'accept' }, 409);
    const escalation = {
      id: randomUUID(),
      reason: 'concern',
      category: 'mental-health',
      urgency: 'urgent',
      question: 'She stopped coming.',
    };
    await post(`${course}/escalations`, escalation, 200);

    const after = await scrapeApi();
    const moved = (name: string, labels: Record<string, string> = {}) => sampleSum(after, name, labels) - sampleSum(api, name, labels);
    expect({
      referrals: moved('mentorflow_http_requests_total', { method: 'POST', route: '/referrals', status: '201' }),
      consents: moved('mentorflow_http_request_duration_seconds_count', { method: 'POST', route: '/mentorships/:id/consent' }),
      refusals: moved('mentorflow_http_errors_total', { status: '409' }),
      escalations: moved('mentorflow_escalations_open', { urgency: 'urgent' }),
    }).toEqual({ referrals: 1, consents: 1, refusals: 1, escalations: 1 });
    // Four commands, each an update the engine answered (the refusal is its answer); the referral started the course.
    expect(moved('mentorflow_engine_call_duration_seconds_count', { operation: 'update', outcome: 'ok' })).toBeGreaterThanOrEqual(4);
    expect(moved('mentorflow_engine_call_duration_seconds_count', { operation: 'start', outcome: 'ok' })).toBeGreaterThanOrEqual(1);

    // The worker's own figures moved too: workflow tasks run, activities done.
    const workerAfter = await scrapeWorker();
    for (const name of ['temporal_workflow_task_execution_latency_seconds_count', 'temporal_activity_execution_latency_seconds_count'])
      expect({ name, moved: sampleSum(workerAfter, name) > sampleSum(worker, name) }).toEqual({ name, moved: true });

    // The consent's request id is on its audit row and, as a header, on the update in the course's history.
    const [row] = await engine.dataSource.getRepository(AuditEntry).findBy({ requestId });
    expect(row).toMatchObject({ method: 'POST', route: '/mentorships/:id/consent', status: 200 });
    const history = await engine.api.get(Client).workflow.getHandle(mentorshipWorkflowId(mentorshipId)).fetchHistory();
    const headers = (history.events ?? [])
      .map((event) => event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.header?.fields?.[REQUEST_ID_HEADER])
      .filter((payload) => payload !== undefined && payload !== null)
      .map((payload) => defaultPayloadConverter.fromPayload(payload));
    expect(headers).toContain(requestId);
  });

  it('counts the 503s of an engine that does not answer in time and the 429s of a client that asks too much, by code', async () => {
    const previous = { wait: process.env.MENTORFLOW_ENGINE_WAIT, limit: process.env.MENTORFLOW_RATE_LIMIT_PER_MINUTE };
    process.env.MENTORFLOW_ENGINE_WAIT = '1ms';
    process.env.MENTORFLOW_RATE_LIMIT_PER_MINUTE = '2';
    const strained = await createApi(createLogger('test', 'error'));
    try {
      await strained.init();
      const client = request(strained.getHttpServer());
      const program = { slug: `strained-${randomUUID().slice(0, 8)}`, name: 'Strained', policy: FAST_START_POLICY };
      await client.post('/programs').set(engine.admin()).send(program).expect(503);
      await client.get('/programs').set(engine.admin()).expect(200);
      await client.get('/programs').set(engine.admin()).expect(429);
      // Read from the registry: its own scrape would be limited too.
      const { body } = await strained.get(ApiMetrics).render();
      expect(sampleSum(body, 'mentorflow_http_errors_total', { status: '429', code: 'rate-limited' })).toBe(1);
      expect(sampleSum(body, 'mentorflow_http_requests_total', { route: '(unrouted)', status: '429' })).toBe(1);
      expect(sampleSum(body, 'mentorflow_http_errors_total', { status: '503' })).toBe(1);
      expect(sampleSum(body, 'mentorflow_engine_call_duration_seconds_count', { outcome: 'timeout' })).toBeGreaterThanOrEqual(1);
    } finally {
      await strained.close();
      process.env.MENTORFLOW_ENGINE_WAIT = previous.wait;
      process.env.MENTORFLOW_RATE_LIMIT_PER_MINUTE = previous.limit;
    }
  });

  it("answers the worker's liveness and readiness, and what fails when it does not poll", async () => {
    const url = `http://127.0.0.1:${portOf(health)}`;
    const live = await fetch(`${url}/livez`);
    expect({ status: live.status, body: await live.json() }).toEqual({ status: 200, body: { status: 'ok', checks: { polling: 'ok' } } });
    const ready = await fetch(`${url}/readyz`);
    expect({ status: ready.status, body: await ready.json() }).toEqual({
      status: 200,
      body: { status: 'ok', checks: { temporal: 'ok', postgres: 'ok' } },
    });
    expect((await fetch(`${url}/metrics`)).status).toBe(404);
    // A worker not started (or one whose run ended) polls nothing and has no connection.
    const stopped = new WorkerHealth(
      { notPolling: () => 'worker stopped', pingEngine: async () => Promise.reject(new Error('not connected')) } as never,
      {
        ping: async () => undefined,
      } as never,
    );
    const server = await serveWorkerHealth(stopped, '127.0.0.1:0');
    try {
      const [down, unready] = await Promise.all(['livez', 'readyz'].map((path) => fetch(`http://127.0.0.1:${portOf(server)}/${path}`)));
      expect({ status: down.status, body: await down.json() }).toEqual({
        status: 503,
        body: { status: 'failing', checks: { polling: 'worker stopped' } },
      });
      expect({ status: unready.status, body: await unready.json() }).toEqual({
        status: 503,
        body: { status: 'failing', checks: { temporal: 'not connected', postgres: 'ok' } },
      });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
