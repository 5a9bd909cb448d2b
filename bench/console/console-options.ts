import { parseArgs } from 'node:util';
import { positiveWholeNumber } from '../bench-args';

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
}

export const CONSOLE_USAGE = 'usage: ./mentorflow bench console [--courses N] [--live N] [--requests N] [--renders N]';

const NAMES = ['courses', 'live', 'requests', 'renders'] as const;

/** `--name N` options, each a positive whole number; the defaults are the issue's: 10,000 open courses, a few hundred requests. */
export function parseConsoleArgs(args: string[]): ConsoleOptions {
  const options: ConsoleOptions = { courses: 10_000, live: 20, requests: 300, renders: 20 };
  const { values } = parseArgs({
    args,
    options: Object.fromEntries(NAMES.map((name) => [name, { type: 'string' }])) as Record<(typeof NAMES)[number], { type: 'string' }>,
  });
  for (const name of NAMES) {
    const raw = values[name];
    if (raw !== undefined) options[name] = positiveWholeNumber(`--${name}`, raw, CONSOLE_USAGE);
  }
  return options;
}
