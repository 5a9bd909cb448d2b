import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/api-error';
import type { components } from '../api/schema';
import { useCourseContext } from '../course/course-data';
import type { NudgeReader, NudgeTarget } from './nudge-target';

export type Nudge = components['schemas']['NudgeView'];

const nudgeKey = (id: string) => ['nudge', id] as const;
const OPEN_NUDGES = ['nudges', 'open'] as const;

/** Her open nudges (the API's default), in the API's order: the oldest first. */
export function useOpenNudges() {
  return useQuery({
    queryKey: OPEN_NUDGES,
    queryFn: async () => unwrap(await api.GET('/nudges')),
  });
}

export function useNudge(id: string) {
  return useQuery({
    queryKey: nudgeKey(id),
    queryFn: async () => unwrap(await api.GET('/nudges/{id}', { params: { path: { id } } })),
  });
}

/** "I have seen it": the answer is the nudge as it now stands, which replaces the one shown. */
export function useAcknowledgeNudge(id: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/nudges/{id}/acknowledge', { params: { path: { id } } })),
    onSuccess: (nudge) => {
      queries.setQueryData(nudgeKey(id), nudge);
      // It is no longer open: the list drops it when next shown.
      void queries.invalidateQueries({ queryKey: OPEN_NUDGES });
    },
  });
}

/**
 * Whom the nudge is about, by name, for the coordinators (the mail names nobody): the mentor or the young person of the course.
 * A mentor or a referrer follows her own link, which names no one else.
 */
export function useSubjectName(nudge: Nudge | undefined, target: NudgeTarget | undefined, reader: NudgeReader): string | undefined {
  const subjectId = nudge?.subjectId ?? '';
  const mentor = useQuery({
    queryKey: ['mentor', subjectId, 'name'],
    enabled: reader === 'staff' && target?.text === 'mentor',
    queryFn: async () => unwrap(await api.GET('/mentors/{id}', { params: { path: { id: subjectId } } })).contact.name,
  });
  const course = useCourseContext(subjectId, reader === 'staff' && target?.text === 'course');
  return target?.text === 'mentor' ? mentor.data : target?.text === 'course' ? course.data?.youngPerson.name : undefined;
}
