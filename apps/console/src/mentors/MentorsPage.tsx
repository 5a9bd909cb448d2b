import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { formatDate, formatNumber } from '../i18n/format';
import { usePageTitle } from '../layout/page-title';
import { useMentorOverview } from './mentor-data';

/** Her programs' mentors: where each is on the path and how many of her slots are in use, each opening her mentor page. */
export function MentorsPage() {
  const { t } = useTranslation();
  usePageTitle(t('mentors.title'));
  const mentors = useMentorOverview();
  return (
    <>
      <h1>{t('mentors.title')}</h1>
      {mentors.isPending && <Loading />}
      {mentors.error && <ErrorMessage error={mentors.error} />}
      {mentors.data && mentors.data.length === 0 && <p>{t('mentors.none')}</p>}
      {mentors.data && mentors.data.length > 0 && (
        <table className="table table--zebra table--responsive-headers">
          <caption className="sr-only">{t('mentors.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('mentors.name')}</th>
              <th scope="col">{t('mentors.phase')}</th>
              <th scope="col">{t('mentors.capacity')}</th>
            </tr>
          </thead>
          <tbody>
            {mentors.data.map((mentor) => (
              <tr key={mentor.mentorId}>
                <td data-title={t('mentors.name')}>
                  <Link to={`/mentors/${mentor.mentorId}`}>{mentor.name}</Link>
                </td>
                <td data-title={t('mentors.phase')}>
                  {mentor.phase
                    ? t('mentors.phaseSince', { phase: t(`mentors.phases.${mentor.phase}`), date: formatDate(mentor.phaseSince) })
                    : t('mentors.notApplied')}
                </td>
                <td data-title={t('mentors.capacity')}>
                  {t('mentors.slotsInUse', { used: formatNumber(mentor.slotsInUse), capacity: formatNumber(mentor.capacity) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
