import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/api-error';
import type { components } from '../api/schema';

export type Escalation = components['schemas']['EscalationView'];
type PanelEscalation = components['schemas']['PanelEscalationView'];

/**
 * The API answers an escalation whole or as the panel sees it, by the caller's relation to it; the console is a
 * coordinator's, to whom it is always whole.
 */
function whole(escalation: Escalation | PanelEscalation): Escalation {
  if (!('mentorshipId' in escalation)) throw new Error('this console shows escalations to their coordinators only');
  return escalation;
}

export type Urgency = Escalation['urgency'];
export type EscalationFilter = { status: 'open' | 'resolved'; urgency?: Urgency };

export function useEscalations(filter: EscalationFilter) {
  return useQuery({
    queryKey: ['escalations', filter],
    queryFn: async () => unwrap(await api.GET('/escalations', { params: { query: filter } })).map(whole),
  });
}

export function useEscalation(id: string) {
  return useQuery({
    queryKey: ['escalation', id],
    queryFn: async () => whole(unwrap(await api.GET('/escalations/{id}', { params: { path: { id } } }))),
  });
}

/** The program's panel members, whom an escalation can be handed to. */
export function usePanelMembers(enabled: boolean) {
  return useQuery({ queryKey: ['panel-members'], enabled, queryFn: async () => unwrap(await api.GET('/panel-members')) });
}
