import { stringify } from 'yaml';
import { ClusterLayout, SERVICES } from './cluster-layout';

/** How the services reach Temporal's PostgreSQL: one server, a database each for persistence and visibility. */
export interface TemporalDatabase {
  host: string;
  port: number;
  user: string;
  password: string;
}

export const PERSISTENCE_DATABASE = 'temporal';
export const VISIBILITY_DATABASE = 'temporal_visibility';

/**
 * The server config every service process reads (the shape of the server's own
 * config/development-postgres12.yaml): PostgreSQL persistence and SQL
 * visibility through the `postgres12` plugin, `numHistoryShards` shards, each
 * service on its own loopback ports, and membership through the
 * cluster_membership table with 127.0.0.1 broadcast, so the four processes find
 * each other the way a deployment's hosts do. No metrics or pprof listeners:
 * one address in the shared config would collide between the four processes.
 */
export function renderServerConfig(layout: ClusterLayout, database: TemporalDatabase, dynamicConfigFile: string): string {
  const store = (databaseName: string, maxConns: number) => ({
    sql: {
      pluginName: 'postgres12',
      databaseName,
      connectAddr: `${database.host}:${database.port}`,
      connectProtocol: 'tcp',
      user: database.user,
      password: database.password,
      maxConns,
      maxIdleConns: maxConns,
      maxConnLifetime: '1h',
    },
  });
  const services = Object.fromEntries(
    SERVICES.map((name) => {
      const ports = layout.services[name];
      const rpc = {
        grpcPort: ports.grpc,
        membershipPort: ports.membership,
        bindOnLocalHost: true,
        ...(ports.http && { httpPort: ports.http }),
      };
      return [name, { rpc }];
    }),
  );
  const frontend = layout.services.frontend;
  return stringify({
    log: { stdout: true, level: 'info' },
    persistence: {
      defaultStore: 'postgres-default',
      visibilityStore: 'postgres-visibility',
      numHistoryShards: layout.numHistoryShards,
      datastores: { 'postgres-default': store(PERSISTENCE_DATABASE, 20), 'postgres-visibility': store(VISIBILITY_DATABASE, 5) },
    },
    global: { membership: { maxJoinDuration: '30s', broadcastAddress: '127.0.0.1' } },
    services,
    clusterMetadata: {
      enableGlobalNamespace: false,
      failoverVersionIncrement: 10,
      masterClusterName: 'active',
      currentClusterName: 'active',
      clusterInformation: {
        active: {
          enabled: true,
          initialFailoverVersion: 1,
          rpcName: 'frontend',
          rpcAddress: `127.0.0.1:${frontend.grpc}`,
          httpAddress: `127.0.0.1:${frontend.http}`,
        },
      },
    },
    dcRedirectionPolicy: { policy: 'noop' },
    archival: { history: { state: 'disabled' }, visibility: { state: 'disabled' } },
    namespaceDefaults: { archival: { history: { state: 'disabled' }, visibility: { state: 'disabled' } } },
    dynamicConfigClient: { filepath: dynamicConfigFile, pollInterval: '10s' },
  });
}

/**
 * The dynamic config file the services poll every 10 s, written once and then
 * the operator's to edit (`temporal-server validate-dynamic-config FILE` checks
 * it). It starts by stating what Mentorflow relies on, though 1.32 has it on by default.
 */
export const INITIAL_DYNAMIC_CONFIG = `# Temporal dynamic config for this cluster: edit freely, the services pick changes up within 10 s.
# Keys and defaults: go.temporal.io/server common/dynamicconfig/constants.go.
# Mentorflow's API sends workflow updates and waits for them to be accepted.
frontend.enableUpdateWorkflowExecution:
  - value: true
frontend.enableUpdateWorkflowExecutionAsyncAccepted:
  - value: true
`;
