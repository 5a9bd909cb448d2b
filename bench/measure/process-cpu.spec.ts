import { processCpuMs } from './process-cpu';

describe('processCpuMs', () => {
  it('reads this process, and sees it grow while it computes', () => {
    const before = processCpuMs(process.pid);
    if (process.platform !== 'linux') return expect(before).toBeUndefined();
    const until = performance.now() + 100;
    while (performance.now() < until);
    expect(processCpuMs(process.pid)! - before!).toBeGreaterThanOrEqual(50);
  });

  it('is undefined for a process that does not exist', () => {
    expect(processCpuMs(2 ** 22 + 1)).toBeUndefined();
  });
});
