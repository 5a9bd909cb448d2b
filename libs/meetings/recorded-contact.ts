import type { DataSource, EntityManager } from 'typeorm';
import type { CheckInParty, RecordedContact } from '../../workflows/mentorship/messages';

/** The columns contactColumns adds to a SELECT, as PostgreSQL answers them. */
export interface ContactColumns {
  contact_meetings: { count: number; minutes: number; firstHeldOn: string | null; lastHeldOn: string | null };
  contact_minutes_by_day: Record<string, number>;
  contact_check_ins: Partial<Record<CheckInParty, number>>;
}

/**
 * A course's contact as columns of a SELECT, for the course whose id is the SQL expression `course`: its meetings' count, minutes
 * and first and last days, the minutes met on each day from the day `minutesFrom` (an SQL expression, YYYY-MM-DD, or NULL) on
 * (none without it: only the course's own checks count by day, and the API's reads are on its busiest path), and its check-ins by
 * party; contactOf reads them. The one reading of the contact log: the course's workflow takes it
 * (readRecordedContact), the API answers with it as it stores a meeting or check-in, and what a course has due is dated by it.
 */
export const contactColumns = (course: string, minutesFrom?: string) => `
  (SELECT json_build_object('count', count(*)::int, 'minutes', COALESCE(sum(g.minutes), 0)::int,
                            'firstHeldOn', to_char(min(g.held_on), 'YYYY-MM-DD'), 'lastHeldOn', to_char(max(g.held_on), 'YYYY-MM-DD'))
     FROM meetings g WHERE g.mentorship_id = ${course}) AS contact_meetings,
  ${minutesFrom === undefined ? `'{}'::json` : minutesByDay(course, minutesFrom)} AS contact_minutes_by_day,
  (SELECT COALESCE(json_object_agg(c.party, c.n), '{}')
     FROM (SELECT party, count(*)::int AS n FROM check_ins WHERE mentorship_id = ${course} GROUP BY party) c) AS contact_check_ins`;

const minutesByDay = (course: string, minutesFrom: string) => `
  (SELECT COALESCE(json_object_agg(d.day, d.minutes), '{}')
     FROM (SELECT to_char(g.held_on, 'YYYY-MM-DD') AS day, sum(g.minutes)::int AS minutes
             FROM meetings g WHERE g.mentorship_id = ${course} AND g.held_on >= ${minutesFrom}::date GROUP BY g.held_on) d)`;

/** The contact of a row with contactColumns. */
export function contactOf(row: ContactColumns): RecordedContact {
  const { contact_meetings: meetings, contact_minutes_by_day: minutesByDay, contact_check_ins: checkIns } = row;
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

/**
 * A course's contact from its rows, in one query, with the minutes met on each day from `minutesFrom` (YYYY-MM-DD) on (none
 * without it). What the course's workflow reads instead of being told of each meeting.
 */
export async function readRecordedContact(
  db: DataSource | EntityManager,
  mentorshipId: string,
  minutesFrom?: string,
): Promise<RecordedContact> {
  const [row]: ContactColumns[] =
    minutesFrom === undefined
      ? await db.query(`SELECT ${contactColumns('$1::uuid')}`, [mentorshipId])
      : await db.query(`SELECT ${contactColumns('$1::uuid', '$2')}`, [mentorshipId, minutesFrom]);
  return contactOf(row);
}
