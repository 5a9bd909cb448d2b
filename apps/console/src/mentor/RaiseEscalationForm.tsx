import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useRecordIds } from '../api/record-ids';
import { Field } from '../components/Field';
import { CommandResult } from '../course/CommandResult';
import { useMentorCommand } from './mentor-data';

const REASONS = ['concern', 'advice-request'] as const;
/** The categories programs use; one her program does not have is refused by the API with its reason. */
const CATEGORIES = ['mental-health', 'social', 'education-and-work', 'engagement', 'other'] as const;
const URGENCIES = ['normal', 'urgent'] as const;
type Raise = {
  id: string;
  reason: (typeof REASONS)[number];
  category: string;
  urgency: (typeof URGENCIES)[number];
  question: string;
};

/** A concern about her young person, or a question for the expert panel, in her own words; the panel sees only what it needs. */
export function RaiseEscalationForm({ mentorshipId }: { mentorshipId: string }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<Raise['reason']>('concern');
  const [category, setCategory] = useState<string>('mental-health');
  const [urgency, setUrgency] = useState<Raise['urgency']>('normal');
  const [question, setQuestion] = useState('');
  const raise = useMentorCommand((body: Raise) =>
    api.POST('/mentorships/{id}/escalations', { params: { path: { id: mentorshipId } }, body }),
  );
  const ids = useRecordIds();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const raised = { reason, category, urgency, question };
    raise.mutate({ id: ids.idFor(raised), ...raised }, { onSuccess: () => (ids.stored(), setQuestion('')) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <fieldset>
        <legend className="h3">{t('mentor.raise.title')}</legend>
        <Field id="raise-reason" label={t('mentor.raise.reason')} path="reason" error={raise.error}>
          <select id="raise-reason" className="form-select" value={reason} onChange={(e) => setReason(e.target.value as Raise['reason'])}>
            {REASONS.map((value) => (
              <option key={value} value={value}>
                {t(`escalations.reasons.${value}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="raise-category" label={t('mentor.raise.category')} path="category" error={raise.error}>
          <select id="raise-category" className="form-select" value={category} onChange={(e) => setCategory(e.target.value)}>
            {CATEGORIES.map((value) => (
              <option key={value} value={value}>
                {t(`escalations.categories.${value}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="raise-urgency" label={t('escalations.filter.urgency')} path="urgency" error={raise.error}>
          <select
            id="raise-urgency"
            className="form-select"
            value={urgency}
            onChange={(e) => setUrgency(e.target.value as Raise['urgency'])}
          >
            {URGENCIES.map((value) => (
              <option key={value} value={value}>
                {t(`escalations.urgency.${value}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="raise-question" label={t('mentor.raise.question')} path="question" error={raise.error}>
          <textarea
            id="raise-question"
            className="form-input"
            rows={4}
            maxLength={4000}
            aria-describedby="raise-question-hint"
            value={question}
            onChange={(e) => setQuestion(e.target.value)}
          />
        </Field>
        <p id="raise-question-hint" className="form-hint">
          {t('mentor.raise.hint')}
        </p>
        <button type="submit" className="button button-primary" disabled={raise.isPending}>
          {t('mentor.raise.submit')}
        </button>
      </fieldset>
      <CommandResult mutation={raise} done={t('mentor.raise.done')} />
    </form>
  );
}
