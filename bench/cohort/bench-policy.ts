import { DURATION_UNITS_MS, parseDuration } from '../../libs/domain/duration';
import { FAST_START_POLICY } from '../../scripts/stack/fast-start-policy';

/** The most mentees the policy rules let one mentor carry; the benchmark spreads its courses over as many mentors as that takes. */
export const MENTOR_CAPACITY = 100;

/** The most unanswered nudges the policy rules allow before the engine raises an escalation. */
const UNANSWERED_NUDGES_MAX = 52;

/**
 * PIFT for adults (a course starts the day she is referred) run to its
 * 12-month maximum: planned to the 6-month review, which extends it by six
 * months; WHO-5 every three months, self-efficacy and status at the start,
 * all three at closure, the continuation asked three months after. Every
 * duration is still real time here: compressPolicy makes the year short.
 *
 * One change beyond PIFT: a mentor's ignored nudges raise an escalation only
 * at the rules' maximum, not at 3. Compressed, "ignored for 7 days" is a few
 * hundred milliseconds to seconds, within what a loaded engine takes to
 * carry out the command that answers a reminder, and the escalation (with no
 * panel to resolve it) would keep a course from finishing. The nudges and
 * their reports still run; only that escalation does not.
 */
export const BENCH_POLICY = {
  ...FAST_START_POLICY,
  mentors: { ...FAST_START_POLICY.mentors, capacity: MENTOR_CAPACITY },
  escalations: { ...FAST_START_POLICY.escalations, unansweredNudges: UNANSWERED_NUDGES_MAX },
};

/**
 * The same policy with every duration scaled so a month (30 days) lasts
 * `monthMs`, written in milliseconds. Clock times ("21:00") and other
 * strings are not durations and stay. A duration that was not zero stays at
 * least 1 ms, so no rule comparing it with zero turns on the rounding.
 */
export function compressPolicy<T>(policy: T, monthMs: number): T {
  const scale = monthMs / DURATION_UNITS_MS.MONTH;
  const compress = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const ms = parseDuration(value);
      return ms === undefined ? value : `${ms === 0 ? 0 : Math.max(1, Math.round(ms * scale))}ms`;
    }
    if (Array.isArray(value)) return value.map(compress);
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, compress(inner)]));
    return value;
  };
  const compressed = compress(policy) as T & { youngPersonLinks?: unknown };
  // A link's lifetime is the young person's time to answer a mail, not an engine deadline: the policy rules bound it from below.
  const links = (policy as { youngPersonLinks?: unknown }).youngPersonLinks;
  return links === undefined ? compressed : { ...compressed, youngPersonLinks: links };
}

/**
 * The policy a cohort runs on: compressed, but for the meeting-gap reminder,
 * which counts from the last meeting's calendar day (heldOn) and keeps its
 * real length. A whole compressed course meets on one or two dates, so a
 * compressed 21 days from them would be past due at the first meeting, all
 * year. (The first check-in also counts from that day, but the policy rules
 * keep it within the compressed month: see COMPRESSION_LIMITS.)
 */
export function benchPolicy(monthMs: number): typeof BENCH_POLICY {
  const compressed = compressPolicy(BENCH_POLICY, monthMs);
  return { ...compressed, contact: { ...compressed.contact, nudgeAfterGap: BENCH_POLICY.contact.nudgeAfterGap } };
}

/**
 * Where a compressed year and the engine's clock disagree (the first three
 * are in workflow code), and what the benchmark policy changes because of
 * it: written into every result, since each bends a figure.
 */
export const COMPRESSION_LIMITS = [
  'Meetings and check-ins are dated by calendar day (heldOn is today, UTC, and may not be in the future), ' +
    "so a whole course meets on one or two dates: the meeting-gap reminder (21 days from the last meeting's day) " +
    'keeps its real length and never fires in a compressed year; ' +
    "the first check-ins (48 h from the first meeting's day, compressed, as the policy rules keep it within a month) " +
    'are past due when they are set, so each course raises their two reminders.',
  "Contact periods (contact.per: 'month') are real 30-day periods, so the contact check never runs in a compressed year.",
  "The first month's check-in spreading and the monthly check-ins after it count from a real 30-day month, " +
    'so their check-in-missed nudges never fire.',
  `A mentor's ignored nudges raise an escalation only at ${UNANSWERED_NUDGES_MAX} (PIFT: 3): ` +
    `compressed, "ignored for 7 days" is within the engine's own latency, ` +
    'and an escalation nobody resolves keeps a course from finishing. The nudges and their reports still run.',
];
