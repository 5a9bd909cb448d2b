import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiFailure, unwrap } from '../api/api-error';
import { courseKey } from './course-data';

/** Where a refusal for a phase the course has left is kept, for the page to show once it has read the course again. */
export const movedOnKey = (id: string) => [...courseKey(id), 'moved-on'] as const;

/**
 * One of the course's commands: sent once, refused with its reason or done, after which the course is read again. A refusal for
 * the phase means the course moved on while the page stood open (another tab, a colleague, the engine): the course is read again
 * too, so the page offers what it takes now, and the refusal is kept for the page to show (this form may be gone by then).
 */
export function useCourseCommand<Input>(
  id: string,
  send: (input: Input) => Promise<{ data?: unknown; error?: unknown; response: Response }>,
) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (input: Input) => unwrap(await send(input)),
    onSuccess: () => queries.invalidateQueries({ queryKey: courseKey(id) }),
    onError: (error) => {
      if (!(error instanceof ApiFailure) || error.body.code !== 'wrong-phase') return;
      queries.setQueryData(movedOnKey(id), error);
      void queries.invalidateQueries({ queryKey: courseKey(id) });
    },
  });
}
