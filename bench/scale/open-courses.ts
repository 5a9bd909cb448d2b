import { BenchClient } from '../api-client';
import { forEachConcurrently } from '../concurrently';
import { BenchProgram, openCourse } from '../courses';

/** How a course is opened: to active (openCourse) or only to its proposal (proposeCourse); resolves to its id. */
export type CourseOpening = (client: BenchClient, program: BenchProgram, mentorId: string) => Promise<string>;

/** Failures quoted verbatim; the count says how many there were. */
const QUOTED_FAILURES = 5;

export interface OpenedCourses {
  mentorshipIds: string[];
  seconds: number;
  coursesPerSecond: number;
  /** Courses whose opening failed (after the client's own resends): the load then runs on the rest. */
  failed: number;
  firstFailures: string[];
}

/**
 * Opens `count` courses to active (or as `open` says), `concurrency` at a time (each course's own
 * steps one after another, as a coordinator's would be), course n with mentor
 * (`firstMentor` + n) mod mentors so every mentor fills up evenly, over this call and the next one starting where it left
 * off. A course that fails to open
 * is counted, not fatal: two hours into opening ten thousand, one refused
 * request is a figure to report, not a reason to throw the run away.
 */
export async function openCourses(
  client: BenchClient,
  program: BenchProgram,
  count: number,
  concurrency: number,
  onOpened: (opened: number) => void = () => {},
  { open = openCourse, firstMentor = 0 }: { open?: CourseOpening; firstMentor?: number } = {},
): Promise<OpenedCourses> {
  const mentorshipIds: string[] = [];
  const failures: string[] = [];
  const started = performance.now();
  await forEachConcurrently(
    Array.from({ length: count }, (_, index) => program.mentorIds[(firstMentor + index) % program.mentorIds.length]),
    concurrency,
    async (mentorId) => {
      try {
        mentorshipIds.push(await open(client, program, mentorId));
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error));
      }
      onOpened(mentorshipIds.length + failures.length);
    },
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    mentorshipIds,
    seconds: Math.round(seconds * 10) / 10,
    coursesPerSecond: Math.round((mentorshipIds.length / seconds) * 10) / 10,
    failed: failures.length,
    firstFailures: failures.slice(0, QUOTED_FAILURES),
  };
}
