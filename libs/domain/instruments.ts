import type { MeasurementPolicy, Who5Bands } from './policy/program-policy';

/**
 * Every instrument a program can measure with, and all the engine knows of
 * each: what is asked, on which scale, how it is scored and banded. The
 * entity, the submission's checks, the scoring, the course's flags and the
 * well-being report read it from here, so a new instrument is one entry here
 * plus its texts. When each is due is the program's (policy
 * `measurements.schedule`), not the instrument's: programs measure the same
 * instrument at different points, and a running course keeps its version's.
 *
 * This module imports types only, so workflow code may `import type` from it.
 */

/** Answers that are integers on one scale, the same for every item. */
export interface ItemScale {
  items: number;
  min: number;
  max: number;
}

/** The program's limits a banded instrument is read against (WHO-5's shape, the only banded one). */
export type BandLimits = Who5Bands;

/** The policy limits that bound bands, e.g. "poorAtOrBelow". */
export type BandLimitName = Exclude<keyof BandLimits, 'meaningfulChange'>;

/** A band below a policy limit: a score at or below the limit falls in it (unless in a lower one). */
export interface LimitedBand {
  band: string;
  atOrBelow: BandLimitName;
  /** What a chart calls the line at the limit. */
  label: string;
}

/** All but the highest band end at a limit; the highest takes every score above them. */
export type BandRule = LimitedBand | { band: string };

/** Bands under the program's limits, and what the course's risk rules flag. */
export interface Banding {
  /** Where the program's policy keeps this instrument's limits. */
  limitsIn(measurements: MeasurementPolicy): BandLimits;
  /** Lowest first: a score falls in the first band whose limit it is at or below, else in the last. */
  order: readonly BandRule[];
  /** The band the course's risk rules escalate (WellBeingFlags.highRisk). */
  highRisk: string;
}

/** Answers on an item scale, summed and multiplied into a score. */
export interface Questionnaire {
  type: 'questionnaire';
  /** What a person calls it, in messages. */
  name: string;
  /** What a chart of it is titled. */
  title: string;
  scale: ItemScale;
  /** Score points per point of the answers' sum (WHO-5: 4, so the score reads as a percentage). */
  pointsPerRawPoint: number;
  bands?: Banding;
}

/** Where the young person stands (education, work or neither), no answers and no score. */
export interface StatusInstrument {
  type: 'status';
}

export type InstrumentSpec = Questionnaire | StatusInstrument;

export const INSTRUMENTS = {
  /** The WHO-5 Well-Being Index: five items on the last two weeks, each 0–5, scored 0–100. */
  who5: {
    type: 'questionnaire',
    name: 'WHO-5',
    title: 'WHO-5 well-being',
    scale: { items: 5, min: 0, max: 5 },
    pointsPerRawPoint: 4,
    bands: {
      limitsIn: (measurements) => measurements.who5,
      order: [
        { band: 'likely-depression', label: 'likely depression', atOrBelow: 'depressionAtOrBelow' },
        { band: 'poor', label: 'poor well-being', atOrBelow: 'poorAtOrBelow' },
        { band: 'good' },
      ],
      highRisk: 'likely-depression',
    },
  },
  /** The General Self-Efficacy Scale: ten items, each 1–4, scored 10–40. */
  'self-efficacy': {
    type: 'questionnaire',
    name: 'self-efficacy',
    title: 'Self-efficacy',
    scale: { items: 10, min: 1, max: 4 },
    pointsPerRawPoint: 1,
  },
  status: { type: 'status' },
} as const satisfies Record<string, InstrumentSpec>;

type Registry = typeof INSTRUMENTS;
export type InstrumentId = keyof Registry;
/** The instruments answered on a scale and scored. */
export type QuestionnaireId = { [Id in InstrumentId]: Registry[Id] extends { type: 'questionnaire' } ? Id : never }[InstrumentId];
/** The questionnaires read in bands under the program's limits. */
export type BandedId = { [Id in InstrumentId]: Registry[Id] extends { bands: Banding } ? Id : never }[InstrumentId];
/** A band of any banded instrument, e.g. WHO-5's "likely-depression". */
export type Band = { [Id in BandedId]: Registry[Id]['bands']['order'][number]['band'] }[BandedId];

/** In the registry's order, which is the order the API documents them in. */
export const INSTRUMENT_IDS = Object.keys(INSTRUMENTS) as InstrumentId[];

export const QUESTIONNAIRE_IDS = INSTRUMENT_IDS.filter(isQuestionnaire);

/** Every band of every banded instrument, each once, lowest first: the well-being CSV's columns. */
export const BANDS = [...new Set(INSTRUMENT_IDS.flatMap((id) => bandingOf(id)?.order.map((rule) => rule.band as Band) ?? []))];

export function isQuestionnaire(id: InstrumentId): id is QuestionnaireId {
  return INSTRUMENTS[id].type === 'questionnaire';
}

export function questionnaire(id: QuestionnaireId): Questionnaire {
  return INSTRUMENTS[id];
}

export function isBanded(id: InstrumentId): id is BandedId {
  return bandingOf(id) !== undefined;
}

/** The bands that end at a policy limit, highest limit first, as a chart draws its lines. */
export function limitedBands(id: BandedId): LimitedBand[] {
  const order: readonly BandRule[] = INSTRUMENTS[id].bands.order;
  return order.filter((rule): rule is LimitedBand => 'atOrBelow' in rule).reverse();
}

/** The instrument's bands, or undefined for one not read in bands. */
export function bandingOf(id: InstrumentId): Banding | undefined {
  const spec: InstrumentSpec = INSTRUMENTS[id];
  return spec.type === 'questionnaire' ? spec.bands : undefined;
}
