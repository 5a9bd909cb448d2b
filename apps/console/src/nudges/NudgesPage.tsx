import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { formatDate, formatNumber } from '../i18n/format';
import { usePageTitle } from '../layout/page-title';
import { type Nudge, useOpenNudges } from './nudge-data';
import { urgentThenNewest } from './nudge-order';
import { kindText, raisedText } from './nudge-texts';

/**
 * The nudges waiting for her (the daily digest's link): each one what it is about and since when, linking to its own page, where it
 * is answered. Those passed on unanswered come first, then the newest.
 */
export function NudgesPage() {
  const { t } = useTranslation();
  usePageTitle(t('nudges.list.title'));
  const nudges = useOpenNudges();
  return (
    <>
      <h1>{t('nudges.list.title')}</h1>
      {nudges.isPending && <Loading />}
      {nudges.error && <ErrorMessage error={nudges.error} />}
      {nudges.data?.length === 0 && (
        <div className="alert alert-success">
          <div className="alert-body">
            <p className="alert-heading">{t('nudges.list.none')}</p>
            <p className="alert-text">{t('nudges.list.noneMore')}</p>
          </div>
        </div>
      )}
      {!!nudges.data?.length && (
        <>
          <p className="font-lead">{t('nudges.list.lead', { count: nudges.data.length, shown: formatNumber(nudges.data.length) })}</p>
          <ul className="today-items">
            {urgentThenNewest(nudges.data).map((nudge) => (
              <NudgeRow key={nudge.id} nudge={nudge} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function NudgeRow({ nudge }: { nudge: Nudge }) {
  const { t } = useTranslation();
  return (
    <li className={nudge.escalatedAt ? 'today-item today-item--urgent' : 'today-item'}>
      <p className="today-item-title">
        <Link to={`/nudges/${nudge.id}`}>{kindText(nudge, t)}</Link>
        {nudge.escalatedAt && <span className="today-urgent">{t('nudges.list.passedOn')}</span>}
      </p>
      <p className="today-item-meta">
        {raisedText(nudge.raisedAt, t)}
        {nudge.escalatedAt && <> {t('nudges.escalated', { date: formatDate(nudge.escalatedAt) })}</>}
      </p>
    </li>
  );
}
