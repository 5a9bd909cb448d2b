import { parse } from 'yaml';
import { clusterLayout, SERVICES } from './cluster-layout';
import { renderServerConfig } from './server-config';

const database = { host: '127.0.0.1', port: 5434, user: 'postgres', password: 'secret' };
const layout = clusterLayout('/repo', 'cluster', 7433);
const config = parse(renderServerConfig(layout, database, '/repo/.data/cluster/dynamicconfig.yaml'));

/** Every loopback port a layout's processes listen on. */
const portsOf = (of: typeof layout) => [
  of.postgresPort,
  ...SERVICES.flatMap((name) => [of.services[name].grpc, of.services[name].membership, of.services[name].http ?? []].flat()),
];

describe('the cluster server config', () => {
  it('keeps persistence and visibility in PostgreSQL through the postgres12 plugin, in two databases', () => {
    const { defaultStore, visibilityStore, datastores } = config.persistence;
    const persistence = datastores[defaultStore].sql;
    const visibility = datastores[visibilityStore].sql;
    expect([persistence.pluginName, visibility.pluginName]).toEqual(['postgres12', 'postgres12']);
    expect([persistence.databaseName, visibility.databaseName]).toEqual(['temporal', 'temporal_visibility']);
    expect(persistence).toMatchObject({ connectAddr: '127.0.0.1:5434', user: 'postgres', password: 'secret' });
  });

  it('shards history more than once', () => {
    expect(config.persistence.numHistoryShards).toBeGreaterThan(1);
  });

  it('gives each of the four services its own gRPC and membership ports on loopback, broadcast on 127.0.0.1', () => {
    expect(Object.keys(config.services).sort()).toEqual(['frontend', 'history', 'matching', 'worker']);
    const ports = Object.values(config.services).flatMap(({ rpc }: any) => [rpc.grpcPort, rpc.membershipPort]);
    expect(new Set(ports).size).toBe(8);
    expect(Object.values(config.services).every(({ rpc }: any) => rpc.bindOnLocalHost)).toBe(true);
    expect(config.global.membership.broadcastAddress).toBe('127.0.0.1');
  });

  it('names the frontend as the cluster address clients and the internal worker use', () => {
    expect(config.clusterMetadata.clusterInformation.active.rpcAddress).toBe(layout.frontendAddress);
    expect(config.services.frontend.rpc.grpcPort).toBe(7433);
    expect(config.dynamicConfigClient.filepath).toBe('/repo/.data/cluster/dynamicconfig.yaml');
  });

  it('puts the e2e run’s throwaway cluster on ports the rehearsal does not use, so both can run at once', () => {
    const testRun = clusterLayout('/repo', 'cluster-test', 7533);
    const rehearsal = portsOf(layout);
    expect(new Set(rehearsal).size).toBe(rehearsal.length);
    expect(portsOf(testRun).filter((port) => rehearsal.includes(port))).toEqual([]);
    expect(testRun.dataDir).not.toBe(layout.dataDir);
  });
});
