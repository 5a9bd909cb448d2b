import type { LogMode } from './service-logs';

export interface UpOptions {
  /** Where the services' logs go: files only (warnings and errors readable on the terminal), or the terminal too. */
  logs: LogMode;
  /** Whether to put the demo's people and courses in the preset programs. */
  demo: boolean;
}

export const UP_USAGE = 'usage: ./mentorflow up [--verbose] [--no-demo]   (MENTORFLOW_UP_LOGS=terminal is --verbose)';

/** `./mentorflow up [--verbose] [--no-demo]`; anything else is refused with the usage. */
export function upOptions(args: string[], env: NodeJS.ProcessEnv): UpOptions {
  const unknown = args.filter((arg) => arg !== '--verbose' && arg !== '--no-demo');
  if (unknown.length) throw new Error(`unknown option ${unknown.join(' ')}\n${UP_USAGE}`);
  const verbose = args.includes('--verbose') || env.MENTORFLOW_UP_LOGS === 'terminal';
  return { logs: verbose ? 'terminal' : 'files', demo: !args.includes('--no-demo') };
}
