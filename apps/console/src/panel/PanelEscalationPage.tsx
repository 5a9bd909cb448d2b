import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { Acknowledge, Advise, Resolve } from '../escalations/EscalationCommands';
import { Facts, UrgencyBadge } from '../escalations/EscalationFacts';
import { usePanelEscalation } from './panel-data';
import { formatDateTime } from '../i18n/format';
import { usePageTitle } from '../layout/page-title';

/** One escalation put to her: what it is about, its deadlines, the advice so far; acknowledge, advise, and hand it back when done. */
export function PanelEscalationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  usePageTitle(t('escalations.detailTitle'));
  const escalation = usePanelEscalation(id);
  const back = (
    <p>
      <Link to="/escalations">{t('panel.back')}</Link>
    </p>
  );
  if (escalation.isPending) return <Loading />;
  if (escalation.error)
    return (
      <>
        {back}
        <ErrorMessage error={escalation.error} />
      </>
    );
  const e = escalation.data;
  return (
    <>
      {back}
      <h1>
        {t(`escalations.reasons.${e.reason}`)}: {t(`escalations.categories.${e.category}`, e.category)}
      </h1>
      <p>
        <UrgencyBadge urgency={e.urgency} /> <span className="badge badge-info">{t(`escalations.phases.${e.phase}`)}</span>
      </p>
      <dl className="facts">
        <dt>{t('escalations.raisedAt')}</dt>
        <dd>{formatDateTime(e.raisedAt)}</dd>
        {e.acknowledgeBy && (
          <>
            <dt>{t('escalations.acknowledgeBy')}</dt>
            <dd>{formatDateTime(e.acknowledgeBy)}</dd>
          </>
        )}
        {e.respondBy && (
          <>
            <dt>{t('escalations.respondBy')}</dt>
            <dd>{formatDateTime(e.respondBy)}</dd>
          </>
        )}
      </dl>
      <h2>{t('escalations.about')}</h2>
      {e.question ? <blockquote className="question">{e.question}</blockquote> : <Facts facts={e.facts} />}
      <h2>{t('escalations.advice')}</h2>
      {e.responses.length === 0 ? (
        <p>{t('escalations.noAdvice')}</p>
      ) : (
        <ul>
          {e.responses.map((response) => (
            <li key={response.id}>
              <p className="advice">{response.advice}</p>
              <p className="form-hint">{formatDateTime(response.respondedAt)}</p>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('escalations.commands')}</h2>
      {e.status !== 'open' ? (
        <p>{t('escalations.closedNoCommands')}</p>
      ) : !e.yours ? (
        <p>{t('panel.notYoursNow')}</p>
      ) : (
        <div className="escalation-commands">
          {e.phase === 'awaiting-acknowledgement' && <Acknowledge id={id} />}
          <Advise id={id} />
          <p>{t('panel.handBack')}</p>
          <Resolve id={id} />
        </div>
      )}
    </>
  );
}
