import { BenchClient } from '../api-client';
import { logMeeting, pickOne } from '../log-meeting';
import { LatencySummary } from '../measure/latencies';
import { runOpenLoop } from '../scale/open-loop';

/**
 * The most a loaded round may last: the load stops when the reads are done, this only bounds its schedule. Hundreds of reads one at a
 * time take a minute or two even when slow.
 */
const LOAD_BOUND_SECONDS = 3600;
/** Failures quoted in the results; the count says how many there were. */
const QUOTED_ERRORS = 5;

/** The commands sent while the reads ran, timed from when each was due (see runOpenLoop). */
export type CommandFigures = LatencySummary & {
  sent: number;
  answered: number;
  /** Meetings that failed after BenchClient's resends, and the first few failures verbatim. */
  errors: number;
  firstErrors: string[];
  /** Below the rate when this client fell behind its schedule: then the load was lighter than asked. */
  sentPerSecond: number;
  /** Meetings sent again after a 503. */
  resent: number;
};

/**
 * Runs `reads` while meetings are logged on the live courses at `rate` a second, on random courses and a fixed schedule whatever the
 * answers (an open loop: a slow stack gets the same load, not less); the load starts just before the reads and stops when they are done.
 */
export async function readsUnderLoad<Reads>(
  rate: number,
  client: BenchClient,
  mentorshipIds: string[],
  reads: () => Promise<Reads>,
): Promise<{ reads: Reads; seconds: number; commands: CommandFigures }> {
  const stop = new AbortController();
  const started = performance.now();
  const load = runOpenLoop(rate, LOAD_BOUND_SECONDS, () => logMeeting(client, pickOne(mentorshipIds)), stop.signal);
  let seconds = 0;
  const reading = reads().finally(() => {
    seconds = Math.round((performance.now() - started) / 100) / 10;
    stop.abort();
  });
  const [measured, { failures, latencies, sent, answered, sentPerSecond }] = await Promise.all([reading, load]);
  if (seconds >= LOAD_BOUND_SECONDS) throw new Error(`the reads took ${seconds} s, longer than the load lasts (${LOAD_BOUND_SECONDS} s)`);
  return {
    reads: measured,
    seconds,
    commands: {
      ...latencies,
      sent,
      answered,
      errors: failures.length,
      firstErrors: failures.slice(0, QUOTED_ERRORS),
      sentPerSecond,
      resent: client.resent,
    },
  };
}
