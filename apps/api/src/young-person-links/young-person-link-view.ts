import { QUESTIONNAIRE_ITEMS, Wording } from '../../../../libs/domain/instrument-items';
import { isQuestionnaire } from '../../../../libs/domain/instruments';
import { YOUNG_PERSON_EXPLANATION } from '../../../../libs/domain/young-person-explanation';
import type { LinkRow } from '../../../../libs/young-person-links/young-person-links';

/** What her page shows: what is asked and the words to ask it with, in Danish and English; nothing about her or her course. */
export interface LinkPurposeView {
  purpose: 'consent' | 'measurement';
  expiresAt: string;
  explanation: typeof YOUNG_PERSON_EXPLANATION;
  questionnaire?: {
    instrument: string;
    version: string;
    lead: Wording;
    items: Array<{ key: string; text: Wording }>;
    /** Each answer's value and its words, lowest first. */
    scale: Array<{ value: number; text: Wording }>;
  };
}

export function linkPurposeView(link: LinkRow, scaleMin: number): LinkPurposeView {
  const view: LinkPurposeView = { purpose: link.purpose, expiresAt: link.expiresAt.toISOString(), explanation: YOUNG_PERSON_EXPLANATION };
  if (link.purpose === 'consent' || !link.instrument || !isQuestionnaire(link.instrument)) return view;
  const { version, lead, items, scale } = QUESTIONNAIRE_ITEMS[link.instrument];
  return {
    ...view,
    questionnaire: {
      instrument: link.instrument,
      version,
      lead,
      items,
      scale: scale.map((text, index) => ({ value: scaleMin + index, text })),
    },
  };
}
