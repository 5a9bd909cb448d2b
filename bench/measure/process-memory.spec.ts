import { processMemoryMb } from './process-memory';

describe('processMemoryMb', () => {
  it('reads this process: a peak at least as high as what it holds now', () => {
    const memory = processMemoryMb(process.pid);
    if (process.platform !== 'linux') return expect(memory).toBeUndefined();
    expect(memory!.rssMb).toBeGreaterThan(10);
    expect(memory!.peakRssMb).toBeGreaterThanOrEqual(memory!.rssMb);
  });

  it('is undefined for a process that does not exist', () => {
    expect(processMemoryMb(2 ** 22 + 1)).toBeUndefined();
  });
});
