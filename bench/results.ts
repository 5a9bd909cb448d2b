import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { temporalCliPath } from '../scripts/stack/binaries';

/** What the figures were measured on: without it, a figure means little. */
export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  temporalCli: string;
}

export function describeMachine(): Machine {
  let temporalCli = 'unknown';
  try {
    temporalCli = execFileSync(temporalCliPath(), ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    // The figures still stand without the CLI's version.
  }
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    temporalCli,
  };
}

/** Where results go: bench/results at the repository's root, compiled or not. */
const RESULTS_DIR = join(__dirname, __filename.endsWith('.js') ? '../..' : '..', 'bench', 'results');

/** Writes one run's figures as `bench/results/<name>-<time>.json` and returns the path. */
export function writeResults(name: string, figures: object, dir = RESULTS_DIR): string {
  mkdirSync(dir, { recursive: true });
  const at = new Date().toISOString();
  const file = join(dir, `${name}-${at.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify({ benchmark: name, at, machine: describeMachine(), ...figures }, null, 2)}\n`);
  return file;
}
