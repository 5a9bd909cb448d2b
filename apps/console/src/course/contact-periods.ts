import type { MeetingRow } from './course-data';

const DAY_MS = 86_400_000;

/**
 * Minutes met in each contact period, numbered from the match's first day as the course numbers them
 * (workflows/mentorship/active-course.ts), from the meeting log: the log holds every period and every meeting logged, where the
 * course's own state holds only the periods it has not checked yet, as of its last reading of its meetings.
 */
export function minutesByPeriod(
  meetings: ReadonlyArray<Pick<MeetingRow, 'heldOn' | 'minutes'>>,
  matchStartedAt: string,
  periodDays: number,
): Record<number, number> {
  const start = Date.parse(`${matchStartedAt.slice(0, 10)}T00:00:00Z`);
  const byPeriod: Record<number, number> = {};
  for (const { heldOn, minutes } of meetings) {
    const period = Math.max(0, Math.floor((Date.parse(`${heldOn}T00:00:00Z`) - start) / (periodDays * DAY_MS)));
    byPeriod[period] = (byPeriod[period] ?? 0) + minutes;
  }
  return byPeriod;
}
