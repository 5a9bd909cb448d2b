import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApi } from '../../apps/api/src/create-api';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { Role, ROLES } from '../../libs/auth/roles';
import { issueToken } from '../../libs/auth/tokens';
import { ensureDevSubject } from '../../libs/identity/dev-subjects';
import { createLogger } from '../../libs/logging/logger';
import { installTemporalRuntime } from '../../libs/logging/temporal-runtime';
import { HARNESS_SUBJECTS } from './harness-subjects';
import { SmtpSink } from './smtp-sink';

/** A coordinator's bearer header, and her id. */
export type CoordinatorAuth = { Authorization: string; id: string };

export interface Engine {
  api: NestExpressApplication;
  worker: INestApplicationContext;
  dataSource: DataSource;
  /**
   * A development token's bearer header for this role: the harness's own actor of the role, or
   * the row with this id, which is made (the minimal row of the role) when there is none, since
   * the API accepts only known subjects. Requests wait for that row before they reach the API.
   */
  auth(role: Role, id?: string): { Authorization: string };
  /** A program administrator's header: she makes programs, their coordinators, panel and quotas. */
  admin(): { Authorization: string };
  /**
   * A new coordinator of these programs (of one municipality's part of them
   * when given), her row made through the API by a program administrator:
   * her bearer header and her id.
   */
  coordinatorOf(programIds: string | string[], options?: { municipalityId?: string }): Promise<CoordinatorAuth>;
  /**
   * A program made through the API by a program administrator (a preset or a
   * whole body), with a new coordinator of it, or the coordinator given,
   * whose programs it joins.
   */
  program(body: object, coordinator?: CoordinatorAuth): Promise<{ id: string; slug: string; coordinator: CoordinatorAuth }>;
  /** Stops the worker (no task is picked up until it starts again) and starts a new one on the same task queue. */
  stopWorker(): Promise<void>;
  startWorker(): Promise<void>;
  close(): Promise<void>;
}

let runtimeInstalled = false;

export interface EngineOptions {
  /** host:port for the SDK's worker metrics; the runtime is installed once per file, by its first engine. */
  workerMetricsAddress?: string;
}

/**
 * The real API and the real worker, in this test process, against the dev
 * server and PostgreSQL from global-setup. Each test file gets its own task
 * queue so files never pick up each other's workflows.
 */
export async function startEngine({ workerMetricsAddress }: EngineOptions = {}): Promise<Engine> {
  process.env.TEMPORAL_TASK_QUEUE = `test-${randomUUID()}`;
  process.env.LOG_LEVEL ??= 'warn';
  const logger = createLogger('test', process.env.LOG_LEVEL);
  if (!runtimeInstalled) {
    installTemporalRuntime(logger, { level: 'WARN', metricsAddress: workerMetricsAddress });
    runtimeInstalled = true;
  }
  const startWorker = () => NestFactory.createApplicationContext(WorkerModule, { logger: false });
  let worker: INestApplicationContext | undefined = await startWorker();
  const api = await createApi(logger);
  const registering = new Set<Promise<void>>();
  api.use((_request: unknown, _response: unknown, next: (error?: unknown) => void) => {
    Promise.all(registering).then(() => next(), next);
  });
  await api.init();
  const dataSource = api.get(DataSource);
  // A file with a database of its own has no harness actors yet (global-setup made them in the shared one).
  await ensureDefaultSubjects(dataSource);
  const secret = process.env.MENTORFLOW_JWT_SECRET!;
  const register = (role: Role, id: string) => {
    const made: Promise<void> = ensureDevSubject(dataSource, role, id).finally(() => registering.delete(made));
    registering.add(made);
    // A failure reaches the request that waits for it; nothing else needs to hear of it.
    made.catch(() => undefined);
  };
  const auth = (role: Role, id?: string) => {
    if (id) register(role, id);
    return { Authorization: `Bearer ${issueToken(secret, { id: id ?? HARNESS_SUBJECTS[role], roles: [role] })}` };
  };
  const admin = auth('program-admin');
  const http = request(api.getHttpServer());
  const coordinatorOf: Engine['coordinatorOf'] = async (programIds, options = {}) => {
    const body = { contact: { name: 'Coordinator' }, programIds: [programIds].flat(), ...options };
    const { id } = (await http.post('/coordinators').set(admin).send(body).expect(201)).body;
    return { ...auth('coordinator', id), id };
  };
  return {
    api,
    get worker() {
      if (!worker) throw new Error('the worker is stopped (stopWorker)');
      return worker;
    },
    dataSource,
    auth,
    admin: () => admin,
    coordinatorOf,
    program: async (body, coordinator) => {
      const { id, slug } = (await http.post('/programs').set(admin).send(body).expect(201)).body;
      if (!coordinator) return { id, slug, coordinator: await coordinatorOf(id) };
      const { programIds } = (await http.get(`/coordinators/${coordinator.id}`).set(admin).expect(200)).body;
      // A coordinator's programs must be live: those a test archived meanwhile are dropped.
      const live = new Set((await http.get('/programs').set(admin).expect(200)).body.map((program: { id: string }) => program.id));
      await http
        .patch(`/coordinators/${coordinator.id}`)
        .set(admin)
        .send({ programIds: [...programIds.filter((known: string) => live.has(known)), id] })
        .expect(200);
      return { id, slug, coordinator };
    },
    stopWorker: async () => {
      await worker?.close();
      worker = undefined;
    },
    startWorker: async () => {
      worker ??= await startWorker();
    },
    close: async () => {
      await api.close();
      await worker?.close();
    },
  };
}

async function ensureDefaultSubjects(dataSource: DataSource): Promise<void> {
  for (const role of ROLES) await ensureDevSubject(dataSource, role, HARNESS_SUBJECTS[role]);
}

/** An engine whose mail goes to a sink of its own, which closes with it. */
export interface MailedEngine extends Engine {
  sink: SmtpSink;
}

/** startEngine, its mailer pointed at a new SMTP sink (the sign-in links, nudges and notices a test reads). */
export async function startEngineWithMail(options: EngineOptions = {}): Promise<MailedEngine> {
  const sink = await SmtpSink.start();
  // Read when the engine's ConfigModule builds its AppConfig.
  Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port) });
  const engine = await startEngine(options).catch(async (error: unknown) => {
    await sink.close();
    throw error;
  });
  const closeEngine = engine.close;
  return Object.assign(engine, {
    sink,
    close: async () => {
      await closeEngine();
      await sink.close();
    },
  });
}

/**
 * The engine for one test file: started before its tests, closed after them,
 * with a supertest agent on its API.
 */
export function engineSuite(options: EngineOptions = {}): EngineSuite<Engine> {
  return suiteOf(() => startEngine(options));
}

/** engineSuite, with the engine's mail going to a sink of its own (startEngineWithMail). */
export function mailedEngineSuite(options: EngineOptions = {}): EngineSuite<MailedEngine> & { readonly sink: SmtpSink } {
  const suite = suiteOf(() => startEngineWithMail(options));
  return {
    get engine() {
      return suite.engine;
    },
    get http() {
      return suite.http;
    },
    get sink() {
      return suite.engine.sink;
    },
  };
}

export interface EngineSuite<E extends Engine> {
  readonly engine: E;
  readonly http: ReturnType<typeof request>;
}

function suiteOf<E extends Engine>(start: () => Promise<E>): EngineSuite<E> {
  let engine: E | undefined;
  let http: ReturnType<typeof request> | undefined;
  beforeAll(async () => {
    engine = await start();
    http = request(engine.api.getHttpServer());
  });
  afterAll(() => engine?.close());
  return {
    get engine() {
      if (!engine) throw new Error('the engine starts in beforeAll');
      return engine;
    },
    get http() {
      if (!http) throw new Error('the engine starts in beforeAll');
      return http;
    },
  };
}
