import type { TFunction } from 'i18next';
import { formatDate, formatDuePoint, formatNumber } from '../i18n/format';
import type { TodayItem } from './today-data';

/**
 * Why the row is listed, in her language: the reason's code names a text (`today.reasons.<code>`, a `:` in a nudge kind written `--`,
 * as i18next reads `:` as a namespace) and its parameters are formatted the reader's way before they are filled in.
 */
export function reasonText(item: TodayItem, t: TFunction): string {
  const { code, params } = item.reason;
  const key = `today.reasons.${code.replace(/:/g, '--')}`;
  return t(key, { ...formattedParams(params, t), defaultValue: code });
}

function formattedParams(params: Record<string, string | number>, t: TFunction): Record<string, string> {
  const text = (name: string) => (params[name] === undefined ? '' : String(params[name]));
  return {
    category: params.category ? t(`escalations.categories.${text('category')}`) : '',
    level: params.level ? t(`escalations.levels.${text('level')}`) : '',
    phase: params.phase ? t(`today.phases.${text('phase')}`, { defaultValue: text('phase') }) : '',
    instrument: params.instrument ? t(`instruments.${text('instrument')}`) : '',
    duePoint: params.duePoint ? formatDuePoint(text('duePoint'), t('today.atClose')) : '',
    attempt: params.attempt === undefined ? '' : formatNumber(Number(params.attempt)),
    agreed: params.agreed === undefined ? '' : formatNumber(Number(params.agreed)),
    referred: params.referred === undefined ? '' : formatNumber(Number(params.referred)),
    periodStart: formatDate(text('periodStart') || undefined),
    // The API's period end is exclusive: she reads the last day of the period.
    periodEnd: params.periodEnd ? formatDate(new Date(new Date(`${text('periodEnd')}T12:00:00Z`).getTime() - 86_400_000)) : '',
    escalatedAt: formatDate(text('escalatedAt') || undefined),
  };
}
