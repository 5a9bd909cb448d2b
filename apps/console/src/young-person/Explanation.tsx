import { useTranslation } from 'react-i18next';
import type { LinkPurposeView } from './link-api';
import { Heading } from './Heading';

const SECTIONS = ['whatIsStored', 'whoSeesIt', 'howToWithdraw'] as const;

/** What is stored, who sees it and how to withdraw, in the words (and version) the API serves; then her choice, or on to the questions. */
export function Explanation({
  view,
  sending,
  onConsent,
  onContinue,
}: {
  view: LinkPurposeView;
  sending: boolean;
  onConsent: (given: boolean) => void;
  onContinue: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'da';
  return (
    <>
      <Heading>{t(`youngPerson.explanation.title.${view.purpose}`)}</Heading>
      <p className="font-lead">{t(`youngPerson.explanation.lead.${view.purpose}`)}</p>
      {SECTIONS.map((section) => (
        <section key={section} aria-labelledby={`explanation-${section}`}>
          <h2 id={`explanation-${section}`} className="h3">
            {t(`youngPerson.explanation.${section}`)}
          </h2>
          <p>{view.explanation[section][language]}</p>
        </section>
      ))}
      {view.purpose === 'consent' ? (
        <section aria-labelledby="consent-question" className="young-person-actions">
          <h2 id="consent-question" className="h3">
            {t('youngPerson.consent.question')}
          </h2>
          <p>{t('youngPerson.consent.refusalEnds')}</p>
          <button type="button" className="button button-primary" disabled={sending} onClick={() => onConsent(true)}>
            {t('youngPerson.consent.yes')}
          </button>
          <button type="button" className="button button-secondary" disabled={sending} onClick={() => onConsent(false)}>
            {t('youngPerson.consent.no')}
          </button>
        </section>
      ) : (
        <div className="young-person-actions">
          <button type="button" className="button button-primary" onClick={onContinue}>
            {t('youngPerson.questionnaire.start')}
          </button>
        </div>
      )}
    </>
  );
}
