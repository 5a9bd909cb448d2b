import { parseArgs } from 'node:util';
import { positiveWholeNumber } from '../bench-args';
import { MIX_NAMES, mixNeeds, MixName } from './command-mix';

/** One run of the scale benchmark. */
export interface ScaleOptions {
  /** Courses opened to active, and left open, before the load. */
  open: number;
  /** The worker's maxCachedWorkflows: what bounds its memory when `open` is far above it. */
  cache: number;
  /** Opening requests in flight at once. */
  concurrency: number;
  /** Commands sent per second, one load step per rate, lowest first, each on a fixed schedule. */
  rates: number[];
  /** What the load steps send: `all` a course's kinds of command in equal shares, or `meetings` only (see command-mix.ts). */
  mix: MixName;
  /** How long each load step lasts. */
  seconds: number;
  /** Meetings a second of the step above capacity (for `seconds`), each sent once, to see the API shed what it cannot take. */
  overload: number;
  /** How long the load stays at the lowest rate after it, to time how soon latency is back within target. */
  recovery: number;
}

export const SCALE_USAGE =
  'usage: ./mentorflow bench scale [--open N] [--cache N] [--concurrency N] [--rates N,N,...] [--seconds N] ' +
  '[--mix all|meetings] [--overload N] [--recovery N]';

const WHOLE_NUMBERS = ['open', 'cache', 'concurrency', 'seconds', 'overload', 'recovery'] as const;

/**
 * `--name N` options, each a positive whole number, and `--rates` a list of
 * them. The cache defaults to the worker's configured bound, so a run
 * without it measures what a deployment runs; the rates default to steps up
 * to the target's 50 a second, so a run shows where latency turns, not only
 * whether one rate passes (20 is issue 30's rate). The load sends every kind of a course's commands by default (`--mix all`),
 * so each kind's p99 can be judged; `--mix meetings` sends meetings only, as runs before the mix did. The step above capacity
 * defaults to four times the target's rate, and the recovery to the minute latency has to be back.
 */
export function parseScaleArgs(args: string[], configuredCache: number): ScaleOptions {
  const options: ScaleOptions = {
    open: 10_000,
    cache: configuredCache,
    concurrency: 16,
    rates: [10, 20, 50],
    seconds: 60,
    mix: 'all',
    overload: 200,
    recovery: 60,
  };
  const names = [...WHOLE_NUMBERS, 'rates', 'mix'] as const;
  const { values } = parseArgs({
    args,
    options: Object.fromEntries(names.map((name) => [name, { type: 'string' }])) as Record<(typeof names)[number], { type: 'string' }>,
  });
  for (const name of WHOLE_NUMBERS) {
    const raw = values[name];
    if (raw !== undefined) options[name] = positiveWholeNumber(`--${name}`, raw, SCALE_USAGE);
  }
  if (values.rates !== undefined) {
    const rates = values.rates
      .split(',')
      .map((raw) => positiveWholeNumber('--rates', raw.trim(), SCALE_USAGE, 'positive whole numbers separated by commas'));
    options.rates = [...new Set(rates)].sort((a, b) => a - b);
  }
  if (values.mix !== undefined) {
    if (!(MIX_NAMES as string[]).includes(values.mix))
      throw new Error(`--mix must be one of ${MIX_NAMES.join(', ')}, not ${JSON.stringify(values.mix)}\n${SCALE_USAGE}`);
    options.mix = values.mix as MixName;
  }
  const { reviews } = mixNeeds(options.mix, options.rates, options.seconds);
  // A course takes one review, which the run would otherwise find refused halfway; measurements, as many give or take one a
  // step, have three slots a course.
  if (reviews > options.open)
    throw new Error(
      `--mix ${options.mix} at these rates sends ${reviews} reviews, one a course: --open must be at least that\n${SCALE_USAGE}`,
    );
  return options;
}
