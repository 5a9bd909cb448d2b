import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { type Language, LANGUAGES, languageChosenHere, showLanguage } from './i18n';

/**
 * Her account's language (the one her mails come in) until she picks one in this browser: a link from an English mail opens an
 * English page. A choice made here wins from then on.
 */
export function useAccountLanguage(language: string | undefined): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (!language || languageChosenHere() || !(LANGUAGES as readonly string[]).includes(language)) return;
    if (i18n.language !== language) void showLanguage(language as Language);
  }, [language, i18n]);
}
