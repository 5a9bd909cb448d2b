import { Client, Connection } from '@temporalio/client';
import { Client as PgClient } from 'pg';
import { MentorflowPhase } from '../../workflows/search-attributes';
import { mentorshipWorkflowId } from '../../workflows/mentorship/messages';
import type { CarefulClient } from '../faults/careful-client';
import type { DrillCourse } from './drill-courses';

/**
 * Everything the engine says about one course, from each place that keeps
 * some of it: the course workflow (its state query, through the API), its
 * execution (status and phase search attribute, from Temporal's visibility),
 * and PostgreSQL (the phase read model, the meeting and measurement rows,
 * through the API's course log).
 */
export interface CourseSnapshot {
  phase: string;
  open: boolean;
  searchPhase: string;
  storedPhase: string;
  /** The ids of the course's meetings: rows only, which the workflow reads when it acts (RecordedContact). */
  meetingRows: string[];
  /** The workflow's "instrument@duePoint" of each measurement. */
  measurements: string[];
  /** id, instrument@duePoint and score (or status) of each row. */
  measurementRows: string[];
}

/** Where the drill reads from: the API as the program's coordinator, Temporal, and Mentorflow's database. */
export interface SnapshotSources {
  coordinator: CarefulClient;
  temporalAddress: string;
  namespace: string;
  databaseUrl: string;
}

/**
 * Each course's snapshot once the engine has settled: every source agrees on
 * the phase (a command's read-model write and the visibility update follow it
 * by a moment), or `settleMs` has passed, when it is taken as it is.
 */
export async function snapshotCourses(
  courses: DrillCourse[],
  sources: SnapshotSources,
  settleMs = 30_000,
): Promise<Map<string, CourseSnapshot>> {
  const deadline = Date.now() + settleMs;
  for (;;) {
    const snapshots = await takeSnapshots(courses, sources);
    const settled = [...snapshots.values()].every(agrees);
    if (settled || Date.now() > deadline) return snapshots;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Whether a course's sources tell one story: one phase, and as many measurement rows as the workflow counted. */
export function agrees(snapshot: CourseSnapshot): boolean {
  return (
    snapshot.phase === snapshot.searchPhase &&
    snapshot.phase === snapshot.storedPhase &&
    snapshot.measurements.length === snapshot.measurementRows.length
  );
}

async function takeSnapshots(courses: DrillCourse[], sources: SnapshotSources): Promise<Map<string, CourseSnapshot>> {
  const connection = await Connection.connect({ address: sources.temporalAddress });
  const database = new PgClient({ connectionString: sources.databaseUrl });
  await database.connect();
  try {
    const temporal = new Client({ connection, namespace: sources.namespace });
    const snapshots = new Map<string, CourseSnapshot>();
    for (const { id } of courses) {
      const state = await readOr(sources.coordinator, `/mentorships/${id}`, (status) => ({
        phase: `(answered ${status})`,
        measurements: [],
      }));
      const meetingRows: Array<{ id: string }> = await readOr(sources.coordinator, `/mentorships/${id}/meetings`, () => []);
      const readings: Array<Record<string, unknown>> = await readOr(sources.coordinator, `/mentorships/${id}/measurements`, () => []);
      const execution = await temporal.workflow
        .getHandle(mentorshipWorkflowId(id))
        .describe()
        .catch(() => undefined);
      const { rows } = await database.query<{ phase: string }>('SELECT phase FROM mentorships WHERE id = $1', [id]);
      snapshots.set(id, {
        phase: state.phase,
        open: execution?.status.name === 'RUNNING',
        searchPhase: execution ? (execution.typedSearchAttributes.get(MentorflowPhase) ?? '(none)') : '(no workflow)',
        storedPhase: rows[0]?.phase ?? '(no row)',
        meetingRows: meetingRows.map((row) => row.id).sort(),
        measurements: [...state.measurements].sort(),
        measurementRows: readings
          .map(({ id: rowId, instrument, duePoint, score, status }) => `${rowId} ${instrument}@${duePoint} ${score ?? status}`)
          .sort(),
      });
    }
    return snapshots;
  } finally {
    await database.end();
    await connection.close();
  }
}

/** The body of a 200; what `otherwise` makes of any other status, so a course the restore lost is a row of the table, not a crash. */
async function readOr(client: CarefulClient, path: string, otherwise: (status: number) => any): Promise<any> {
  const answer = await client.send('GET', path);
  return answer.status === 200 ? answer.body : otherwise(answer.status);
}
