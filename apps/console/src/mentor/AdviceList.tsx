import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { formatDateTime } from '../i18n/format';
import { useMyEscalations } from './mentor-data';

/** What she (or the engine) has put to the panel about this young person, and the advice given, newest first. */
export function AdviceList({ mentorshipId }: { mentorshipId: string }) {
  const { t } = useTranslation();
  const escalations = useMyEscalations();
  if (escalations.isPending) return <Loading />;
  if (escalations.error) return <ErrorMessage error={escalations.error} />;
  const about = escalations.data
    .filter((escalation) => escalation.mentorshipId === mentorshipId)
    .sort((a, b) => String(b.raisedAt).localeCompare(String(a.raisedAt)));
  if (about.length === 0) return <p>{t('mentor.advice.none')}</p>;
  return (
    <ul className="advice-list">
      {about.map((escalation) => (
        <li key={escalation.id}>
          <p>
            <strong>{t(`escalations.reasons.${escalation.reason}`)}</strong> · {formatDateTime(escalation.raisedAt)} ·{' '}
            {t(`escalations.phases.${escalation.phase}`)}
          </p>
          {escalation.question && <blockquote className="question">{escalation.question}</blockquote>}
          {escalation.responses.length === 0 ? (
            <p className="form-hint">{t('escalations.noAdvice')}</p>
          ) : (
            escalation.responses.map((response) => (
              <div key={response.id} className="advice">
                <p className="advice-text">{response.advice}</p>
                <p className="form-hint">{t('mentor.advice.given', { at: formatDateTime(response.respondedAt) })}</p>
              </div>
            ))
          )}
        </li>
      ))}
    </ul>
  );
}
