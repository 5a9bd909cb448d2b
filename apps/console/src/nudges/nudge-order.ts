import type { Nudge } from './nudge-data';

/**
 * Her open nudges as the list shows them: those already passed on because nobody answered first (they are overdue), then the
 * newest. The API answers the oldest first.
 */
export function urgentThenNewest<T extends Pick<Nudge, 'raisedAt' | 'escalatedAt'>>(nudges: readonly T[]): T[] {
  const escalated = (nudge: T) => (nudge.escalatedAt ? 1 : 0);
  return [...nudges].sort((a, b) => escalated(b) - escalated(a) || Date.parse(b.raisedAt) - Date.parse(a.raisedAt));
}
