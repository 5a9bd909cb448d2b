import { dirname } from 'node:path';
import type { TemporalConfig } from '../../libs/config/app-config';
import { findConfigFile } from '../../libs/config/load-config';
import { ClusterPurpose, ServiceName, throwawayLayout } from './cluster-layout';
import { startCluster } from './cluster';
import { startService, stopService, waitUntilServing } from './services';

/** A cluster whose services a fault run kills and starts one by one. */
export interface ThrowawayCluster {
  address: string;
  /** Every service process running now, for the benchmarks' CPU figures. */
  pids(): number[];
  /** kill -9 of one service: no draining, no handing back of shards; waits until the process is gone. */
  kill(name: ServiceName): Promise<void>;
  /** The service again, on the same config and ports; resolves once it answers SERVING. */
  start(name: ServiceName): Promise<void>;
  /** SIGTERM: the service drains (history hands its shards back) as in a rolling restart, and is gone until start. */
  halt(name: ServiceName): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A fresh cluster (its data wiped first) for one fault run or benchmark, in
 * .data/cluster-<purpose>/ under the repository, Temporal's own PostgreSQL included.
 */
export async function startThrowawayCluster(
  purpose: ClusterPurpose,
  temporal: TemporalConfig,
  say: (line: string) => void = (line) => process.stderr.write(`[cluster] ${line}\n`),
): Promise<ThrowawayCluster> {
  const cluster = await startCluster(throwawayLayout(dirname(findConfigFile()), purpose), temporal, say, true);
  const running = (name: ServiceName) => {
    const service = cluster.services.find((candidate) => candidate.name === name);
    if (!service || service.child.exitCode !== null || service.child.signalCode !== null) throw new Error(`${name} is not running`);
    return service;
  };
  const start = async (name: ServiceName) => {
    const service = startService(cluster.layout, cluster.configFile, name);
    const index = cluster.services.findIndex((candidate) => candidate.name === name);
    cluster.services.splice(index < 0 ? cluster.services.length : index, index < 0 ? 0 : 1, service);
    await waitUntilServing(cluster.layout, service);
  };
  return {
    address: cluster.address,
    pids: () => cluster.services.map((service) => service.child.pid).filter((pid): pid is number => pid !== undefined),
    kill: async (name) => {
      const { child } = running(name);
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await gone;
    },
    start,
    halt: (name) => stopService(running(name)),
    stop: cluster.stop,
  };
}
