import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { usePageTitle } from '../layout/page-title';
import { Explanation } from './Explanation';
import { LinkRefused, linkPurpose, sendAnswers, sendConsent, type LinkFailure, type LinkPurposeView } from './link-api';
import { forgetLinkToken } from './link-token';
import { Questionnaire } from './Questionnaire';
import { Heading } from './Heading';

type Step =
  | { step: 'loading' }
  | { step: 'explained'; view: LinkPurposeView }
  | { step: 'asking'; view: LinkPurposeView }
  | { step: 'thanks'; outcome: 'consent-given' | 'consent-refused' | 'answered' }
  | { step: 'failed'; failure: LinkFailure };

/**
 * What her link opens: the explanation of what is stored, who sees it and how to withdraw; then her consent, or the questionnaire;
 * then a thank-you. A link that opens nothing gets one message whatever the reason, and nothing about her is shown at any step.
 */
export function YoungPersonPage({ token }: { token: string | null }) {
  const { t } = useTranslation();
  const [state, setState] = useState<Step>(token ? { step: 'loading' } : { step: 'failed', failure: 'not-open' });
  const [sending, setSending] = useState(false);
  usePageTitle(t(`youngPerson.title.${state.step === 'loading' ? 'loading' : state.step === 'failed' ? 'failed' : 'page'}`));

  const failed = (error: unknown) => {
    const failure = error instanceof LinkRefused ? error.failure : 'unavailable';
    if (failure === 'not-open') forgetLinkToken();
    setState({ step: 'failed', failure });
  };
  const send = async (act: () => Promise<Step>) => {
    setSending(true);
    try {
      const next = await act();
      forgetLinkToken();
      setState(next);
    } catch (error) {
      failed(error);
    } finally {
      setSending(false);
    }
  };

  useEffect(() => {
    if (token) linkPurpose(token).then((view) => setState({ step: 'explained', view }), failed);
  }, [token]);

  return (
    <>
      <a className="skipnav" href="#main-content">
        {t('layout.skipToContent')}
      </a>
      <header className="header young-person-header">
        <div className="solution-info">
          <div className="solution-info-inner container">
            <span className="service-mark">Mentorflow</span>
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main-content" className="container young-person" tabIndex={-1}>
        {state.step === 'loading' && (
          <p role="status" aria-live="polite">
            {t('common.loading')}
          </p>
        )}
        {state.step === 'explained' && (
          <Explanation
            view={state.view}
            sending={sending}
            onConsent={(given) =>
              send(async () => {
                await sendConsent(token as string, given, state.view.explanation.version);
                return { step: 'thanks', outcome: given ? 'consent-given' : 'consent-refused' };
              })
            }
            onContinue={() => setState({ step: 'asking', view: state.view })}
          />
        )}
        {state.step === 'asking' && state.view.questionnaire && (
          <Questionnaire
            questionnaire={state.view.questionnaire}
            sending={sending}
            onAnswers={(answers) =>
              send(async () => {
                await sendAnswers(token as string, answers, state.view.questionnaire!.version);
                return { step: 'thanks', outcome: 'answered' };
              })
            }
          />
        )}
        {state.step === 'thanks' && (
          <>
            <Heading>{t(`youngPerson.thanks.${state.outcome}.title`)}</Heading>
            <p>{t(`youngPerson.thanks.${state.outcome}.text`)}</p>
            <p>{t('youngPerson.thanks.close')}</p>
          </>
        )}
        {state.step === 'failed' && (
          <div className="alert alert-warning">
            <div className="alert-body">
              <Heading className="alert-heading h2">{t(`youngPerson.failed.${state.failure}.title`)}</Heading>
              <p className="alert-text">{t(`youngPerson.failed.${state.failure}.text`)}</p>
            </div>
          </div>
        )}
      </main>
    </>
  );
}
