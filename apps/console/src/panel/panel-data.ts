import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/api-error';
import type { components } from '../api/schema';

/** An escalation as a panel member sees it: what it is about and its advice, not whose course it is. */
export type PanelEscalation = components['schemas']['PanelEscalationView'];

/** The open escalations put to her, urgent first and then the oldest (the API's order). */
export function usePanelEscalations() {
  return useQuery({
    queryKey: ['escalations', { status: 'open' }],
    queryFn: async (): Promise<PanelEscalation[]> => unwrap(await api.GET('/escalations', { params: { query: { status: 'open' } } })),
  });
}

/** One put to her; the escalation commands replace it under the same key with the answer they get. */
export function usePanelEscalation(id: string) {
  return useQuery({
    queryKey: ['escalation', id],
    queryFn: async (): Promise<PanelEscalation> => unwrap(await api.GET('/escalations/{id}', { params: { path: { id } } })),
  });
}
