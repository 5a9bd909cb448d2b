import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { formatDateTime } from '../i18n/format';
import { usePageTitle } from '../layout/page-title';
import { useCourses } from '../pages/courses-data';
import { type EscalationFilter, useEscalations } from './escalation-data';

/** The escalations of her programs, urgent first and then the oldest, as the API orders them. */
export function EscalationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('escalations.title'));
  const [filter, setFilter] = useState<EscalationFilter>({ status: 'open' });
  const escalations = useEscalations(filter);
  const courses = useCourses();
  const nameOf = (mentorshipId: string) => courses.data?.find((course) => course.id === mentorshipId)?.name ?? '–';
  return (
    <>
      <h1>{t('escalations.title')}</h1>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <div className="form-group">
          <label className="form-label" htmlFor="filter-status">
            {t('escalations.filter.status')}
          </label>
          <select
            id="filter-status"
            className="form-select"
            value={filter.status}
            onChange={(event) => setFilter({ ...filter, status: event.target.value as EscalationFilter['status'] })}
          >
            <option value="open">{t('escalations.status.open')}</option>
            <option value="resolved">{t('escalations.status.resolved')}</option>
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="filter-urgency">
            {t('escalations.filter.urgency')}
          </label>
          <select
            id="filter-urgency"
            className="form-select"
            value={filter.urgency ?? ''}
            onChange={(event) => setFilter({ ...filter, urgency: (event.target.value || undefined) as EscalationFilter['urgency'] })}
          >
            <option value="">{t('escalations.filter.all')}</option>
            <option value="urgent">{t('escalations.urgency.urgent')}</option>
            <option value="normal">{t('escalations.urgency.normal')}</option>
          </select>
        </div>
      </form>
      {escalations.isPending && <Loading />}
      {escalations.error && <ErrorMessage error={escalations.error} />}
      {escalations.data?.length === 0 && <p>{t('escalations.none')}</p>}
      {escalations.data && escalations.data.length > 0 && (
        <table className="table table--zebra table--responsive-headers">
          <caption className="sr-only">{t('escalations.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('escalations.reason')}</th>
              <th scope="col">{t('courses.youngPerson')}</th>
              <th scope="col">{t('escalations.filter.urgency')}</th>
              <th scope="col">{t('escalations.phase')}</th>
              <th scope="col">{t('escalations.raisedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {escalations.data.map((escalation) => (
              <tr key={escalation.id}>
                <td data-title={t('escalations.reason')}>
                  <Link to={`/escalations/${escalation.id}`}>
                    {t(`escalations.reasons.${escalation.reason}`)} (
                    {t(`escalations.categories.${escalation.category}`, escalation.category)})
                  </Link>
                </td>
                <td data-title={t('courses.youngPerson')}>{nameOf(escalation.mentorshipId)}</td>
                <td data-title={t('escalations.filter.urgency')}>
                  <span className={escalation.urgency === 'urgent' ? 'badge badge-error' : 'badge badge-info'}>
                    {t(`escalations.urgency.${escalation.urgency}`)}
                  </span>
                </td>
                <td data-title={t('escalations.phase')}>{t(`escalations.phases.${escalation.phase}`)}</td>
                <td data-title={t('escalations.raisedAt')}>{formatDateTime(escalation.raisedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
