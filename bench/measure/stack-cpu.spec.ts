import { cpuMeter } from './stack-cpu';

describe('cpuMeter', () => {
  it('divides the CPU time each part spent by the items done, and cannot read what is not there', () => {
    const meter = cpuMeter({ worker: [process.pid, process.pid], api: [], devServer: [2 ** 30], client: [process.pid] });
    const until = Date.now() + 50;
    while (Date.now() < until); // spend some CPU
    const { worker, api, devServer, client } = meter.perItem(2);
    expect(client).toBeGreaterThan(0);
    expect(worker).toBeCloseTo(client! * 2, 0); // the same process, counted twice
    expect(api).toBeNull();
    expect(devServer).toBeNull();
    expect(meter.perItem(0).client).toBeNull();
  });
});
