import { processCpuMs } from './process-cpu';

/** CPU time each part of the stack spent per item (a command, a course opened, a meeting), in ms; null where it could not be read. */
export interface CpuPerItem {
  /** Every worker process together. */
  worker: number | null;
  api: number | null;
  /** Temporal: the dev server, or every service process of a cluster together. */
  devServer: number | null;
  /** This benchmark's own process, which shares the machine's cores. */
  client: number | null;
}

/** The processes of a stack, by part; a part may be several processes (workers) or none (the ceiling has no API). */
export type StackProcesses = Record<keyof CpuPerItem, number[]>;

type CpuReading = Record<keyof CpuPerItem, number | undefined>;

/** What cpuMeter answers, for a caller that starts one when its phase begins. */
export interface CpuMeter {
  perItem(items: number): CpuPerItem;
}

/**
 * Reads the stack's CPU time now; `perItem` then divides what each part
 * spent since by the items done meanwhile. Over a phase this says which
 * process the work costs, and so where a figure is bound.
 */
export function cpuMeter(processes: StackProcesses, cpuMsOf: (pid: number) => number | undefined = processCpuMs): CpuMeter {
  const read = (): CpuReading => {
    const sum = (pids: number[]) =>
      pids.reduce<number | undefined>(
        (total, pid) => (total === undefined ? undefined : addIfRead(total, cpuMsOf(pid))),
        pids.length > 0 ? 0 : undefined,
      );
    return { worker: sum(processes.worker), api: sum(processes.api), devServer: sum(processes.devServer), client: sum(processes.client) };
  };
  const before = read();
  return {
    perItem(items) {
      const after = read();
      const per = (part: keyof CpuPerItem) => {
        const [from, to] = [before[part], after[part]];
        return from === undefined || to === undefined || items === 0 ? null : Math.round(((to - from) / items) * 10) / 10;
      };
      return { worker: per('worker'), api: per('api'), devServer: per('devServer'), client: per('client') };
    },
  };
}

const addIfRead = (total: number, ms: number | undefined) => (ms === undefined ? undefined : total + ms);
