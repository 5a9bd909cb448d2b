import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession, workflowLink } from '../api/session';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { usePageTitle } from '../layout/page-title';
import { EscalationCommands } from './EscalationCommands';
import { AboutAndAdvice, EscalationHeading, EscalationTimes } from './EscalationSummary';
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
      <EscalationHeading escalation={e}>
        {' '}
        <span className="badge badge-info">{t(`escalations.levels.${e.level}`)}</span>
      </EscalationHeading>
      {operatorLink && (
        <p>
          <a href={operatorLink} target="_blank" rel="noreferrer">
            {t('operators.workflowLink')}
          </a>
        </p>
      )}
      <EscalationTimes escalation={e}>
        {e.mentorshipId && (
          <>
            <dt>{t('courses.youngPerson')}</dt>
            <dd>{e.youngPersonName || t('courses.unnamed')}</dd>
            <dt>{t('escalations.course')}</dt>
            <dd>
              <Link to={`/mentorships/${e.mentorshipId}`}>{t('escalations.openCourse', { phase: t(`phases.${e.mentorshipPhase}`) })}</Link>
            </dd>
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
      </EscalationTimes>
      <AboutAndAdvice escalation={e} />
      <h2>{t('escalations.commands')}</h2>
      <EscalationCommands escalation={e} />
    </>
  );
}
