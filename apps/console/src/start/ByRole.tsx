import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useSession } from '../api/session';
import { roleView, type RoleView } from './role-view';

/** One address, the page her role gets there (a mail's link to an escalation opens a panel member's page, a coordinator's hers). */
export function ByRole({ staff, ...pages }: { staff: ReactNode } & Partial<Record<Exclude<RoleView, 'staff'>, ReactNode>>) {
  const view = roleView(useSession().data);
  return <>{view === 'staff' ? staff : (pages[view] ?? staff)}</>;
}

/**
 * After signing in, at `/`: a mentor lands on her young people, a panel member on the escalations put to her, a referrer on her
 * referrals.
 */
export function StartPage({ staff }: { staff: ReactNode }) {
  const session = useSession().data;
  const view = roleView(session);
  if (view === 'mentor') return <Navigate replace to={`/mentors/${session!.principal.mentorId}/young-people`} />;
  if (view === 'panel') return <Navigate replace to="/escalations" />;
  if (view === 'referrer') return <Navigate replace to="/my-referrals" />;
  return <>{staff}</>;
}
