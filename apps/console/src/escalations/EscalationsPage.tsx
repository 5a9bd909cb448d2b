import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { FilterSelect } from '../components/FilterSelect';
import { formatDateTime } from '../i18n/format';
import { usePageTitle } from '../layout/page-title';
import { type EscalationFilter, type Urgency, useEscalations } from './escalation-data';

/** The escalations of her programs as the API orders them: the open ones urgent first and then the oldest, the resolved latest first. */
export function EscalationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('escalations.title'));
  const [filter, setFilter] = useState<EscalationFilter>({ status: 'open' });
  const escalations = useEscalations(filter);
  // A resolved one has come as far as it goes: the list says how it ended, and when, instead.
  const resolved = filter.status === 'resolved';
  const stage = resolved ? t('escalations.outcome') : t('escalations.phase');
  return (
    <>
      <h1>{t('escalations.title')}</h1>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <FilterSelect<EscalationFilter['status']>
          id="filter-status"
          label={t('escalations.filter.status')}
          value={filter.status}
          options={(['open', 'resolved'] as const).map((status) => ({ value: status, label: t(`escalations.status.${status}`) }))}
          onChange={(status) => status && setFilter({ ...filter, status })}
        />
        <FilterSelect<Urgency>
          id="filter-urgency"
          label={t('escalations.filter.urgency')}
          value={filter.urgency ?? ''}
          options={[
            { value: '', label: t('escalations.filter.all') },
            ...(['urgent', 'normal'] as const).map((urgency) => ({ value: urgency, label: t(`escalations.urgency.${urgency}`) })),
          ]}
          onChange={(urgency) => setFilter({ ...filter, urgency: urgency || undefined })}
        />
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
              <th scope="col">{stage}</th>
              <th scope="col">{t('escalations.raisedAt')}</th>
              {resolved && <th scope="col">{t('escalations.resolvedAt')}</th>}
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
                <td data-title={t('courses.youngPerson')}>{escalation.youngPersonName || t('courses.unnamed')}</td>
                <td data-title={t('escalations.filter.urgency')}>
                  <span className={escalation.urgency === 'urgent' ? 'badge badge-error' : 'badge badge-info'}>
                    {t(`escalations.urgency.${escalation.urgency}`)}
                  </span>
                </td>
                <td data-title={stage}>
                  {resolved
                    ? escalation.outcome && t(`escalations.outcomes.${escalation.outcome}`)
                    : t(`escalations.phases.${escalation.phase}`)}
                </td>
                <td data-title={t('escalations.raisedAt')}>{formatDateTime(escalation.raisedAt)}</td>
                {resolved && <td data-title={t('escalations.resolvedAt')}>{formatDateTime(escalation.resolvedAt)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
