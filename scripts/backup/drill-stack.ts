import { join } from 'node:path';
import type { Role } from '../../libs/auth/roles';
import { issueToken } from '../../libs/auth/tokens';
import { loadConfig } from '../../libs/config/load-config';
import { ensureDevSubjects } from '../../libs/identity/dev-subjects';
import { ApiProcess } from '../stack/api-process';
import { startDiscardingSmtp } from '../stack/discarding-smtp';
import { freePort } from '../stack/free-port';
import { runMigrations } from '../stack/migrate';
import { PostgresProcess } from '../stack/postgres-process';
import { DevServer, startTemporalDevServer } from '../stack/temporal-dev-server';
import { WorkerProcess } from '../stack/worker-process';
import type { PostgresSource, TemporalSource } from './backup';

/**
 * What a deployment keeps outside its backups and must give the restored
 * engine unchanged: the payload keys (workflow histories are encrypted with
 * them), the JWT secret, the namespace and the task queue (restored workflows
 * wait on the queue they were started on).
 */
export type DeploymentSettings = Pick<
  NodeJS.ProcessEnv,
  'MENTORFLOW_JWT_SECRET' | 'MENTORFLOW_PAYLOAD_KEYS' | 'TEMPORAL_TASK_QUEUE' | 'TEMPORAL_NAMESPACE'
>;

/**
 * One whole engine in a folder of its own, on free ports: PostgreSQL, the
 * Temporal dev server on a SQLite file, an SMTP relay that discards, the
 * worker and the API each in a process of its own. Started on an empty
 * folder it is new; started on a folder a restore filled, it carries on from
 * the backup.
 */
export class DrillStack {
  private readonly stops: Array<() => Promise<void>> = [];
  private database!: PostgresProcess;
  private temporal!: DevServer;
  apiUrl = '';

  private constructor(
    readonly dir: string,
    private readonly settings: DeploymentSettings,
    private readonly adminId: string,
  ) {}

  /** Where a restore must put PostgreSQL's files and Temporal's SQLite file for a stack in `dir`. */
  static places(dir: string): { postgresDataDir: string; temporalFile: string } {
    return { postgresDataDir: join(dir, 'postgres'), temporalFile: join(dir, 'temporal', 'dev.sqlite') };
  }

  static async start(dir: string, settings: DeploymentSettings, adminId: string): Promise<DrillStack> {
    const stack = new DrillStack(dir, settings, adminId);
    try {
      await stack.boot();
    } catch (error) {
      await stack.stop();
      throw error;
    }
    return stack;
  }

  private async boot(): Promise<void> {
    const { postgresDataDir, temporalFile } = DrillStack.places(this.dir);
    this.database = await PostgresProcess.start(postgresDataDir, await freePort());
    this.stops.push(() => this.database.stop());
    const smtp = await startDiscardingSmtp();
    this.stops.push(smtp.stop);
    const env: NodeJS.ProcessEnv = {
      ...this.settings,
      DATABASE_URL: this.database.url,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      MENTORFLOW_DEV_TOKENS: 'true',
      MENTORFLOW_RATE_LIMIT_PER_MINUTE: '1000000',
    };
    this.temporal = await startTemporalDevServer(loadConfig({ ...process.env, ...env }).temporal, {
      port: await freePort(),
      dbFile: temporalFile,
      logLevel: 'never',
    });
    this.stops.push(() => this.temporal.stop());
    env.TEMPORAL_ADDRESS = this.temporal.address;
    const config = loadConfig({ ...process.env, ...env });
    await runMigrations(config.database);
    await ensureDevSubjects(config.database, [['program-admin', this.adminId]]);
    const worker = await WorkerProcess.start(env);
    this.stops.push(() => worker.stop());
    const api = await ApiProcess.start(env, await freePort());
    this.stops.push(() => api.stop());
    this.apiUrl = api.url;
  }

  get databaseUrl(): string {
    return this.database.url;
  }

  get temporalAddress(): string {
    return this.temporal.address;
  }

  get sources(): { temporal: TemporalSource; mentorflow: PostgresSource } {
    const { postgresDataDir, temporalFile } = DrillStack.places(this.dir);
    return { temporal: { kind: 'dev-server', file: temporalFile }, mentorflow: { url: this.database.url, dataDir: postgresDataDir } };
  }

  token(role: Role, id: string): string {
    return issueToken(this.settings.MENTORFLOW_JWT_SECRET!, { id, roles: [role] });
  }

  /** The API and the worker first, then the servers they use. */
  async stop(): Promise<void> {
    for (const stop of this.stops.splice(0).reverse()) await stop().catch(() => undefined);
  }
}
