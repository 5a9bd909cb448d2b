import { parseArgs } from 'node:util';

/** One run of the scale benchmark. */
export interface ScaleOptions {
  /** Courses opened to active, and left open, before the load. */
  open: number;
  /** The worker's maxCachedWorkflows: what bounds its memory when `open` is far above it. */
  cache: number;
  /** Opening requests in flight at once. */
  concurrency: number;
  /** Meetings logged per second during the load, on a fixed schedule. */
  rate: number;
  /** How long the load lasts. */
  seconds: number;
}

export const SCALE_USAGE = 'usage: ./mentorflow bench scale [--open N] [--cache N] [--concurrency N] [--rate N] [--seconds N]';

const NAMES = ['open', 'cache', 'concurrency', 'rate', 'seconds'] as const;

/**
 * `--name N` options, each a positive whole number. The cache defaults to the
 * worker's configured bound, so a run without it measures what a deployment runs.
 */
export function parseScaleArgs(args: string[], configuredCache: number): ScaleOptions {
  const defaults: ScaleOptions = { open: 10_000, cache: configuredCache, concurrency: 16, rate: 50, seconds: 60 };
  const { values } = parseArgs({ args, options: Object.fromEntries(NAMES.map((name) => [name, { type: 'string' }])) as Record<(typeof NAMES)[number], { type: 'string' }> });
  const options = { ...defaults };
  for (const name of NAMES) {
    const raw = values[name];
    if (raw === undefined) continue;
    if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new Error(`--${name} must be a positive whole number, not ${JSON.stringify(raw)}\n${SCALE_USAGE}`);
    options[name] = Number(raw);
  }
  return options;
}
