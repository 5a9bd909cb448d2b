import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../api/schema';
import { formatDateTime } from '../i18n/format';
import { Facts, UrgencyBadge } from './EscalationFacts';

// What a coordinator's page and a panel member's show alike of one escalation. A panel member sees less of it than a coordinator
// (no course, no people), so these take what both see; this file stays free of the coordinators' code her phone must not load.

type Seen = components['schemas']['PanelEscalationView'];

/** Its reason and category as the title, then its urgency, its phase and whatever else the page puts beside them. */
export function EscalationHeading({ escalation, children }: { escalation: Seen; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <h1>
        {t(`escalations.reasons.${escalation.reason}`)}: {t(`escalations.categories.${escalation.category}`, escalation.category)}
      </h1>
      <p>
        <UrgencyBadge urgency={escalation.urgency} />{' '}
        <span className="badge badge-info">{t(`escalations.phases.${escalation.phase}`)}</span>
        {children}
      </p>
    </>
  );
}

/** When it was raised and its deadlines, then the page's own facts (given as dt/dd pairs). */
export function EscalationTimes({ escalation, children }: { escalation: Seen; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      <dt>{t('escalations.raisedAt')}</dt>
      <dd>{formatDateTime(escalation.raisedAt)}</dd>
      {escalation.acknowledgeBy && (
        <>
          <dt>{t('escalations.acknowledgeBy')}</dt>
          <dd>{formatDateTime(escalation.acknowledgeBy)}</dd>
        </>
      )}
      {escalation.respondBy && (
        <>
          <dt>{t('escalations.respondBy')}</dt>
          <dd>{formatDateTime(escalation.respondBy)}</dd>
        </>
      )}
      {children}
    </dl>
  );
}

/** What was asked or what set it off, and the advice given so far. */
export function AboutAndAdvice({ escalation }: { escalation: Seen }) {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t('escalations.about')}</h2>
      {escalation.question ? <blockquote className="question">{escalation.question}</blockquote> : <Facts facts={escalation.facts} />}
      <h2>{t('escalations.advice')}</h2>
      {escalation.responses.length === 0 ? (
        <p>{t('escalations.noAdvice')}</p>
      ) : (
        <ul>
          {escalation.responses.map((response) => (
            <li key={response.id}>
              <p className="advice">{response.advice}</p>
              <p className="form-hint">{formatDateTime(response.respondedAt)}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
