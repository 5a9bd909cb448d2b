import { parseArgs } from 'node:util';
import { positiveWholeNumber } from '../bench-args';
import { parseDuration } from '../../libs/domain/duration';

/** One run of the cohort benchmark. */
export interface CohortOptions {
  /** Courses, each a whole compressed year from referral to the continuation answer. */
  mentorships: number;
  /** Worker processes; the ceiling runs on as many. */
  workers: number;
  /** Requests in flight at most, in the cohort and in the ceiling. */
  concurrency: number;
  /** Courses on their way from referral to match at once. */
  openings: number;
  /** How long a month (30 days) of policy time lasts, as written: "1s", "500ms". */
  month: string;
  /** Run it on the dev server, then on a fresh real cluster, and print the two side by side. */
  cluster: boolean;
}

export const COHORT_USAGE =
  'usage: ./mentorflow bench cohort [--mentorships N] [--workers N] [--concurrency N] [--openings N] [--month DURATION] [--cluster]';

const COUNTS = ['mentorships', 'workers', 'concurrency', 'openings'] as const;

/** `--name N` counts, each a positive whole number, and `--month`, a duration of at least 50 ms. */
export function parseCohortArgs(args: string[]): CohortOptions {
  // Ten seconds a month: at a second, a course's 99 commands fall 120 ms apart and a 2-core stack runs them late.
  // One opening at a time: on 2 cores, four (200 courses, 2026-12-04) admitted more than the engine kept on schedule, and
  // late commands let reminders fire that made more work still (75 s late at p95, 24.8 commands/s against 42).
  const options: CohortOptions = { mentorships: 1000, workers: 1, concurrency: 16, openings: 1, month: '10s', cluster: false };
  const { values } = parseArgs({
    args,
    options: {
      mentorships: { type: 'string' },
      workers: { type: 'string' },
      concurrency: { type: 'string' },
      openings: { type: 'string' },
      month: { type: 'string' },
      cluster: { type: 'boolean' },
    },
  });
  options.cluster = values.cluster ?? false;
  for (const name of COUNTS) {
    const raw = values[name];
    if (raw !== undefined) options[name] = positiveWholeNumber(`--${name}`, raw, COHORT_USAGE);
  }
  if (values.month !== undefined) {
    // Shorter, and a compressed day (a 30th of it) falls below the timers' and the API's own granularity.
    if ((parseDuration(values.month) ?? 0) < 50)
      throw new Error(`--month must be a duration of at least 50ms, such as 1s, not ${JSON.stringify(values.month)}\n${COHORT_USAGE}`);
    options.month = values.month;
  }
  return options;
}
