import { FAULTS, faultsFor } from './faults';

describe('faultsFor', () => {
  const names = (engine: 'dev-server' | 'cluster') => faultsFor(engine).map((fault) => fault.name);

  it('gives the dev server every shared fault and its own restart, none of the cluster services', () => {
    expect(names('dev-server')).toContain('Temporal dev server restarted');
    expect(names('dev-server').filter((name) => name.startsWith('cluster:'))).toEqual([]);
  });

  it("gives the cluster every shared fault and its services' own: history and matching killed, the frontend restarted", () => {
    expect(names('cluster')).not.toContain('Temporal dev server restarted');
    expect(names('cluster')).toEqual(
      expect.arrayContaining([
        'worker killed (kill -9) mid-cohort, restarted',
        'PostgreSQL stopped mid-cohort',
        'cluster: history killed (kill -9) mid-cohort, restarted',
        'cluster: matching killed (kill -9) mid-cohort, restarted',
        'cluster: frontend restarted',
      ]),
    );
  });

  it('leaves no fault out of both', () => {
    const both = new Set([...names('dev-server'), ...names('cluster')]);
    expect(FAULTS.filter((fault) => !both.has(fault.name))).toEqual([]);
  });
});
