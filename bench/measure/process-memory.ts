import { readFileSync } from 'node:fs';

/**
 * A process's resident memory as Linux counts it, in MB: `VmHWM` is the peak
 * since the process started (the kernel keeps it, so no sampling can miss a
 * spike) and `VmRSS` the current figure. Undefined where /proc is not there.
 */
export function processMemoryMb(pid: number): { peakRssMb: number; rssMb: number } | undefined {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { peakRssMb: Math.round(kb('VmHWM') / 1024), rssMb: Math.round(kb('VmRSS') / 1024) };
}
