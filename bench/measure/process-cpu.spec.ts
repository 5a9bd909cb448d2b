import { processCpuMs } from './process-cpu';

describe('processCpuMs', () => {
  it('reads this process, and sees it grow while it computes', () => {
    const before = processCpuMs(process.pid);
    if (process.platform !== 'linux') return expect(before).toBeUndefined();
    // Computes until its own reading has grown, not for a wall-clock time: on a machine busy with other tests this process may
    // get little of a core, and a fixed 100 ms of spinning then held less CPU than the test asked (CI failed on it once).
    const giveUpAt = performance.now() + 30_000;
    while (processCpuMs(process.pid)! - before! < 50 && performance.now() < giveUpAt);
    expect(processCpuMs(process.pid)! - before!).toBeGreaterThanOrEqual(50);
  });

  it('is undefined for a process that does not exist', () => {
    expect(processCpuMs(2 ** 22 + 1)).toBeUndefined();
  });
});
