/**
 * The measurements a course has stored, as a JSON array of "instrument@duePoint" in the order submitted, for the course whose id
 * is the SQL expression `course`: how the course and every answer about it read which are submitted.
 */
export const submittedSlots = (course: string) => `
  (SELECT COALESCE(json_agg(x.instrument || '@' || x.due_point ORDER BY x.submitted_at, x.id), '[]')
     FROM measurements x WHERE x.mentorship_id = ${course})`;
