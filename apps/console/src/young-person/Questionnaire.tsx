import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkPurposeView } from './link-api';
import { Heading } from './Heading';

type Served = NonNullable<LinkPurposeView['questionnaire']>;

/**
 * The questionnaire in the wording the API serves (WHO-5's official Danish text), one radio group per question with its scale's
 * words as large touch targets; a question left out is named before anything is sent.
 */
export function Questionnaire({
  questionnaire,
  sending,
  onAnswers,
}: {
  questionnaire: Served;
  sending: boolean;
  onAnswers: (answers: number[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'da';
  const [answers, setAnswers] = useState<Array<number | undefined>>(questionnaire.items.map(() => undefined));
  const [missing, setMissing] = useState<number[]>([]);
  // Each refused attempt takes her to the list of what is missing; choosing an answer meanwhile leaves the focus on it.
  const [attempts, setAttempts] = useState(0);
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => alert.current?.focus(), [attempts]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const unanswered = answers.flatMap((answer, index) => (answer === undefined ? [index + 1] : []));
    setMissing(unanswered);
    if (unanswered.length === 0) onAnswers(answers as number[]);
    else setAttempts(attempts + 1);
  };
  const choose = (index: number, value: number) => {
    setAnswers(answers.map((answer, at) => (at === index ? value : answer)));
    setMissing(missing.filter((question) => question !== index + 1));
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Heading>{t(`youngPerson.questionnaire.title.${questionnaire.instrument}`)}</Heading>
      <p className="font-lead">{questionnaire.lead[language]}</p>
      {missing.length > 0 && (
        <div className="alert alert-error" role="alert" tabIndex={-1} ref={alert}>
          <div className="alert-body">
            <p className="alert-heading">{t('youngPerson.questionnaire.missing', { questions: missing.join(', ') })}</p>
          </div>
        </div>
      )}
      <ol className="young-person-questions nobullet-list">
        {questionnaire.items.map((item, index) => {
          const invalid = missing.includes(index + 1);
          return (
            <li key={item.key}>
              <fieldset className={invalid ? 'form-error' : undefined} aria-invalid={invalid || undefined}>
                <legend className="h4">
                  <span className="sr-only">{t('youngPerson.questionnaire.number', { number: index + 1 })} </span>
                  {item.text[language]}
                </legend>
                {questionnaire.scale.map((option) => {
                  const id = `${item.key}-${option.value}`;
                  return (
                    <div className="form-group-radio" key={option.value}>
                      <input
                        type="radio"
                        className="form-radio"
                        id={id}
                        name={item.key}
                        value={option.value}
                        checked={answers[index] === option.value}
                        onChange={() => choose(index, option.value)}
                      />
                      <label htmlFor={id}>{option.text[language]}</label>
                    </div>
                  );
                })}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="submit" className="button button-primary" disabled={sending}>
        {t('youngPerson.questionnaire.send')}
      </button>
    </form>
  );
}
