import type { TFunction } from 'i18next';
import { formatAge, formatDate, formatDateTime } from '../i18n/format';
import type { Nudge } from './nudge-data';

const HOUR_MS = 3_600_000;

/** The kind's text, as Today words it (`:` in a kind is `--` in a key); one the console does not know yet still says something. */
export function kindText(nudge: Pick<Nudge, 'kind' | 'escalatedAt'>, t: TFunction): string {
  return t(`today.reasons.nudge.${nudge.kind.replace(/:/g, '--')}`, {
    escalatedAt: formatDate(nudge.escalatedAt),
    defaultValue: t('nudges.unknownKind'),
  });
}

/** When it was sent, and how long ago once that is an hour or more ("denne time" says less than the time itself). */
export function raisedText(raisedAt: string, t: TFunction): string {
  const date = formatDateTime(raisedAt);
  return Date.now() - Date.parse(raisedAt) < HOUR_MS
    ? t('nudges.raised', { date })
    : t('nudges.raisedAgo', { date, age: formatAge(raisedAt) });
}
