import { contactPeriodOf } from '../../../../workflows/mentorship/contact-rules';
import type { MeetingRow } from './course-data';

const DAY_MS = 86_400_000;

/**
 * Minutes met in each contact period, numbered as the course numbers them (contactPeriodOf), from the meeting log: the log holds
 * every period and every meeting logged, where the course's own state holds only the periods it has not checked yet, as of its
 * last reading of its meetings.
 */
export function minutesByPeriod(
  meetings: ReadonlyArray<Pick<MeetingRow, 'heldOn' | 'minutes'>>,
  matchStartedAt: string,
  periodDays: number,
): Record<number, number> {
  const byPeriod: Record<number, number> = {};
  for (const { heldOn, minutes } of meetings) {
    const period = contactPeriodOf(matchStartedAt, periodDays * DAY_MS, heldOn);
    byPeriod[period] = (byPeriod[period] ?? 0) + minutes;
  }
  return byPeriod;
}
