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
import { WorkerProcess } from '../stack/worker-process';
import type { PostgresSource, TemporalSource } from './backup';
import { DrillTemporal, startDrillTemporal, TemporalKind, temporalPlace } from './drill-temporal';

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
 * Temporal dev server on a SQLite file or the real cluster on its own
 * PostgreSQL, an SMTP relay that discards, the worker and the API each in a
 * process of its own. Started on an empty folder it is new; started on a
 * folder a restore filled, it carries on from the backup.
 */
export class DrillStack {
  private readonly stops: Array<() => Promise<void>> = [];
  private database!: PostgresProcess;
  private temporal!: DrillTemporal;
  apiUrl = '';

  private constructor(
    readonly dir: string,
    private readonly temporalKind: TemporalKind,
    private readonly settings: DeploymentSettings,
    private readonly adminId: string,
  ) {}

  /** Where a restore must put Mentorflow's PostgreSQL files and Temporal's persistence for a stack in `dir`. */
  static places(dir: string, temporalKind: TemporalKind): { mentorflowDataDir: string; temporal: string } {
    return { mentorflowDataDir: join(dir, 'postgres'), temporal: temporalPlace(temporalKind, dir) };
  }

  static async start(dir: string, temporalKind: TemporalKind, settings: DeploymentSettings, adminId: string): Promise<DrillStack> {
    const stack = new DrillStack(dir, temporalKind, settings, adminId);
    try {
      await stack.boot();
    } catch (error) {
      await stack.stop();
      throw error;
    }
    return stack;
  }

  private async boot(): Promise<void> {
    this.database = await PostgresProcess.start(DrillStack.places(this.dir, this.temporalKind).mentorflowDataDir, await freePort());
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
    this.temporal = await startDrillTemporal(this.temporalKind, this.dir, loadConfig({ ...process.env, ...env }).temporal);
    this.stops.push(() => this.temporal.stop());
    env.TEMPORAL_ADDRESS = this.temporal.address;
    const config = loadConfig({ ...process.env, ...env });
    await runMigrations(config.database);
    await ensureDevSubjects(config.database, [['program-admin', this.adminId]]);
    // Side by side: each takes a while to load, and neither needs the other to start.
    const [worker, api] = await Promise.all([WorkerProcess.start(env), ApiProcess.start(env, await freePort())]);
    this.stops.push(
      () => worker.stop(),
      () => api.stop(),
    );
    this.apiUrl = api.url;
  }

  get databaseUrl(): string {
    return this.database.url;
  }

  get temporalAddress(): string {
    return this.temporal.address;
  }

  get sources(): { temporal: TemporalSource; mentorflow: PostgresSource } {
    const mentorflow = { url: this.database.url, dataDir: DrillStack.places(this.dir, this.temporalKind).mentorflowDataDir };
    return { temporal: this.temporal.source, mentorflow };
  }

  token(role: Role, id: string): string {
    return issueToken(this.settings.MENTORFLOW_JWT_SECRET!, { id, roles: [role] });
  }

  /** The API and the worker first, then the servers they use. */
  async stop(): Promise<void> {
    for (const stop of this.stops.splice(0).reverse()) await stop().catch(() => undefined);
  }
}
