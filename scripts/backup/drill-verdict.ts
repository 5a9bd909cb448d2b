import type { BackupManifest } from './backup';
import type { CourseSnapshot } from './course-snapshot';
import type { DrillCourse } from './drill-courses';

/** One course before the backup and after the restore, and what it answered to a meeting logged afterwards. */
export interface CourseOutcome {
  course: DrillCourse;
  before: CourseSnapshot;
  after: CourseSnapshot;
  /** The fields whose values differ, empty when the restore kept the course as it was. */
  differences: string[];
  /** For a course active after the restore: whether it took a new meeting, as a row its course counts. */
  meetingAfterRestore?: 'counted' | string;
}

export interface DrillResult {
  outcomes: CourseOutcome[];
  manifest: BackupManifest;
  /** Seconds each stage took. */
  timings: Record<'firstStack' | 'courses' | 'backup' | 'restore' | 'restoredStack' | 'checks', number>;
}

/** The course before and after, field by field. */
export function compare(course: DrillCourse, before: CourseSnapshot, after: CourseSnapshot): CourseOutcome {
  const fields = Object.keys(before) as Array<keyof CourseSnapshot>;
  const differences = fields.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
  return { course, before, after, differences };
}

/** True when every course came back as it was and every active one took a meeting. */
export function drillPassed(result: DrillResult): boolean {
  return result.outcomes.every(outcomePassed);
}

const outcomePassed = ({ differences, meetingAfterRestore }: CourseOutcome): boolean =>
  differences.length === 0 && (meetingAfterRestore ?? 'counted') === 'counted';

export function drillTable(result: DrillResult): string {
  const header = ['course', 'phase before', 'phase after', 'workflow', 'meetings', 'measurements', 'meeting after restore', 'result'];
  const rows = result.outcomes.map((outcome) => [
    outcome.course.label,
    outcome.before.phase,
    outcome.after.phase,
    `${openness(outcome.before)} → ${openness(outcome.after)}`,
    `${outcome.before.meetingRows.length} → ${outcome.after.meetingRows.length}`,
    `${outcome.before.measurements.length} → ${outcome.after.measurements.length}`,
    outcome.meetingAfterRestore ?? '—',
    outcomePassed(outcome) ? 'same' : `DIFFERS: ${outcome.differences.join(', ') || 'the new meeting'}`,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** Whether the course's workflow still runs: a closed course's may too, until its follow-up is done. */
const openness = (snapshot: CourseSnapshot) => (snapshot.open ? 'running' : 'ended');
