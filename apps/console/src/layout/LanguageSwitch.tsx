import { useTranslation } from 'react-i18next';
import { chooseLanguage, LANGUAGES } from '../i18n/i18n';

/** Dansk | English, each in its own language; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-choice" role="group" aria-label={t('layout.language')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="button button-tertiary"
          aria-pressed={i18n.language === language}
          onClick={() => void chooseLanguage(language)}
        >
          {t(`languages.${language}`, { lng: language })}
        </button>
      ))}
    </div>
  );
}
