import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/api-error';
import type { components } from '../api/schema';

export type Escalation = components['schemas']['EscalationView'];
export type EscalationFilter = { status: 'open' | 'resolved'; urgency?: 'urgent' | 'normal' };

export function useEscalations(filter: EscalationFilter) {
  return useQuery({
    queryKey: ['escalations', filter],
    queryFn: async () => unwrap(await api.GET('/escalations', { params: { query: filter } })),
  });
}

export function useEscalation(id: string) {
  return useQuery({
    queryKey: ['escalation', id],
    queryFn: async () => unwrap(await api.GET('/escalations/{id}', { params: { path: { id } } })),
  });
}

/** The program's panel members, whom an escalation can be handed to. */
export function usePanelMembers(enabled: boolean) {
  return useQuery({ queryKey: ['panel-members'], enabled, queryFn: async () => unwrap(await api.GET('/panel-members')) });
}

/** An escalation command: its answer is the escalation as it now stands, which replaces the one shown. */
export function useEscalationCommand<Input>(
  id: string,
  send: (input: Input) => Promise<{ data?: unknown; error?: unknown; response: Response }>,
) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (input: Input) => unwrap(await send(input)) as Escalation,
    onSuccess: (escalation) => {
      queries.setQueryData(['escalation', id], escalation);
      void queries.invalidateQueries({ queryKey: ['escalations'] });
    },
  });
}
