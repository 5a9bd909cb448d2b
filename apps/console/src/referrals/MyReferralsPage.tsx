import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { formatDate, formatNumber } from '../i18n/format';
import { usePageTitle } from '../layout/page-title';
import { useMyReferrals } from './my-referrals-data';
import { lastDayBefore } from './quota-days';

/** The referral she just made, as the refer page hands it on: her name stays in this browser tab, never in the address. */
interface Referred {
  name: string;
  programName: string;
  phase: string;
}

/**
 * A referrer's page: how far her municipality is with its quotas, and the courses she referred with their phase and outcome,
 * nothing more (the API gives her nothing more: no name, no mentor, no measurement).
 */
export function MyReferralsPage() {
  const { t } = useTranslation();
  usePageTitle(t('myReferrals.title'));
  const mine = useMyReferrals();
  const referred = (useLocation().state as { referred?: Referred } | null)?.referred;
  return (
    <>
      <h1>{t('myReferrals.title')}</h1>
      {referred && (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-heading">{t('myReferrals.referred', { name: referred.name, program: referred.programName })}</p>
            <p className="alert-text">
              {t('myReferrals.referredPhase', { phase: t(`phases.${referred.phase}`, { defaultValue: referred.phase }) })}
            </p>
          </div>
        </div>
      )}
      <p>
        <Link to="/my-referrals/new" className="button button-primary">
          {t('myReferrals.refer')}
        </Link>
      </p>
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
