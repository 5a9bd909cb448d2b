import { parseArgs } from 'node:util';
import { positiveWholeNumber, wholeNumber } from '../bench-args';

/** One run of the console reads benchmark. */
export interface ConsoleOptions {
  /** Open courses written straight into the read models. */
  courses: number;
  /** Courses opened through the API and the engine, whose course pages are read (a course page asks its workflow). */
  live: number;
  /** Requests timed per figure, one after another as one person's browser sends them. */
  requests: number;
  /** Loads of the Today page and of a course page timed in Chromium, each. */
  renders: number;
  /** Meetings logged per second on the live courses during a second round of the same reads; 0 runs no such round. */
  load: number;
  /** The worker's maxCachedWorkflows: far below `live`, a command and a course page replay their workflow, as with 10,000 open. */
  cache: number;
}

export const CONSOLE_USAGE =
  'usage: ./mentorflow bench console [--courses N] [--live N] [--requests N] [--renders N] [--load N (0: no loaded round)] [--cache N]';

const POSITIVE = ['courses', 'live', 'requests', 'renders', 'cache'] as const;
const NAMES = [...POSITIVE, 'load'] as const;

/**
 * `--name N` options, each a positive whole number (`--load` may be 0); the defaults are the issue's: 10,000 open courses, a few hundred
 * requests, read again while 20 commands a second arrive. The cache defaults to the worker's configured bound, as a deployment runs.
 */
export function parseConsoleArgs(args: string[], configuredCache: number): ConsoleOptions {
  const options: ConsoleOptions = { courses: 10_000, live: 20, requests: 300, renders: 20, load: 20, cache: configuredCache };
  const { values } = parseArgs({
    args,
    options: Object.fromEntries(NAMES.map((name) => [name, { type: 'string' }])) as Record<(typeof NAMES)[number], { type: 'string' }>,
  });
  for (const name of POSITIVE) {
    const raw = values[name];
    if (raw !== undefined) options[name] = positiveWholeNumber(`--${name}`, raw, CONSOLE_USAGE);
  }
  if (values.load !== undefined) options.load = wholeNumber('--load', values.load, CONSOLE_USAGE);
  return options;
}
