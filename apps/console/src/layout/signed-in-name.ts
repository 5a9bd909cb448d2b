import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Session } from '../api/session';

/** Her name from her coordinator row; a person signed in in another role is named by the role. */
export function useSignedInName(session: Session | undefined): string {
  const { t } = useTranslation();
  const coordinatorId = session?.principal.coordinatorId;
  const row = useQuery({
    queryKey: ['coordinator', coordinatorId],
    enabled: !!coordinatorId,
    queryFn: async () => (await api.GET('/coordinators/{id}', { params: { path: { id: coordinatorId! } } })).data,
  });
  const contact = (row.data as { contact?: { name?: string } } | undefined)?.contact;
  return contact?.name ?? (session ? t(`roles.${session.principal.roles[0]}`) : '');
}
