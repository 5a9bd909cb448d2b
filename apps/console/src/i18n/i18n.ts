import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import da from './da.json';
import en from './en.json';

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const REMEMBERED = 'mentorflow.language';

/** Whether she picked a language in this browser (the switch): then her account's language no longer decides. */
export function languageChosenHere(): boolean {
  return window.localStorage.getItem(REMEMBERED) !== null;
}

/** Her choice in the switch: shown at once and remembered in this browser. */
export function chooseLanguage(language: Language): void {
  window.localStorage.setItem(REMEMBERED, language);
  void i18n.changeLanguage(language);
}

function remembered(): Language {
  const stored = window.localStorage.getItem(REMEMBERED);
  return stored === 'en' ? 'en' : 'da';
}

/**
 * Danish unless she chose English here before (once she is signed in, her account's language may decide: account-language.ts);
 * the page's lang attribute follows, for screen readers and hyphenation.
 */
export function setUpI18n(): typeof i18n {
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  void i18n.use(initReactI18next).init({
    resources: { da: { translation: da }, en: { translation: en } },
    lng: remembered(),
    fallbackLng: 'da',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18n.language;
  return i18n;
}
