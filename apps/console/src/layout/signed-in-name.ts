import { useTranslation } from 'react-i18next';
import type { Session } from '../api/session';

/** Her name from her own row; an account without one is named by its role. */
export function useSignedInName(session: Session | undefined): string {
  const { t } = useTranslation();
  if (!session) return '';
  return session.name ?? t(`roles.${session.principal.roles[0]}`);
}
