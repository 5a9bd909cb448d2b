import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../api/api-error';

/**
 * An escalation command, a coordinator's or a panel member's: its answer is the escalation as it now stands (as the caller may
 * see it), which replaces the one shown. Apart from escalation-data.ts, so a panel member's phone does not load the coordinators'.
 */
export function useEscalationCommand<Input>(
  id: string,
  send: (input: Input) => Promise<{ data?: unknown; error?: unknown; response: Response }>,
) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (input: Input) => unwrap(await send(input)),
    onSuccess: (escalation) => {
      queries.setQueryData(['escalation', id], escalation);
      void queries.invalidateQueries({ queryKey: ['escalations'] });
    },
  });
}
