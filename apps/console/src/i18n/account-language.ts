import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, languageChosenHere } from './i18n';

/**
 * Her account's language (the one her mails come in) until she picks one in this browser: a link from an English mail opens an
 * English page. A choice made here wins from then on.
 */
export function useAccountLanguage(language: string | undefined): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (!language || languageChosenHere() || !(LANGUAGES as readonly string[]).includes(language)) return;
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [language, i18n]);
}
