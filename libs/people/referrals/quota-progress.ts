import { startOfDayIn } from '../../calendar/calendar-date';

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

/** The progress of a quota whose days are those of `timeZone`, its program's (quota-days.ts). */
export function quotaProgress(terms: QuotaTerms, made: number, now: Date, timeZone: string): QuotaProgress {
  const start = startOfDayIn(terms.periodStart, timeZone);
  const length = startOfDayIn(terms.periodEnd, timeZone) - start;
  const elapsed = Math.min(Math.max(now.getTime() - start, 0), length);
  // Whole milliseconds multiplied before dividing: no fraction like 0.1 + 0.2 to round down wrongly.
  const expectedByNow = Math.floor((terms.agreed * elapsed) / length);
  return { made, expectedByNow, behind: made < expectedByNow };
}
