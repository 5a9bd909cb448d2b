import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession, workflowLink } from '../api/session';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { formatDateTime } from '../i18n/format';
import { usePageTitle } from '../layout/page-title';
import { EscalationCommands } from './EscalationCommands';
import { Facts, UrgencyBadge } from './EscalationFacts';
import { useEscalation } from './escalation-data';

/** One escalation: what set it off or what was asked, its deadlines and advice, and what can be done with it now. */
export function EscalationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const escalation = useEscalation(id);
  const session = useSession();
  usePageTitle(t('escalations.detailTitle'));
  if (escalation.isPending) return <Loading />;
  if (escalation.error) return <ErrorMessage error={escalation.error} />;
  const e = escalation.data;
  const operatorLink = workflowLink(session.data, e.workflowId ?? `escalation-${e.id}`);
  return (
    <>
      <h1>
        {t(`escalations.reasons.${e.reason}`)}: {t(`escalations.categories.${e.category}`, e.category)}
      </h1>
      <p>
        <UrgencyBadge urgency={e.urgency} /> <span className="badge badge-info">{t(`escalations.phases.${e.phase}`)}</span>{' '}
        <span className="badge badge-info">{t(`escalations.levels.${e.level}`)}</span>
      </p>
      {operatorLink && (
        <p>
          <a href={operatorLink} target="_blank" rel="noreferrer">
            {t('operators.workflowLink')}
          </a>
        </p>
      )}
      <dl className="facts">
        <dt>{t('escalations.raisedAt')}</dt>
        <dd>{formatDateTime(e.raisedAt)}</dd>
        {e.mentorshipId && (
          <>
            <dt>{t('escalations.course')}</dt>
            <dd>
              <Link to={`/mentorships/${e.mentorshipId}`}>{t('escalations.openCourse', { phase: t(`phases.${e.mentorshipPhase}`) })}</Link>
            </dd>
          </>
        )}
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
        <dt>{t('escalations.yours')}</dt>
        <dd>{e.yours ? t('common.yesNo.yes') : t('common.yesNo.no')}</dd>
        {e.outcome && (
          <>
            <dt>{t('escalations.outcome')}</dt>
            <dd>{t(`escalations.outcomes.${e.outcome}`)}</dd>
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
      <EscalationCommands escalation={e} />
    </>
  );
}
