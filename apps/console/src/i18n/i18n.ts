import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import daTexts from './da.json?phone';

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const REMEMBERED = 'mentorflow.language';

// Each language's texts come in two parts (translation-parts.ts): every page's, and the coordinators' pages' own. A phone's
// first load must stay under 150 kB (issue 29), so only the Danish texts every page needs come with it; English, and the
// coordinators' texts, are fetched when needed.
type Part = 'phone' | 'staff';
type Texts = Record<string, unknown>;
const TEXTS: Record<Language, Record<Part, () => Promise<Texts>>> = {
  da: { phone: () => Promise.resolve(daTexts), staff: () => import('./da.json?staff').then((module) => module.default) },
  en: {
    phone: () => import('./en.json?phone').then((module) => module.default),
    staff: () => import('./en.json?staff').then((module) => module.default),
  },
};
const wanted = new Set<Part>(['phone']);
const loaded = new Set<string>();

/** Adds the parts of `language` this page wants and has not got yet. */
async function load(language: Language): Promise<void> {
  const missing = [...wanted].filter((part) => !loaded.has(`${language}/${part}`));
  for (const [part, texts] of await Promise.all(missing.map(async (part) => [part, await TEXTS[language][part]()] as const))) {
    i18n.addResourceBundle(language, 'translation', texts, true, true);
    loaded.add(`${language}/${part}`);
  }
}

function remembered(): Language {
  const stored = window.localStorage.getItem(REMEMBERED);
  return stored === 'en' ? 'en' : 'da';
}

/** Whether she picked a language in this browser (the switch): then her account's language no longer decides. */
export function languageChosenHere(): boolean {
  return window.localStorage.getItem(REMEMBERED) !== null;
}

/** Shows the page in `language`, fetching its texts first when this page has not got them yet. */
export async function showLanguage(language: Language): Promise<void> {
  await load(language);
  await i18n.changeLanguage(language);
}

/** Her choice in the switch: remembered in this browser, and shown. */
export async function chooseLanguage(language: Language): Promise<void> {
  window.localStorage.setItem(REMEMBERED, language);
  await showLanguage(language);
}

/** The coordinators' pages' texts, in the page's language now and in any she switches to later. */
export async function loadStaffTexts(): Promise<void> {
  wanted.add('staff');
  await load(i18n.language === 'en' ? 'en' : 'da');
}

/**
 * Danish unless she chose English here before (once she is signed in, her account's language may decide: account-language.ts);
 * the page's lang attribute follows, for screen readers and hyphenation. Resolves
 * once her language's texts are in, so the page renders in it from the start.
 */
export async function setUpI18n(): Promise<void> {
  const language = remembered();
  await i18n.use(initReactI18next).init({
    resources: { da: { translation: daTexts } },
    lng: 'da',
    fallbackLng: 'da',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  loaded.add('da/phone');
  i18n.on('languageChanged', (shown) => {
    document.documentElement.lang = shown;
  });
  document.documentElement.lang = i18n.language;
  // Without the network English cannot come: she gets the page in Danish rather than none.
  await showLanguage(language).catch(() => undefined);
}
