import type { DataSource, EntityManager } from 'typeorm';
import type { CheckInParty, RecordedContact, StoredReview } from '../../workflows/mentorship/messages';
import { submittedSlots } from '../measurements/submitted-slots';

/** The columns contactColumns adds to a SELECT, as PostgreSQL answers them. */
export interface ContactColumns {
  contact_meetings: { count: number; minutes: number; firstHeldOn: string | null; lastHeldOn: string | null };
  contact_minutes_by_day: Record<string, number>;
  contact_check_ins: Partial<Record<CheckInParty, number>>;
  contact_measurements?: string[];
  contact_reviews?: StoredReview[];
}

/** What a reading of the contact adds to its counts, each only where asked for: the API's reads are on its busiest path. */
export interface ContactReading {
  /** The minutes met on each day from this day on (an SQL expression, YYYY-MM-DD): only the course's own checks count by day. */
  minutesFrom?: string;
  /** The measurements stored, "instrument@duePoint": for the course and for the answers about it, not for a meeting's. */
  measurements?: boolean;
  /** The reviews stored, by review point: for the course and for the answers about it, as measurements. */
  reviews?: boolean;
}

/**
 * A course's contact as columns of a SELECT, for the course whose id is the SQL expression `course`: its meetings' count, minutes
 * and first and last days, and its check-ins by party, with what `reading` asks for besides; contactOf reads them. The one reading
 * of the contact log: the course's workflow takes it (readRecordedContact), the API answers with it as it stores a meeting or
 * check-in, and what a course has due is dated by it.
 */
export const contactColumns = (course: string, { minutesFrom, measurements, reviews }: ContactReading = {}) => `
  (SELECT json_build_object('count', count(*)::int, 'minutes', COALESCE(sum(g.minutes), 0)::int,
                            'firstHeldOn', to_char(min(g.held_on), 'YYYY-MM-DD'), 'lastHeldOn', to_char(max(g.held_on), 'YYYY-MM-DD'))
     FROM meetings g WHERE g.mentorship_id = ${course}) AS contact_meetings,
  ${minutesFrom === undefined ? `'{}'::json` : minutesByDay(course, minutesFrom)} AS contact_minutes_by_day,
  (SELECT COALESCE(json_object_agg(c.party, c.n), '{}')
     FROM (SELECT party, count(*)::int AS n FROM check_ins WHERE mentorship_id = ${course} GROUP BY party) c) AS contact_check_ins
  ${measurements ? `, ${submittedSlots(course)} AS contact_measurements` : ''}
  ${reviews ? `, ${storedReviews(course)} AS contact_reviews` : ''}`;

const minutesByDay = (course: string, minutesFrom: string) => `
  (SELECT COALESCE(json_object_agg(d.day, d.minutes), '{}')
     FROM (SELECT to_char(g.held_on, 'YYYY-MM-DD') AS day, sum(g.minutes)::int AS minutes
             FROM meetings g WHERE g.mentorship_id = ${course} AND g.held_on >= ${minutesFrom}::date GROUP BY g.held_on) d)`;

/** Its reviews in the order of their points, each with the planned end an extension moved it to (as toISOString writes it). */
export const storedReviews = (course: string) => `
  (SELECT COALESCE(json_agg(json_strip_nulls(json_build_object(
            'atMs', r.review_at_ms,
            'extendedTo', to_char(r.extended_to AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))) ORDER BY r.review_at_ms), '[]')
     FROM course_reviews r WHERE r.mentorship_id = ${course})`;

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
    ...(row.contact_measurements ? { measurements: row.contact_measurements } : {}),
    ...(row.contact_reviews ? { reviews: row.contact_reviews } : {}),
  };
}

/**
 * A course's contact from its rows, in one query, with what `reading` asks for besides. What the course's workflow reads instead of
 * being told of each meeting, check-in and measurement, and what the API shows of them in every answer about the course.
 */
export async function readRecordedContact(
  db: DataSource | EntityManager,
  mentorshipId: string,
  { minutesFrom, ...besides }: ContactReading = {},
): Promise<RecordedContact> {
  const [row]: ContactColumns[] =
    minutesFrom === undefined
      ? await db.query(`SELECT ${contactColumns('$1::uuid', besides)}`, [mentorshipId])
      : await db.query(`SELECT ${contactColumns('$1::uuid', { minutesFrom: '$2', ...besides })}`, [mentorshipId, minutesFrom]);
  return contactOf(row);
}
