import { Client } from 'pg';
import { CarefulClient } from './careful-client';
import { Cohort, RECORD_KINDS, RecordKind } from './cohort';

/** What was found of a cohort once the engine settled: per kind, how many records were acknowledged, found, lost and doubled. */
export interface Census {
  attempted: number;
  acknowledged: number;
  found: number;
  lost: number;
  doubled: number;
  coursesClosed: number;
  courses: number;
  /** Lost or doubled records, named, for the report when anything is wrong. */
  problems: string[];
}

/** Each kind's rows of the cohort's municipality, by the course (or young person) they belong to. */
const ROWS: Record<RecordKind, string> = {
  'young-person': 'SELECT id FROM young_people WHERE municipality_id = $1',
  referral: 'SELECT id FROM referrals WHERE municipality_id = $1',
  meeting: 'SELECT m.id FROM meetings m JOIN mentorships c ON c.id = m.mentorship_id WHERE c.municipality_id = $1',
  measurement: 'SELECT m.id FROM measurements m JOIN mentorships c ON c.id = m.mentorship_id WHERE c.municipality_id = $1',
};

interface CourseView {
  phase: string;
  meetings: { count: number };
  measurements: string[];
}

/**
 * Counts what the engine holds of a cohort, in PostgreSQL and in the course
 * workflows, against what the API acknowledged. Waits (up to `settleMs`) for
 * work still in flight, e.g. an activity retrying after the database came back.
 */
export async function takeCensus(cohort: Cohort, databaseUrl: string, client: CarefulClient, settleMs: number): Promise<Census> {
  const deadline = Date.now() + settleMs;
  for (;;) {
    const census = await count(cohort, databaseUrl, client);
    if ((census.lost === 0 && census.doubled === 0 && census.coursesClosed === census.courses) || Date.now() > deadline) return census;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

async function count(cohort: Cohort, databaseUrl: string, client: CarefulClient): Promise<Census> {
  const database = new Client({ connectionString: databaseUrl });
  await database.connect();
  const census: Census = {
    attempted: cohort.attempted,
    acknowledged: 0,
    found: 0,
    lost: 0,
    doubled: 0,
    coursesClosed: 0,
    courses: cohort.courseIds.length,
    problems: [],
  };
  try {
    for (const kind of RECORD_KINDS) {
      const acknowledged = cohort.acknowledged.get(kind)!;
      const { rows } = await database.query<{ id: string }>(ROWS[kind], [cohort.municipalityId]);
      const found = new Set(rows.map((row) => row.id));
      const lost = [...acknowledged].filter((id) => !found.has(id));
      const extra = rows.filter((row) => !acknowledged.has(row.id));
      census.acknowledged += acknowledged.size;
      census.found += rows.length;
      census.lost += lost.length;
      census.doubled += extra.length;
      census.problems.push(
        ...lost.map((id) => `${kind} ${id} lost`),
        ...extra.map((row) => `${kind} ${row.id} not acknowledged, yet stored`),
      );
    }
    const phases = await database.query<{ id: string; phase: string }>('SELECT id, phase FROM mentorships WHERE municipality_id = $1', [
      cohort.municipalityId,
    ]);
    const storedPhase = new Map(phases.rows.map((row) => [row.id, row.phase]));
    for (const id of cohort.courseIds) {
      const answer = await client.send('GET', `/mentorships/${id}`);
      const course = answer.body as CourseView;
      if (answer.status !== 200) {
        census.problems.push(`course ${id}: GET answered ${answer.status}`);
        continue;
      }
      // The course's answer: the measurements its workflow counted, and its meetings as stored (the workflow reads them as it acts,
      // and as it closes); both must agree with what the API acknowledged.
      const { meetings, measurements } = cohort.perCourse.get(id)!;
      if (course.meetings.count !== meetings)
        census.problems.push(`course ${id}: the workflow counts ${course.meetings.count} meetings, ${meetings} acknowledged`);
      if (course.measurements.length !== measurements)
        census.problems.push(`course ${id}: the workflow counts ${course.measurements.length} measurements, ${measurements} acknowledged`);
      census.lost += Math.max(0, meetings - course.meetings.count) + Math.max(0, measurements - course.measurements.length);
      census.doubled += Math.max(0, course.meetings.count - meetings) + Math.max(0, course.measurements.length - measurements);
      if (course.phase === 'closed' && storedPhase.get(id) === 'closed') census.coursesClosed += 1;
    }
  } finally {
    await database.end();
  }
  return census;
}
