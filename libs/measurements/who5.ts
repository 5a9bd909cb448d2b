import type { Who5Bands } from '../domain/policy/program-policy';
import { ItemScale, sumOnScale } from './item-scale';

/** The WHO-5 Well-Being Index: five items on the last two weeks, each 0–5. */
export const WHO5: ItemScale = { name: 'WHO-5', items: 5, min: 0, max: 5 };

/** The raw total is multiplied by 4 so the score reads as a percentage. */
const PERCENT_PER_RAW_POINT = 4;

export type Who5Band = 'likely-depression' | 'poor' | 'good';
export type Who5Change = 'improved' | 'worsened' | 'unchanged';

/** Raw 0–25 and score 0–100. */
export function scoreWho5(answers: readonly number[]): { raw: number; score: number } {
  const raw = sumOnScale(answers, WHO5);
  return { raw, score: raw * PERCENT_PER_RAW_POINT };
}

/** The band a score falls in; the limits are the program's (policy), not fixed here. */
export function who5Band(score: number, bands: Who5Bands): Who5Band {
  if (score <= bands.depressionAtOrBelow) return 'likely-depression';
  if (score <= bands.poorAtOrBelow) return 'poor';
  return 'good';
}

/** Whether the score moved by at least the program's clinically meaningful change, and which way. */
export function meaningfulChange(previous: number, current: number, bands: Who5Bands): Who5Change {
  const delta = current - previous;
  if (Math.abs(delta) < bands.meaningfulChange) return 'unchanged';
  return delta > 0 ? 'improved' : 'worsened';
}
