import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/api-error';
import type { components } from '../api/schema';

export type MyYoungPerson = components['schemas']['MentorYoungPersonView'];

export const youngPeopleKey = (mentorId: string) => ['mentor', mentorId, 'young-people'];

/** Her active courses with what each has due; the API answers only her own. */
export function useMyYoungPeople(mentorId: string) {
  return useQuery({
    queryKey: youngPeopleKey(mentorId),
    queryFn: async () => unwrap(await api.GET('/mentors/{id}/young-people', { params: { path: { id: mentorId } } })),
  });
}

/** The escalations about her young people, with the panel's advice to her. */
export function useMyEscalations() {
  return useQuery({
    queryKey: ['escalations', 'mine'],
    queryFn: async () => {
      const [open, resolved] = await Promise.all([
        api.GET('/escalations', { params: { query: { status: 'open' } } }),
        api.GET('/escalations', { params: { query: { status: 'resolved' } } }),
      ]);
      return [...unwrap(open), ...unwrap(resolved)] as Array<components['schemas']['EscalationView']>;
    },
  });
}

/** A write about one of her courses; afterwards her list (what is due) and her escalations are read again. */
export function useMentorCommand<Input, Answer>(send: (input: Input) => Promise<{ data?: Answer; error?: unknown; response: Response }>) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (input: Input) => unwrap(await send(input)),
    onSuccess: () =>
      Promise.all([queries.invalidateQueries({ queryKey: ['mentor'] }), queries.invalidateQueries({ queryKey: ['escalations'] })]),
  });
}

/** The course's phase; for a course that is not hers the API's refusal, which the page shows instead of anything else. */
export function useMentorCourse(mentorshipId: string) {
  return useQuery({
    queryKey: ['mentor', 'course', mentorshipId],
    queryFn: async () =>
      unwrap(await api.GET('/mentorships/{id}', { params: { path: { id: mentorshipId } } })) as unknown as { phase: string },
  });
}

export type HistoryEntry = { type: 'path' | 'group-meeting'; at: string; kind: string; meetingId?: string };

/** Her own path (its state, and the checklist of what her program's policy requires before approval) and her history. */
export function useMentorPath(mentorId: string) {
  return useQuery({
    queryKey: ['mentor', mentorId, 'path'],
    queryFn: async () => {
      const [path, history] = await Promise.all([
        api.GET('/mentors/{id}/path', { params: { path: { id: mentorId } } }),
        api.GET('/mentors/{id}/history', { params: { path: { id: mentorId } } }),
      ]);
      return { path: unwrap(path), history: unwrap(history) as unknown as HistoryEntry[] };
    },
  });
}
