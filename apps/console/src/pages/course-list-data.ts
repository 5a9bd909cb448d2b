import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/api-error';
import type { components } from '../api/schema';

export type CourseListItem = components['schemas']['CourseListItemView'];
export type CoursePhase = components['schemas']['MentorshipPhase'];

/** Courses a page asks for at a time: a screen or two of rows. */
const PAGE = 50;

/** Her courses, newest referral first, a page at a time (GET /mentorships, read from the courses' rows), of one phase or all. */
export function useCourseList(phase: CoursePhase | undefined) {
  return useInfiniteQuery({
    queryKey: ['course-list', phase ?? 'all'],
    initialPageParam: 0,
    queryFn: async ({ pageParam }) =>
      unwrap(await api.GET('/mentorships', { params: { query: { phase, limit: PAGE, offset: pageParam } } })),
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.courses.length, 0);
      return loaded < last.total ? loaded : undefined;
    },
  });
}
