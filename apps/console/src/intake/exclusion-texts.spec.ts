import i18n from 'i18next';
import { GENDERS } from '../../../../libs/persistence/entities/matching-profile';
import { EXCLUSION_CODES, type ExclusionCode, exclusion } from '../../../../libs/matching/exclusion-reasons';
import da from '../i18n/da.json';
import en from '../i18n/en.json';
import { exclusionText } from './matching-data';

/** One reason of each code, as the ranking makes them. */
const EXAMPLES: Record<ExclusionCode, ReturnType<typeof exclusion>> = {
  'no-free-slot': exclusion('no-free-slot', { taken: 1234, capacity: 1234 }),
  'gender-not-preferred': exclusion('gender-not-preferred', { mentorGender: 'male', preferredGender: 'female' }),
  'gender-not-recorded': exclusion('gender-not-recorded', { preferredGender: 'female' }),
};

describe("the matching's exclusion reasons in the console's languages", () => {
  beforeAll(async () => {
    await i18n.init({ resources: { da: { translation: da }, en: { translation: en } }, lng: 'da', interpolation: { escapeValue: false } });
  });

  it.each([
    ['da', da],
    ['en', en],
  ])('has a text in %s for every code, and a word for every gender', (_, texts) => {
    expect(Object.keys(texts.matching.exclusions).sort()).toEqual([...EXCLUSION_CODES].sort());
    expect(Object.keys(texts.matching.exclusionGenders).sort()).toEqual([...GENDERS].sort());
  });

  it('fills every param in, numbers and genders in words of the language, never the English', async () => {
    await i18n.changeLanguage('da');
    expect(exclusionText(EXAMPLES['no-free-slot'], i18n.t)).toBe('Ingen ledig plads (1.234 af 1.234 optaget).');
    expect(exclusionText(EXAMPLES['gender-not-preferred'], i18n.t)).toBe('Den unge ønsker en mentor, der er kvinde; mentoren er mand.');
    for (const language of ['da', 'en']) {
      await i18n.changeLanguage(language);
      for (const code of EXCLUSION_CODES) {
        const text = exclusionText(EXAMPLES[code], i18n.t);
        expect([code, text]).not.toEqual([code, EXAMPLES[code].message]);
        expect(text).not.toMatch(/\{\{|undefined/);
      }
    }
  });
});
