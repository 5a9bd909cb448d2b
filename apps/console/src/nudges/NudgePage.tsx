import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type Session, useSession } from '../api/session';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { CommandResult } from '../course/CommandResult';
import { formatDate } from '../i18n/format';
import { usePageTitle } from '../layout/page-title';
import { roleView } from '../start/role-view';
import { type Nudge, useAcknowledgeNudge, useNudge, useSubjectName } from './nudge-data';
import { type NudgeReader, nudgeTarget } from './nudge-target';
import { kindText, raisedText } from './nudge-texts';

/** Whose links she follows: a referrer (and nothing else) has her referrals, a mentor her own pages, everyone else the console's. */
function readerOf(session: Session | undefined): NudgeReader {
  const roles = session?.principal.roles ?? [];
  if (roles.length > 0 && roles.every((role) => role === 'referrer')) return 'referrer';
  return roleView(session) === 'mentor' ? 'mentor' : 'staff';
}

/** What a nudge in her mail is about, since when, where it is dealt with, and "I have seen it" while it is open. */
export function NudgePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const nudge = useNudge(id);
  const session = useSession();
  const reader = readerOf(session.data);
  const target = nudge.data && nudgeTarget(nudge.data, reader);
  const name = useSubjectName(nudge.data, target, reader);
  usePageTitle(t('nudges.title'));
  if (nudge.isPending) return <Loading />;
  if (nudge.error) return <ErrorMessage error={nudge.error} />;
  const shown = nudge.data;
  return (
    <>
      <h1>{t('nudges.title')}</h1>
      <p className="font-lead">{kindText(shown, t)}</p>
      <p>{raisedText(shown.raisedAt, t)}</p>
      {shown.escalatedAt && <p>{t('nudges.escalated', { date: formatDate(shown.escalatedAt) })}</p>}
      <ul>
        {target && (
          <li>
            <Link to={target.path}>{name ? t(`nudges.namedLinks.${target.text}`, { name }) : t(`nudges.links.${target.text}`)}</Link>
          </li>
        )}
        {shown.reportsNudgeId && (
          <li>
            <Link to={`/nudges/${shown.reportsNudgeId}`}>{t('nudges.links.reported')}</Link>
          </li>
        )}
      </ul>
      {shown.status === 'open' ? <Acknowledge id={id} /> : <Settled nudge={shown} />}
    </>
  );
}

function Acknowledge({ id }: { id: string }) {
  const { t } = useTranslation();
  const acknowledge = useAcknowledgeNudge(id);
  return (
    <section aria-labelledby="acknowledge-heading">
      <h2 id="acknowledge-heading">{t('nudges.acknowledge.title')}</h2>
      <p>{t('nudges.acknowledge.hint')}</p>
      <button type="button" className="button button-primary" disabled={acknowledge.isPending} onClick={() => acknowledge.mutate()}>
        {t('nudges.acknowledge.submit')}
      </button>
      <CommandResult mutation={acknowledge} done={t('nudges.acknowledge.done')} />
    </section>
  );
}

/** A nudge already answered: by her "seen" or because what it chased happened; nothing is left to do here. */
function Settled({ nudge }: { nudge: Nudge }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-info">
      <div className="alert-body">
        <p className="alert-text">{t(`nudges.settled.${nudge.status}`, { date: formatDate(nudge.closedAt) })}</p>
      </div>
    </div>
  );
}
