import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../api/api-error';
import { courseKey } from './course-data';

/** One of the course's commands: sent once, refused with its reason or done, after which the course is read again. */
export function useCourseCommand<Input>(
  id: string,
  send: (input: Input) => Promise<{ data?: unknown; error?: unknown; response: Response }>,
) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (input: Input) => unwrap(await send(input)),
    onSuccess: () => queries.invalidateQueries({ queryKey: courseKey(id) }),
  });
}
