import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { Acknowledge, Advise, Resolve } from '../escalations/EscalationActions';
import { AboutAndAdvice, EscalationHeading, EscalationTimes } from '../escalations/EscalationSummary';
import { usePageTitle } from '../layout/page-title';
import { usePanelEscalation } from './panel-data';

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
      <EscalationHeading escalation={e} />
      <EscalationTimes escalation={e} />
      <AboutAndAdvice escalation={e} />
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
