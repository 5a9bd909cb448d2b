import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useSession } from '../api/session';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { formatAge, formatDate, formatNumber } from '../i18n/format';
import { usePageTitle } from '../layout/page-title';
import { groupByKind, linkOf, TODAY_KINDS, useToday, type TodayCounts, type TodayItem, type TodayKind } from './today-data';
import { reasonText } from './today-reason';

/** Who starts her day here: the API answers GET /today to these roles only, so everyone else starts at the courses. */
const STARTS_HERE = ['coordinator', 'program-admin'];

/** The console's start page: what needs her now across her programs, counted on top, then each kind's rows in the API's order. */
export function StartPage() {
  const session = useSession();
  if (!session.data?.principal.roles.some((role) => STARTS_HERE.includes(role))) return <Navigate to="/mentorships" replace />;
  return <TodayPage />;
}

function TodayPage() {
  const { t } = useTranslation();
  usePageTitle(t('today.title'));
  const today = useToday();
  const total = today.data ? TODAY_KINDS.reduce((sum, kind) => sum + today.data.counts[kind], 0) : 0;
  return (
    <>
      <h1>{t('today.title')}</h1>
      {today.isPending && <Loading />}
      {today.error && <ErrorMessage error={today.error} />}
      {today.data && total === 0 && (
        <div className="alert alert-success">
          <div className="alert-body">
            <p className="alert-heading">{t('today.nothing')}</p>
            <p className="alert-text">{t('today.nothingMore')}</p>
          </div>
        </div>
      )}
      {today.data && total > 0 && (
        <>
          <p className="font-lead">{t('today.lead', { count: total })}</p>
          <Counts counts={today.data.counts} />
          <Sections counts={today.data.counts} items={today.data.items} />
        </>
      )}
    </>
  );
}

function Counts({ counts }: { counts: TodayCounts }) {
  const { t } = useTranslation();
  return (
    <ul className="today-counts" aria-label={t('today.countsLabel')}>
      {TODAY_KINDS.filter((kind) => counts[kind] > 0).map((kind) => (
        <li key={kind}>
          <a href={`#today-${kind}`} className="today-count">
            <span className="today-count-number">{formatNumber(counts[kind])}</span>
            <span>{t(`today.kinds.${kind}`)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

function Sections({ counts, items }: { counts: TodayCounts; items: TodayItem[] }) {
  const { t } = useTranslation();
  const groups = groupByKind(items);
  return (
    <>
      {TODAY_KINDS.filter((kind) => counts[kind] > 0).map((kind) => (
        <section key={kind} id={`today-${kind}`} aria-labelledby={`today-${kind}-heading`} className="today-section" tabIndex={-1}>
          <h2 id={`today-${kind}-heading`}>
            {t(`today.kinds.${kind}`)} ({formatNumber(counts[kind])})
          </h2>
          <ShownOf kind={kind} shown={groups.get(kind)?.length ?? 0} count={counts[kind]} />
          <ul className="today-items">
            {(groups.get(kind) ?? []).map((item) => (
              <TodayRow key={rowKey(item)} item={item} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function ShownOf({ kind, shown, count }: { kind: TodayKind; shown: number; count: number }) {
  const { t } = useTranslation();
  if (shown >= count) return null;
  return <p className="form-hint">{t('today.shownOf', { shown: formatNumber(shown), count: formatNumber(count), kind })}</p>;
}

function TodayRow({ item }: { item: TodayItem }) {
  const { t } = useTranslation();
  const link = linkOf(item);
  const name = item.label ?? t(`today.unnamed.${item.kind}`);
  return (
    <li className={item.urgency === 'urgent' ? 'today-item today-item--urgent' : 'today-item'}>
      <p className="today-item-title">
        {link ? <Link to={link}>{name}</Link> : <strong>{name}</strong>}
        {item.urgency === 'urgent' && <span className="today-urgent">{t('escalations.urgency.urgent')}</span>}
      </p>
      <p className="today-item-reason">{reasonText(item, t)}</p>
      <p className="today-item-meta">
        {t('today.since', { date: formatDate(item.since), age: formatAge(item.since) })}
        {item.dueAt && <> · {t('today.dueAt', { date: formatDate(item.dueAt) })}</>}
      </p>
    </li>
  );
}

const rowKey = (item: TodayItem): string =>
  [item.kind, item.reason.code, item.escalationId, item.nudgeId, item.mentorshipId, item.mentorId, item.quotaId].join('/');
