import { createWriteStream, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TemporalConfig } from '../../libs/config/app-config';
import { EMBEDDED_PG_PASSWORD } from '../../libs/config/load-config';
import { ensureDatabase, startEmbeddedPostgres } from '../../libs/persistence/embedded-postgres';
import { embeddedPostgresDataDir } from '../../libs/persistence/embedded-postgres-data-dir';
import { ClusterLayout, pidFile, SERVICES, sqlToolBinary } from './cluster-layout';
import { prepareNamespace } from './namespace';
import { readPid, runs } from './pids';
import { ensureSchemas } from './schemas';
import { ensureServerBinaries } from './server-build';
import { INITIAL_DYNAMIC_CONFIG, PERSISTENCE_DATABASE, renderServerConfig, TemporalDatabase, VISIBILITY_DATABASE } from './server-config';
import { RunningService, startService, stopService, waitUntilServing } from './services';

export interface RunningCluster {
  address: string;
  layout: ClusterLayout;
  /** The generated server config every service runs on; a service started again later runs on it too. */
  configFile: string;
  /** The services running now; whoever restarts one replaces it here, so stop() stops the new process. */
  services: RunningService[];
  stop(): Promise<void>;
}

/**
 * The whole rehearsal, in order: the server binaries (built once), Temporal's
 * own embedded PostgreSQL with both schemas current, the generated config, the
 * four services each in its own process, started in turn and each serving, and Mentorflow's
 * namespace with its search attributes. `fresh` wipes the cluster's data first
 * (the e2e run, whose workflow ids repeat from run to run). Whatever started
 * before a failure is stopped again.
 */
export async function startCluster(
  layout: ClusterLayout,
  temporal: TemporalConfig,
  say: (line: string) => void,
  fresh = false,
): Promise<RunningCluster> {
  refuseIfRunning(layout);
  if (fresh) {
    rmSync(layout.dataDir, { recursive: true, force: true });
    rmSync(embeddedPostgresDataDir(layout.postgresDataDir), { recursive: true, force: true });
  }
  mkdirSync(layout.dataDir, { recursive: true });
  ensureServerBinaries(layout, say);

  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch(() => undefined);
    rmSync(pidFile(layout, 'cluster'), { force: true });
  };
  writeFileSync(pidFile(layout, 'cluster'), `${process.pid}\n`);
  try {
    mkdirSync(layout.logsDir, { recursive: true });
    const postgresLog = createWriteStream(join(layout.logsDir, `${layout.name}-postgres.log`), { flags: 'a' });
    const postgres = await startEmbeddedPostgres(layout.postgresDataDir, layout.postgresPort, PERSISTENCE_DATABASE, {
      onLog: (message) => postgresLog.write(message),
      onError: (error) => postgresLog.write(`${String(error)}\n`),
    });
    stops.push(async () => {
      // A terminal's Ctrl-C reaches PostgreSQL as well (embedded-postgres keeps it in our process group), and its
      // stop() then waits for an exit that has already happened: give up waiting after a while.
      await Promise.race([postgres.stop(), new Promise((resolve) => setTimeout(resolve, 15_000))]);
      postgresLog.end();
    });
    await ensureDatabase(layout.postgresPort, VISIBILITY_DATABASE);
    const database: TemporalDatabase = { host: '127.0.0.1', port: layout.postgresPort, user: 'postgres', password: EMBEDDED_PG_PASSWORD };
    say(`PostgreSQL for Temporal on 127.0.0.1:${layout.postgresPort} (databases ${PERSISTENCE_DATABASE}, ${VISIBILITY_DATABASE})`);
    ensureSchemas(sqlToolBinary(layout), database, say);

    const configFile = writeServerConfig(layout, database);
    const services: RunningService[] = [];
    stops.push(async () => {
      for (const service of [...services].reverse()) await stopService(service);
    });
    // One at a time: on a fresh database the first to start writes the cluster's metadata row, and a second
    // process racing it for the same row exits on the duplicate key.
    for (const name of SERVICES) {
      const service = startService(layout, configFile, name);
      services.push(service);
      await waitUntilServing(layout, service);
      say(`${service.name.padEnd(8)} pid ${service.child.pid}, gRPC 127.0.0.1:${layout.services[service.name].grpc}`);
    }
    await prepareNamespace({ ...temporal, address: layout.frontendAddress }, say);
    return { address: layout.frontendAddress, layout, configFile, services, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Regenerated at every start from the layout; the dynamic config beside it is written once and then the operator's. */
function writeServerConfig(layout: ClusterLayout, database: TemporalDatabase): string {
  const dynamicConfigFile = join(layout.dataDir, 'dynamicconfig.yaml');
  if (!existsSync(dynamicConfigFile)) writeFileSync(dynamicConfigFile, INITIAL_DYNAMIC_CONFIG);
  const configFile = join(layout.dataDir, 'temporal-server.yaml');
  writeFileSync(configFile, renderServerConfig(layout, database, dynamicConfigFile));
  return configFile;
}

/** Two copies on one data folder and one set of ports would fight: the second is refused. */
function refuseIfRunning(layout: ClusterLayout): void {
  const pid = readPid(pidFile(layout, 'cluster'));
  if (pid && runs(pid, 'cluster/main'))
    throw new Error(`the ${layout.name} is already running (pid ${pid}): stop it with \`./mentorflow cluster stop\``);
}
