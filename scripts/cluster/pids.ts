import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** The number a pid file holds, if it holds one. */
export function readPid(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Whether `pid` is alive and still the program its pid file was written for (not a later process given the same number). */
export function runs(pid: number, program: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    return execFileSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' }).includes(program);
  } catch {
    return false;
  }
}
