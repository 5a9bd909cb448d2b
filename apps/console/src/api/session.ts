import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, setCsrfToken } from './client';
import { unwrap } from './api-error';

export interface Session {
  principal: {
    id: string;
    roles: string[];
    coordinatorId?: string;
    mentorId?: string;
    panelMemberId?: string;
    language: 'da' | 'en';
    via: string;
  };
  name: string | null;
  csrfToken: string | null;
  /** For operators: where each workflow is seen in the Temporal Web UI. */
  temporalUi?: { url: string; namespace: string } | null;
}

/**
 * Who is signed in; the CSRF token it returns goes on every write from here on. index.html preloads the answer while the scripts load;
 * the browser hands it to this request only when the two match, so this one sends no Accept header of its own, as the preload does not.
 */
export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: async () => {
    const session = unwrap(await api.GET('/session', { headers: { Accept: null } })) as unknown as Session;
    setCsrfToken(session.csrfToken);
    return session;
  },
  staleTime: Infinity,
});

export const useSession = () => useQuery(sessionQuery);

/** A workflow's page in the Temporal Web UI, for an operator; undefined for everyone else. */
export function workflowLink(session: Session | undefined, workflowId: string): string | undefined {
  const ui = session?.temporalUi;
  if (!ui) return undefined;
  return `${ui.url}/namespaces/${encodeURIComponent(ui.namespace)}/workflows/${encodeURIComponent(workflowId)}`;
}
