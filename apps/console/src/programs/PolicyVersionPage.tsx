import './admin.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { formatDateTime } from '../i18n/format';
import { usePageTitle } from '../layout/page-title';
import { PolicyForm } from './PolicyForm';
import type { PolicyDocument } from './policy-values';
import { usePolicyVersion } from './program-data';

/** An earlier version of a program's policy, as it read then: the same form, read-only. */
export function PolicyVersionPage() {
  const { t } = useTranslation();
  const { id = '', version = '' } = useParams();
  const number = Number(version);
  const policy = usePolicyVersion(id, number);
  usePageTitle(t('programs.versions.link', { version: number }));
  return (
    <>
      <p>
        <Link to={`/programs/${id}`}>{t('programs.backToProgram')}</Link>
      </p>
      <h1>{t('programs.versions.link', { version: number })}</h1>
      {policy.isPending && <Loading />}
      {policy.error && <ErrorMessage error={policy.error} />}
      {policy.data && (
        <>
          <p>{t('programs.versions.savedAt', { at: formatDateTime(policy.data.createdAt) })}</p>
          <PolicyForm key={number} programId={id} policy={policy.data.policy as PolicyDocument} readOnly />
        </>
      )}
    </>
  );
}
