import { processCpuMs } from './process-cpu';
import { cpuMeter } from './stack-cpu';

describe('cpuMeter', () => {
  it('divides what each part spent by the items done, the workers added up', () => {
    const spent: Record<number, number> = { 1: 100, 2: 50, 3: 1000, 4: 7 };
    const meter = cpuMeter({ worker: [1, 2], api: [3], devServer: [], client: [4] }, (pid) => spent[pid]);
    Object.assign(spent, { 1: 300, 2: 90, 3: 1010, 4: 8 });
    expect(meter.perItem(4)).toEqual({ worker: 60, api: 2.5, devServer: null, client: 0.3 });
    expect(meter.perItem(0).worker).toBeNull();
  });

  it('reads nothing for a part with a process it cannot read', () => {
    const meter = cpuMeter({ worker: [process.pid, 2 ** 30], api: [process.pid], devServer: [], client: [] });
    expect(meter.perItem(1)).toMatchObject({ worker: null, devServer: null });
    expect(processCpuMs(process.pid)).toBeGreaterThan(0);
  });
});
