import { BenchClient } from '../api-client';
import { forEachConcurrently } from '../concurrently';
import { BenchProgram, openCourse } from '../courses';

export interface OpenedCourses {
  mentorshipIds: string[];
  seconds: number;
  coursesPerSecond: number;
}

/**
 * Opens `count` courses to active, `concurrency` at a time (each course's own
 * steps one after another, as a coordinator's would be), course n with mentor
 * n mod mentors so every mentor fills up evenly.
 */
export async function openCourses(
  client: BenchClient,
  program: BenchProgram,
  count: number,
  concurrency: number,
  onOpened: (opened: number) => void = () => {},
): Promise<OpenedCourses> {
  const mentorshipIds: string[] = [];
  const started = performance.now();
  await forEachConcurrently(
    Array.from({ length: count }, (_, index) => program.mentorIds[index % program.mentorIds.length]),
    concurrency,
    async (mentorId) => {
      mentorshipIds.push(await openCourse(client, program, mentorId));
      onOpened(mentorshipIds.length);
    },
  );
  const seconds = (performance.now() - started) / 1000;
  return { mentorshipIds, seconds: Math.round(seconds * 10) / 10, coursesPerSecond: Math.round((count / seconds) * 10) / 10 };
}
