import type { QuestionnaireId } from './instruments';

/**
 * What a young person reads when she answers a questionnaire herself: each
 * item by key, in Danish and English, and the words of each point of the
 * scale. Each instrument's wording has a version id, which her answers are
 * kept with, so a later change of wording never reads as a change in her.
 *
 * WHO-5: the Danish wording of the Psychiatric Centre North Zealand (where the
 * index was made) and the WHO's English wording. General Self-Efficacy Scale:
 * Schwarzer & Jerusalem's English wording (1995); the Danish is this
 * project's translation, to be checked against the program's licensed Danish
 * version before the scale is sent to young people in Danish.
 */

export type Language = 'da' | 'en';
export type Wording = Record<Language, string>;

export interface QuestionnaireItems {
  /** Changes whenever a word of the items or the scale changes. */
  version: string;
  /** What the questionnaire asks about, shown above the items. */
  lead: Wording;
  items: Array<{ key: string; text: Wording }>;
  /** The words for each point of the scale, lowest first (WHO-5: 0 "at no time" … 5 "all of the time"). */
  scale: Wording[];
}

export const QUESTIONNAIRE_ITEMS: Record<QuestionnaireId, QuestionnaireItems> = {
  who5: {
    version: 'who5-1998-da-en.1',
    lead: {
      da: 'Svarene handler om, hvordan du har haft det i de sidste to uger. Vælg for hvert udsagn det svar, der passer bedst.',
      en: 'Please indicate for each of the five statements which is closest to how you have been feeling over the last two weeks.',
    },
    items: [
      {
        key: 'who5.1',
        text: { da: 'I de sidste 2 uger har jeg været glad og i godt humør', en: 'I have felt cheerful and in good spirits' },
      },
      { key: 'who5.2', text: { da: 'I de sidste 2 uger har jeg følt mig rolig og afslappet', en: 'I have felt calm and relaxed' } },
      { key: 'who5.3', text: { da: 'I de sidste 2 uger har jeg følt mig aktiv og energisk', en: 'I have felt active and vigorous' } },
      { key: 'who5.4', text: { da: 'I de sidste 2 uger er jeg vågnet frisk og udhvilet', en: 'I woke up feeling fresh and rested' } },
      {
        key: 'who5.5',
        text: {
          da: 'I de sidste 2 uger har min dagligdag været fyldt med ting, der interesserer mig',
          en: 'My daily life has been filled with things that interest me',
        },
      },
    ],
    scale: [
      { da: 'På intet tidspunkt', en: 'At no time' },
      { da: 'Lidt af tiden', en: 'Some of the time' },
      { da: 'Lidt mindre end halvdelen af tiden', en: 'Less than half of the time' },
      { da: 'Lidt mere end halvdelen af tiden', en: 'More than half of the time' },
      { da: 'Det meste af tiden', en: 'Most of the time' },
      { da: 'Hele tiden', en: 'All of the time' },
    ],
  },
  'self-efficacy': {
    version: 'gse-1995-en.1-da.draft1',
    lead: {
      da: 'Hvor godt passer hvert udsagn på dig? Vælg det svar, der passer bedst.',
      en: 'How true is each statement of you? Choose the answer that fits best.',
    },
    items: [
      [
        'Jeg kan altid løse svære problemer, hvis jeg prøver hårdt nok',
        'I can always manage to solve difficult problems if I try hard enough',
      ],
      [
        'Hvis nogen modarbejder mig, kan jeg finde måder at få det, jeg vil have',
        'If someone opposes me, I can find the means and ways to get what I want',
      ],
      ['Det er let for mig at holde fast i mine mål og nå dem', 'It is easy for me to stick to my aims and accomplish my goals'],
      ['Jeg er sikker på, at jeg kan klare uventede hændelser godt', 'I am confident that I could deal efficiently with unexpected events'],
      [
        'Takket være mine evner ved jeg, hvordan jeg skal klare uforudsete situationer',
        'Thanks to my resourcefulness, I know how to handle unforeseen situations',
      ],
      [
        'Jeg kan løse de fleste problemer, hvis jeg gør den nødvendige indsats',
        'I can solve most problems if I invest the necessary effort',
      ],
      [
        'Jeg kan bevare roen, når jeg møder vanskeligheder, fordi jeg kan stole på mine evner til at klare dem',
        'I can remain calm when facing difficulties because I can rely on my coping abilities',
      ],
      [
        'Når jeg står over for et problem, kan jeg som regel finde flere løsninger',
        'When I am confronted with a problem, I can usually find several solutions',
      ],
      ['Hvis jeg er i knibe, kan jeg som regel finde en udvej', 'If I am in trouble, I can usually think of a solution'],
      ['Jeg kan som regel klare det, der kommer', 'I can usually handle whatever comes my way'],
    ].map(([da, en], index) => ({ key: `self-efficacy.${index + 1}`, text: { da, en } })),
    scale: [
      { da: 'Passer slet ikke', en: 'Not at all true' },
      { da: 'Passer næsten ikke', en: 'Hardly true' },
      { da: 'Passer nogenlunde', en: 'Moderately true' },
      { da: 'Passer helt', en: 'Exactly true' },
    ],
  },
};
