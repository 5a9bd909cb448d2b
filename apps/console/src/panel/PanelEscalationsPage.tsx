import '../mentor/phone-pages.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { UrgencyBadge } from '../escalations/EscalationFacts';
import { usePanelEscalations } from './panel-data';
import { formatDateTime } from '../i18n/format';
import { usePageTitle } from '../layout/page-title';

/**
 * The escalations put to her, urgent first and then the oldest (the API's order: of one urgency, the oldest has the nearest deadline).
 * Each shows only what the escalation needs: no young person's name.
 */
export function PanelEscalationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('panel.title'));
  const escalations = usePanelEscalations();
  return (
    <>
      <h1>{t('panel.title')}</h1>
      <p>{t('panel.intro')}</p>
      {escalations.isPending && <Loading />}
      {escalations.error && <ErrorMessage error={escalations.error} />}
      {escalations.data?.length === 0 && <p>{t('panel.none')}</p>}
      <ul className="panel-escalations">
        {escalations.data?.map((escalation) => (
          <li key={escalation.id} className="young-person-card">
            <h2 className="h3">
              <Link to={`/escalations/${escalation.id}`}>
                {t(`escalations.reasons.${escalation.reason}`)}: {t(`escalations.categories.${escalation.category}`, escalation.category)}
              </Link>
            </h2>
            <p>
              <UrgencyBadge urgency={escalation.urgency} />{' '}
              <span className="badge badge-info">{t(`escalations.phases.${escalation.phase}`)}</span>
            </p>
            <p className="form-hint">
              {t('escalations.raisedAt')}: {formatDateTime(escalation.raisedAt)}
              {escalation.yours ? '' : ` · ${t('panel.notYoursNow')}`}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
