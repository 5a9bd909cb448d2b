import './admin.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../api/session';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { usePageTitle } from '../layout/page-title';
import { CoordinatorsSection } from './CoordinatorsSection';
import { PanelSection } from './PanelSection';
import { PolicyForm } from './PolicyForm';
import type { PolicyDocument } from './policy-values';
import { useProgram } from './program-data';
import { QuotasSection } from './QuotasSection';

/** A program: its policy as a form (a program administrator saves a new version), its versions, quotas, panel and coordinators. */
export function ProgramPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const program = useProgram(id);
  const session = useSession();
  const admin = session.data?.principal.roles.includes('program-admin') ?? false;
  usePageTitle(program.data?.name ?? t('programs.title'));
  if (program.isPending) return <Loading />;
  if (program.error) return <ErrorMessage error={program.error} />;
  const { name, policyVersion, policy } = program.data;
  const categories = ((policy as { escalations?: { categories?: string[] } }).escalations?.categories ?? []) as string[];
  const older = Array.from({ length: policyVersion - 1 }, (_, index) => policyVersion - 1 - index);
  return (
    <>
      <p>
        <Link to="/programs">{t('programs.backToList')}</Link>
      </p>
      <h1>{name}</h1>
      <nav aria-label={t('programs.onThisPage')} className="page-sections">
        <ul className="nobullet-list">
          <li>
            <a href="#policy-heading">{t('programs.policyTitle')}</a>
          </li>
          <li>
            <a href="#versions-heading">{t('programs.versions.title')}</a>
          </li>
          <li>
            <a href="#quotas-heading">{t('programs.quotas.title')}</a>
          </li>
          <li>
            <a href="#panel-heading">{t('programs.panel.title')}</a>
          </li>
          {admin && (
            <li>
              <a href="#coordinators-heading">{t('programs.coordinators.title')}</a>
            </li>
          )}
        </ul>
      </nav>
      <section aria-labelledby="policy-heading">
        <h2 id="policy-heading">{t('programs.policyTitle')}</h2>
        <p>{t('programs.policyIntro', { version: policyVersion })}</p>
        <PolicyForm programId={id} policy={policy as PolicyDocument} readOnly={!admin} />
      </section>
      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">{t('programs.versions.title')}</h2>
        <p>{t('programs.versions.current', { version: policyVersion })}</p>
        {older.length === 0 ? (
          <p>{t('programs.versions.none')}</p>
        ) : (
          <ul>
            {older.map((version) => (
              <li key={version}>
                <Link to={`/programs/${id}/versions/${version}`}>{t('programs.versions.link', { version })}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <QuotasSection programId={id} manage={admin} />
      <PanelSection programId={id} categories={categories} manage={admin} />
      {admin && <CoordinatorsSection programId={id} />}
    </>
  );
}
