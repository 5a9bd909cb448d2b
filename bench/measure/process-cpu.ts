import { readFileSync } from 'node:fs';

/** Linux counts CPU time in /proc in USER_HZ ticks, 100 a second on every ABI Node runs on. */
const MS_PER_TICK = 10;

/**
 * CPU time a process has used since it started (user and system, its own
 * threads included), in ms: the difference over a phase says how much of the
 * machine's cores that process took for it. Undefined where /proc is not there.
 */
export function processCpuMs(pid: number): number | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) may hold spaces and parentheses: count fields from after its closing one.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [utime, stime] = [fields[11], fields[12]].map(Number);
  return (utime + stime) * MS_PER_TICK;
}
