import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { formatDate, formatNumber } from '../i18n/format';
import { usePageTitle } from '../layout/page-title';
import { useMyReferrals } from './my-referrals-data';

/** A quota's period ends before its (exclusive) end date: the day she reads as its last is the one before. */
function lastDayBefore(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/**
 * A referrer's page: how far her municipality is with its quotas, and the courses she referred with their phase and outcome,
 * nothing more (the API gives her nothing more: no name, no mentor, no measurement).
 */
export function MyReferralsPage() {
  const { t } = useTranslation();
  usePageTitle(t('myReferrals.title'));
  const mine = useMyReferrals();
  return (
    <>
      <h1>{t('myReferrals.title')}</h1>
      {mine.isPending && <Loading />}
      {mine.error && <ErrorMessage error={mine.error} />}
      {mine.data && (
        <>
          <section aria-labelledby="quotas-heading">
            <h2 id="quotas-heading">{t('myReferrals.quotas.title')}</h2>
            {mine.data.quotas.length === 0 && <p>{t('myReferrals.quotas.none')}</p>}
            <ul className="nobullet-list referral-quotas">
              {mine.data.quotas.map((quota) => (
                <li key={`${quota.programName}-${quota.periodStart}`}>
                  <h3 className="h4">
                    {t('myReferrals.quotas.program', {
                      program: quota.programName,
                      from: formatDate(quota.periodStart),
                      to: formatDate(lastDayBefore(quota.periodEnd)),
                    })}
                  </h3>
                  <p>
                    {t('myReferrals.quotas.made', { made: formatNumber(quota.made), agreed: formatNumber(quota.agreed) })}{' '}
                    {t(quota.behind ? 'myReferrals.quotas.behind' : 'myReferrals.quotas.onPace', {
                      expected: formatNumber(quota.expectedByNow),
                    })}
                  </p>
                  <progress max={Math.max(quota.agreed, 1)} value={Math.min(quota.made, quota.agreed)} aria-hidden="true" />
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="referrals-heading">
            <h2 id="referrals-heading">{t('myReferrals.referrals.title')}</h2>
            {mine.data.referrals.length === 0 && <p>{t('myReferrals.referrals.none')}</p>}
            <ul className="nobullet-list own-referrals">
              {mine.data.referrals.map((referral) => (
                <li key={referral.id}>
                  <h3 className="h4">{t('myReferrals.referrals.referredOn', { date: formatDate(referral.referredAt) })}</h3>
                  <dl className="facts">
                    <dt>{t('myReferrals.referrals.program')}</dt>
                    <dd>{referral.programName}</dd>
                    <dt>{t('myReferrals.referrals.phase')}</dt>
                    <dd>{t(`phases.${referral.phase}`, { defaultValue: referral.phase })}</dd>
                    <dt>{t('myReferrals.referrals.outcome')}</dt>
                    <dd>
                      {referral.outcome
                        ? t(`course.outcomes.${referral.outcome}`, { defaultValue: referral.outcome })
                        : t('myReferrals.referrals.running')}
                    </dd>
                  </dl>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}
