import { Band, BandedId, BandLimits, INSTRUMENTS, QuestionnaireId, questionnaire } from '../domain/instruments';
import { sumOnScale } from './item-scale';

export type Change = 'improved' | 'worsened' | 'unchanged';

/** The answers' sum (raw) and the score the instrument reports, e.g. WHO-5 raw 0–25 and score 0–100. */
export function scoreOf(id: QuestionnaireId, answers: readonly number[]): { raw: number; score: number } {
  const spec = questionnaire(id);
  const raw = sumOnScale(answers, spec);
  return { raw, score: raw * spec.pointsPerRawPoint };
}

/** The lowest and highest score the instrument can give, e.g. a chart's fixed axis. */
export function scoreRange(id: QuestionnaireId): { min: number; max: number } {
  const { scale, pointsPerRawPoint } = questionnaire(id);
  return { min: scale.items * scale.min * pointsPerRawPoint, max: scale.items * scale.max * pointsPerRawPoint };
}

/** The band a score falls in; the limits are the program's (policy), not fixed here. */
export function bandOf(id: BandedId, score: number, limits: BandLimits): Band {
  const { order } = INSTRUMENTS[id].bands;
  const rule = order.find((candidate) => !('atOrBelow' in candidate) || score <= limits[candidate.atOrBelow]) ?? order[order.length - 1];
  return rule.band;
}

/** Whether the score moved by at least the program's clinically meaningful change, and which way. */
export function changeOf(previous: number, current: number, limits: BandLimits): Change {
  const delta = current - previous;
  if (Math.abs(delta) < limits.meaningfulChange) return 'unchanged';
  return delta > 0 ? 'improved' : 'worsened';
}
