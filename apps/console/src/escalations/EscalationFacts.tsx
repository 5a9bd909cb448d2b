import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/format';
import type { Escalation } from './escalation-data';

export function UrgencyBadge({ urgency }: { urgency: Escalation['urgency'] }) {
  const { t } = useTranslation();
  return <span className={urgency === 'urgent' ? 'badge badge-error' : 'badge badge-info'}>{t(`escalations.urgency.${urgency}`)}</span>;
}

/** What the engine saw when it raised one: a score and its band, a run of missed meetings, nudges left unanswered. */
export function Facts({ facts }: { facts: Escalation['facts'] }) {
  const { t } = useTranslation();
  const known = facts as Record<string, unknown> | null | undefined;
  if (!known) return <p>{t('escalations.noFacts')}</p>;
  if ('score' in known) {
    return (
      <p>
        {t('escalations.facts.who5', {
          score: known.score,
          band: t(`bands.${String(known.band)}`, String(known.band)),
          previous: known.previousScore ?? '–',
          date: formatDate(String(known.measuredOn)),
        })}
      </p>
    );
  }
  if ('missedInARow' in known) return <p>{t('escalations.facts.missed', { count: Number(known.missedInARow) })}</p>;
  return <p>{t('escalations.facts.nudges', { count: Number(known.unansweredNudges) })}</p>;
}
