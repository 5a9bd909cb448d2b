import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Session } from '../api/session';
import { roleView } from './role-view';

/** A mentor's and a panel member's menu: only their own pages. */
export function RoleNav({ session }: { session: Session | undefined }) {
  const { t } = useTranslation();
  const view = roleView(session);
  const mentorId = session?.principal.mentorId;
  if (view === 'mentor' && mentorId) {
    return (
      <>
        <li>
          <NavLink to={`/mentors/${mentorId}/young-people`} className="nav-link">
            <span>{t('nav.myYoungPeople')}</span>
          </NavLink>
        </li>
        <li>
          <NavLink to={`/mentors/${mentorId}/path`} className="nav-link">
            <span>{t('nav.myPath')}</span>
          </NavLink>
        </li>
      </>
    );
  }
  return (
    <li>
      <NavLink to="/escalations" className="nav-link">
        <span>{t('nav.panelEscalations')}</span>
      </NavLink>
    </li>
  );
}
