import type { SearchAttributePair, SearchAttributeUpdatePair } from '@temporalio/common/lib/search-attributes';
import { MentorflowNextDue, MentorflowNudgeKind, MentorflowPhase, MentorflowPhaseSince, MentorflowProgram } from '../search-attributes';
import type { NudgePhase, NudgeRun } from './messages';

/**
 * What operators find a nudge by: its program, phase and kind, and when it
 * is reported as ignored (null once that no longer comes). One list for the
 * raiser, which sets them as it starts the nudge, and the nudge, which keeps
 * them current.
 */
export function nudgeAttributes(
  run: Pick<NudgeRun, 'programSlug' | 'kind'>,
  phase: NudgePhase,
  phaseSince: string,
  reportedAt: number | undefined,
): SearchAttributeUpdatePair[] {
  return [
    { key: MentorflowProgram, value: run.programSlug },
    { key: MentorflowPhase, value: phase },
    { key: MentorflowPhaseSince, value: new Date(phaseSince) },
    { key: MentorflowNextDue, value: reportedAt === undefined ? null : new Date(reportedAt) },
    ...(run.kind ? [{ key: MentorflowNudgeKind, value: run.kind }] : []),
  ];
}

/**
 * The phase a nudge begins in: open, waiting for its recipient, when the
 * raiser planned its mails and none is held by quiet hours (they go out in
 * its first task); delivering while one is held, or while it plans its own.
 */
export function initialNudgePhase(run: Pick<NudgeRun, 'deliveries' | 'raisedAt'>): NudgePhase {
  if (!run.deliveries || !run.raisedAt) return 'delivering';
  const raisedAt = Date.parse(run.raisedAt);
  return run.deliveries.some((planned) => Date.parse(planned.deliverAt) > raisedAt) ? 'delivering' : 'open';
}

/** What a raiser sets at the start of a nudge it planned (`raisedAt` and `deliveries` in its run): set or left out, none cleared. */
export function nudgeStartAttributes(
  run: Pick<NudgeRun, 'programSlug' | 'kind' | 'escalateAfterMs' | 'deliveries'> & { raisedAt: string },
): SearchAttributePair[] {
  const reportedAt = run.escalateAfterMs === null ? undefined : Date.parse(run.raisedAt) + run.escalateAfterMs;
  return nudgeAttributes(run, initialNudgePhase(run), run.raisedAt, reportedAt).filter(
    (pair) => pair.value !== null,
  ) as SearchAttributePair[];
}
