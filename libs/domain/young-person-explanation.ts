import type { Wording } from './instrument-items';

/**
 * What a young person is told before she gives her consent or answers a
 * questionnaire from her link: what is stored, who sees it, how to withdraw.
 * Her consent is kept with the version she was shown; a change of a word is
 * a new version.
 */
export const YOUNG_PERSON_EXPLANATION = {
  version: 'explanation.1',
  whatIsStored: {
    da:
      'Vi gemmer, at du er med i et mentorforløb, hvornår du og din mentor mødes, og dine svar på korte spørgeskemaer om, ' +
      'hvordan du har det. Vi gemmer aldrig, hvad I taler om.',
    en:
      'We store that you take part in a mentor course, when you and your mentor meet, and your answers to short ' +
      'questionnaires about how you are doing. We never store what you talk about.',
  },
  whoSeesIt: {
    da:
      'Din mentor og programmets koordinator kan se dine svar. Kommunen, der henviste dig, ser kun, at forløbet findes, og hvordan ' +
      'det endte. Er dine svar meget lave, kan en fagperson i programmets ekspertpanel blive bedt om råd, uden at se dit navn.',
    en:
      'Your mentor and the program coordinator can see your answers. The municipality that referred you sees only that the course ' +
      'exists and how it ended. If your answers are very low, a professional on the program’s expert panel may be asked for advice, ' +
      'without seeing your name.',
  },
  howToWithdraw: {
    da:
      'Du kan altid trække dit samtykke tilbage ved at sige det til din mentor eller koordinator. Du kan også bede om at se alt, ' +
      'vi har gemt om dig, og om at få det slettet.',
    en:
      'You can always withdraw your consent by telling your mentor or coordinator. You can also ask to see everything we have ' +
      'stored about you, and to have it erased.',
  },
} as const satisfies { version: string } & Record<'whatIsStored' | 'whoSeesIt' | 'howToWithdraw', Wording>;
