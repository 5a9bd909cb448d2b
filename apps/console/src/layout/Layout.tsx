import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { api, signInUrl } from '../api/client';
import { useSession, type Session } from '../api/session';
import { Loading } from '../components/ErrorMessage';
import { useAccountLanguage } from '../i18n/account-language';
import { RoleNav } from '../start/RoleNav';
import { roleView } from '../start/role-view';
import { LanguageSwitch } from './LanguageSwitch';
import { useSignedInName } from './signed-in-name';

/** Det Fælles Designsystem's header (service name, who is signed in, signing out), a navigation, and the page's main region. */
export function Layout() {
  const { t } = useTranslation();
  const session = useSession();
  const name = useSignedInName(session.data);
  useAccountLanguage(session.data?.principal.language);
  const roles = session.data?.principal.roles ?? [];
  const may = (...allowed: string[]) => roles.some((role) => allowed.includes(role));
  const signOut = async () => {
    await api.POST('/sign-out');
    window.location.assign(signInUrl('/'));
  };
  return (
    <>
      <a className="skipnav" href="#main-content">
        {t('layout.skipToContent')}
      </a>
      <header className="header">
        <div className="portal-info">
          <div className="portal-info-inner container">
            <span className="service-mark">Mentorflow</span>
            {session.data && (
              <div className="portal-user">
                <p className="user">
                  <span className="sr-only">{t('layout.signedInAs')} </span>
                  <strong>{name}</strong>
                  <span className="roles"> · {session.data.principal.roles.map((role) => t(`roles.${role}`)).join(', ')}</span>
                </p>
                <button type="button" className="button button-secondary" onClick={signOut}>
                  {t('layout.signOut')}
                </button>
              </div>
            )}
          </div>
        </div>
        <div className="solution-info">
          <div className="solution-info-inner container">
            <div className="solution-heading">
              <NavLink to="/">{t(serviceNameKey(session.data))}</NavLink>
            </div>
            <LanguageSwitch />
          </div>
        </div>
        <nav className="navigation-menu" aria-label={t('layout.navigation')}>
          <div className="navigation-menu-inner container">
            <div className="nav">
              <ul className="mainmenu">
                {roleView(session.data) !== 'staff' ? (
                  <RoleNav session={session.data} />
                ) : (
                  <>
                    <li>
                      <NavLink to="/" end className="nav-link">
                        <span>{t('nav.today')}</span>
                      </NavLink>
                    </li>
                    <li>
                      <NavLink to="/mentorships" className="nav-link">
                        <span>{t('nav.courses')}</span>
                      </NavLink>
                    </li>
                    {session.data?.principal.roles.includes('coordinator') && (
                      <li>
                        <NavLink to="/mentors" className="nav-link">
                          <span>{t('nav.mentors')}</span>
                        </NavLink>
                      </li>
                    )}
                    <li>
                      <NavLink to="/escalations" className="nav-link">
                        <span>{t('nav.escalations')}</span>
                      </NavLink>
                    </li>
                    {may('coordinator') && (
                      <li>
                        <NavLink to="/referrals/new" className="nav-link">
                          <span>{t('nav.newReferral')}</span>
                        </NavLink>
                      </li>
                    )}
                    {may('program-admin', 'coordinator') && (
                      <li>
                        <NavLink to="/programs" className="nav-link">
                          <span>{t('nav.programs')}</span>
                        </NavLink>
                      </li>
                    )}
                    {may('coordinator', 'operator') && (
                      <li>
                        <NavLink to="/reports" className="nav-link">
                          <span>{t('nav.reports')}</span>
                        </NavLink>
                      </li>
                    )}
                    {may('referrer') && (
                      <li>
                        <NavLink to="/my-referrals" className="nav-link">
                          <span>{t('nav.myReferrals')}</span>
                        </NavLink>
                      </li>
                    )}
                  </>
                )}
              </ul>
            </div>
          </div>
        </nav>
      </header>
      <main id="main-content" className="container" tabIndex={-1}>
        {session.isPending ? <Loading /> : <Outlet />}
      </main>
    </>
  );
}

/** The solution's name as its user knows it: a mentor, a panel member or a referrer does not work in the coordinators' console. */
function serviceNameKey(session: Session | undefined): string {
  const view = roleView(session);
  if (view === 'mentor') return 'layout.serviceNameMentor';
  if (view === 'panel') return 'layout.serviceNamePanel';
  const roles = session?.principal.roles ?? [];
  if (roles.length > 0 && roles.every((role) => role === 'referrer')) return 'layout.serviceNameReferrer';
  return 'layout.serviceName';
}
