import { ItemScale, sumOnScale } from './item-scale';

/** The General Self-Efficacy Scale: ten items, each 1–4. */
export const SELF_EFFICACY: ItemScale = { name: 'self-efficacy', items: 10, min: 1, max: 4 };

/** The total, 10–40. */
export function scoreSelfEfficacy(answers: readonly number[]): number {
  return sumOnScale(answers, SELF_EFFICACY);
}
