import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Session } from '../api/session';
import { roleView } from './role-view';

/** A mentor's, a panel member's and a referrer's menu: only their own pages. */
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
  if (view === 'referrer') {
    return (
      <>
        <li>
          <NavLink to="/my-referrals" end className="nav-link">
            <span>{t('nav.myReferrals')}</span>
          </NavLink>
        </li>
        <li>
          <NavLink to="/my-referrals/new" className="nav-link">
            <span>{t('nav.refer')}</span>
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
