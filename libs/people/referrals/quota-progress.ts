import { startOfDay } from '../../calendar/calendar-date';

export interface QuotaTerms {
  /** Inclusive first day, YYYY-MM-DD. */
  periodStart: string;
  /** Exclusive: the first day after the period. */
  periodEnd: string;
  agreed: number;
}

export interface QuotaProgress {
  /** Referrals made within the period. */
  made: number;
  /** What an even pace would have reached by now, rounded down: 0 before the period, all of it after. */
  expectedByNow: number;
  /** Fewer made than expected by now: the shortfall shows while there is still time to act on it. */
  behind: boolean;
}

export function quotaProgress(terms: QuotaTerms, made: number, now: Date): QuotaProgress {
  const start = startOfDay(terms.periodStart);
  const length = startOfDay(terms.periodEnd) - start;
  const elapsed = Math.min(Math.max(now.getTime() - start, 0), length);
  // Whole milliseconds multiplied before dividing: no fraction like 0.1 + 0.2 to round down wrongly.
  const expectedByNow = Math.floor((terms.agreed * elapsed) / length);
  return { made, expectedByNow, behind: made < expectedByNow };
}
