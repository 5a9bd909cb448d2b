import { clusterLayout, ClusterLayout, SERVICES, throwawayLayout } from './cluster-layout';

const portsOf = (layout: ClusterLayout) => [
  layout.postgresPort,
  ...SERVICES.flatMap((name) => [layout.services[name].grpc, layout.services[name].membership, layout.services[name].http ?? []].flat()),
];

describe('throwaway clusters', () => {
  it('each have a data folder and ports of their own, apart from the rehearsal and `cluster test`', () => {
    const env = { MENTORFLOW_CLUSTER_PORT: '7600' };
    const layouts = [
      clusterLayout('/repo', 'cluster', 7600),
      clusterLayout('/repo', 'cluster-test', 7700),
      throwawayLayout('/repo', 'faults', env),
      throwawayLayout('/repo', 'bench', env),
    ];
    expect(new Set(layouts.map((layout) => layout.dataDir)).size).toBe(4);
    const ports = layouts.flatMap(portsOf);
    expect(new Set(ports).size).toBe(ports.length);
  });

  it('move with MENTORFLOW_CLUSTER_PORT, and sit beside the default rehearsal without it', () => {
    expect(throwawayLayout('/repo', 'faults', {})).toMatchObject({
      frontendAddress: '127.0.0.1:7633',
      dataDir: '/repo/.data/cluster-faults',
    });
    expect(throwawayLayout('/repo', 'bench', { MENTORFLOW_CLUSTER_PORT: '7600' })).toMatchObject({
      frontendAddress: '127.0.0.1:7900',
      postgresPort: 5901,
    });
  });
});
