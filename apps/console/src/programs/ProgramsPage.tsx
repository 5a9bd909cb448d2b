import './admin.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { formatNumber } from '../i18n/format';
import { usePageTitle } from '../layout/page-title';
import { usePrograms } from './program-data';

/** The programs she administers (or coordinates), each linking to its policy and set-up. */
export function ProgramsPage() {
  const { t } = useTranslation();
  usePageTitle(t('programs.title'));
  const programs = usePrograms();
  return (
    <>
      <h1>{t('programs.title')}</h1>
      {programs.isPending && <Loading />}
      {programs.error && <ErrorMessage error={programs.error} />}
      {programs.data?.length === 0 && <p>{t('programs.none')}</p>}
      {programs.data && programs.data.length > 0 && (
        <table className="table table--zebra table--responsive-headers">
          <caption className="sr-only">{t('programs.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('programs.name')}</th>
              <th scope="col">{t('programs.status')}</th>
              <th scope="col">{t('programs.policyVersion')}</th>
            </tr>
          </thead>
          <tbody>
            {programs.data.map((program) => (
              <tr key={program.id}>
                <td data-title={t('programs.name')}>
                  <Link to={`/programs/${program.id}`}>{program.name}</Link>
                </td>
                <td data-title={t('programs.status')}>{t(`programs.statuses.${program.status}`)}</td>
                <td data-title={t('programs.policyVersion')}>{formatNumber(program.policyVersion)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
