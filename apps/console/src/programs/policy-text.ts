import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/api-error';
import { useErrorText } from '../components/ErrorMessage';
import { localeOf } from '../i18n/format';
import { labelKey } from './policy-fields';
import { durationMs, humanDuration, type DurationUnit } from './policy-values';

const INTL_UNIT: Record<DurationUnit, string> = { hours: 'hour', days: 'day', weeks: 'week', months: 'month', years: 'year' };

/** A policy duration in words of her language: "P6M" → "6 måneder". */
export function useDurationText(): (text: string) => string {
  const { i18n } = useTranslation();
  return (text) => {
    if (durationMs(text) === undefined) return text;
    const { amount, unit } = humanDuration(text);
    return new Intl.NumberFormat(localeOf(i18n.language), { style: 'unit', unit: INTL_UNIT[unit], unitDisplay: 'long' }).format(
      Number(amount),
    );
  };
}

/** A policy problem in her language, the rule's fields named by their labels and its durations in words. */
export function usePolicyProblemText(): (problem: ApiProblem) => string {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const durationText = useDurationText();
  return (problem) => {
    const part = problem.path.replace(/^policy\.?/, '');
    const params = { ...problem.params };
    for (const name of ['field', 'other'] as const)
      if (typeof params[name] === 'string') params[name] = t(labelKey(`${part}.${params[name]}`), String(params[name]));
    for (const name of ['value', 'otherValue', 'max', 'least', 'most', 'got'] as const)
      if (typeof params[name] === 'string') params[name] = durationText(String(params[name]));
    return errorText({ code: problem.code, params, message: problem.problem });
  };
}
