import type { DataSource, EntityManager } from 'typeorm';
import type { CheckInParty, RecordedContact } from '../../workflows/mentorship/messages';

interface ContactRow {
  meetings: { count: number; minutes: number; firstHeldOn: string | null; lastHeldOn: string | null };
  minutes_by_day: Record<string, number>;
  check_ins: Partial<Record<CheckInParty, number>>;
}

/**
 * A course's contact from its rows, in one query: its meetings' count, minutes and first and last days, the minutes met on
 * each day from `minutesFrom` (YYYY-MM-DD) on (none without it), and its check-ins by party. What the course's workflow reads
 * instead of being told of each meeting, and what the API answers with it.
 */
export async function readRecordedContact(
  db: DataSource | EntityManager,
  mentorshipId: string,
  minutesFrom?: string,
): Promise<RecordedContact> {
  const [row]: ContactRow[] = await db.query(
    `SELECT
       (SELECT json_build_object('count', count(*)::int, 'minutes', COALESCE(sum(g.minutes), 0)::int,
                                 'firstHeldOn', to_char(min(g.held_on), 'YYYY-MM-DD'), 'lastHeldOn', to_char(max(g.held_on), 'YYYY-MM-DD'))
          FROM meetings g WHERE g.mentorship_id = $1) AS meetings,
       (SELECT COALESCE(json_object_agg(d.day, d.minutes), '{}')
          FROM (SELECT to_char(g.held_on, 'YYYY-MM-DD') AS day, sum(g.minutes)::int AS minutes
                  FROM meetings g WHERE g.mentorship_id = $1 AND g.held_on >= $2::date GROUP BY g.held_on) d) AS minutes_by_day,
       (SELECT COALESCE(json_object_agg(c.party, c.n), '{}')
          FROM (SELECT party, count(*)::int AS n FROM check_ins WHERE mentorship_id = $1 GROUP BY party) c) AS check_ins`,
    [mentorshipId, minutesFrom ?? null],
  );
  const { meetings, minutes_by_day: minutesByDay, check_ins: checkIns } = row;
  return {
    meetings: {
      count: meetings.count,
      minutes: meetings.minutes,
      ...(meetings.firstHeldOn ? { firstHeldOn: meetings.firstHeldOn, lastHeldOn: meetings.lastHeldOn! } : {}),
    },
    minutesByDay,
    checkIns: { 'young-person': checkIns['young-person'] ?? 0, mentor: checkIns.mentor ?? 0, referrer: checkIns.referrer ?? 0 },
  };
}
