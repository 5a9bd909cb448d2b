import { dirname, join } from 'node:path';
import type { TemporalConfig } from '../../libs/config/app-config';
import { EMBEDDED_PG_PASSWORD, findConfigFile } from '../../libs/config/load-config';
import { startCluster } from '../cluster/cluster';
import { ClusterLayout, clusterLayout } from '../cluster/cluster-layout';
import { PERSISTENCE_DATABASE } from '../cluster/server-config';
import { freePort } from '../stack/free-port';
import { startTemporalDevServer } from '../stack/temporal-dev-server';
import type { TemporalSource } from './backup';
import { freePortRange } from './free-port-range';

/** Which Temporal a drill's engine runs on: the dev server on a SQLite file, or the real multi-process cluster on PostgreSQL. */
export type TemporalKind = 'dev-server' | 'cluster';

export interface DrillTemporal {
  address: string;
  source: TemporalSource;
  stop(): Promise<void>;
}

/** Where Temporal's persistence lives for an engine in `dir`, and so where a restore puts it. */
export function temporalPlace(kind: TemporalKind, dir: string): string {
  return kind === 'dev-server' ? join(dir, 'temporal', 'dev.sqlite') : join(dir, '.data', 'cluster', 'postgres');
}

/** A Temporal of this kind in `dir` on free ports: a new one on an empty folder, the backup's on a restored one. */
export async function startDrillTemporal(kind: TemporalKind, dir: string, temporal: TemporalConfig): Promise<DrillTemporal> {
  if (kind === 'dev-server') {
    const file = temporalPlace(kind, dir);
    const server = await startTemporalDevServer(temporal, {
      port: await freePort(),
      dbFile: file,
      logLevel: 'never',
      // Its banner and lines are read and dropped: the drill prints its own.
      attachOutput: (child) => [child.stdout, child.stderr].forEach((stream) => stream?.resume()),
    });
    return { address: server.address, source: { kind, file }, stop: server.stop };
  }
  const layout = await drillClusterLayout(dir);
  const cluster = await startCluster(layout, temporal, () => undefined);
  const url = `postgres://postgres:${EMBEDDED_PG_PASSWORD}@localhost:${layout.postgresPort}/${PERSISTENCE_DATABASE}`;
  return { address: cluster.address, source: { kind, url, dataDir: layout.postgresDataDir }, stop: cluster.stop };
}

/**
 * The cluster's files under `dir`, on ports free right now, with the server
 * binaries this checkout built (`./mentorflow cluster` builds them once).
 */
async function drillClusterLayout(dir: string): Promise<ClusterLayout> {
  const { binDir } = clusterLayout(dirname(findConfigFile()), 'cluster', 0);
  const probe = clusterLayout(dir, 'cluster', 0);
  const offsets = [
    probe.postgresPort,
    ...Object.values(probe.services).flatMap((ports) => [ports.grpc, ports.membership, ports.http ?? 0]),
  ];
  return { ...clusterLayout(dir, 'cluster', await freePortRange([...new Set(offsets)])), binDir };
}
