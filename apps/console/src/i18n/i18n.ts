import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import da from './da.json';

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const REMEMBERED = 'mentorflow.language';

// Danish comes with the page; English is fetched when she chooses it: both together are 31 kB gzipped of a phone's 150 (issue 29).
const TEXTS: Record<Language, () => Promise<object>> = {
  da: () => Promise.resolve(da),
  en: () => import('./en.json').then((module) => module.default),
};

function remembered(): Language {
  const stored = window.localStorage.getItem(REMEMBERED);
  return stored === 'en' ? 'en' : 'da';
}

/** Switches the page to `language`, fetching its texts first when this page has not got them yet. */
export async function chooseLanguage(language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) i18n.addResourceBundle(language, 'translation', await TEXTS[language]());
  await i18n.changeLanguage(language);
}

/**
 * Danish unless she chose English here before; the page's lang attribute follows, for screen readers and hyphenation. Resolves
 * once her language's texts are in, so the page renders in it from the start.
 */
export async function setUpI18n(): Promise<void> {
  const language = remembered();
  await i18n.use(initReactI18next).init({
    resources: { da: { translation: da } },
    lng: 'da',
    fallbackLng: 'da',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  i18n.on('languageChanged', (chosen) => {
    document.documentElement.lang = chosen;
    window.localStorage.setItem(REMEMBERED, chosen);
  });
  document.documentElement.lang = i18n.language;
  // Without the network English cannot come: she gets the page in Danish rather than none.
  await chooseLanguage(language).catch(() => undefined);
}
