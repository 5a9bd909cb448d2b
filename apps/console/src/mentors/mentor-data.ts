import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/api-error';
import type { components } from '../api/schema';

export type MentorOverview = components['schemas']['MentorOverviewView'];
export type MentorPhase = components['schemas']['MentorPhase'];

/** The path as GET /mentors/{id}/path answers it: its state, and the checklist of what her program's policy requires. */
export type MentorPath = components['schemas']['MentorPathView'];

/** GET /mentors/{id}/history: the path's steps and the group meetings she attended, oldest first. */
export type MentorHistoryEntry =
  | { type: 'path'; at: string; kind: string; phase: string; detail: Record<string, string> }
  | { type: 'group-meeting'; at: string; kind: string; meetingId: string };

export const mentorKey = (id: string) => ['mentor', id] as const;

/** Her programs' mentors with phase and slots in use, in one read (not one workflow query per mentor). */
export function useMentorOverview() {
  return useQuery({ queryKey: ['mentor-overview'], queryFn: async () => unwrap(await api.GET('/mentor-overview')) });
}

/** One mentor: who, where on the path (the workflow's own answer), and what she has been through. */
export function useMentor(id: string) {
  const path = { params: { path: { id } } };
  return useQuery({
    queryKey: mentorKey(id),
    queryFn: async () => {
      const [mentor, state, history] = await Promise.all([
        api.GET('/mentors/{id}', path),
        api.GET('/mentors/{id}/path', path),
        api.GET('/mentors/{id}/history', path),
      ]);
      return {
        mentor: unwrap(mentor),
        // A mentor who has not applied has no path yet: the page offers the application instead.
        path: state.response.status === 404 ? null : unwrap(state),
        history: unwrap(history) as unknown as MentorHistoryEntry[],
      };
    },
  });
}

/** One of the path's commands: refused with its reason or done, after which the mentor and the lists are read again. */
export function useMentorCommand<Input>(
  id: string,
  send: (input: Input) => Promise<{ data?: unknown; error?: unknown; response: Response }>,
) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (input: Input) => unwrap(await send(input)),
    onSuccess: async () => {
      await queries.invalidateQueries({ queryKey: mentorKey(id) });
      await queries.invalidateQueries({ queryKey: ['mentor-overview'] });
      await queries.invalidateQueries({ queryKey: ['today'] });
    },
  });
}
