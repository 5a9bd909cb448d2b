import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useRecordIds } from '../api/record-ids';
import { Field } from '../components/Field';
import { CommandResult } from '../course/CommandResult';
import { useEscalationCommand } from './escalation-command';

// What a panel member can do with an escalation as well as a coordinator: her phone loads these, not the coordinators' page.

const OUTCOMES = ['advice-given', 'referred-to-treatment', 'closed-without-action'] as const;

const path = (id: string) => ({ params: { path: { id } } });

export function Acknowledge({ id }: { id: string }) {
  const { t } = useTranslation();
  const command = useEscalationCommand(id, () => api.POST('/escalations/{id}/acknowledge', path(id)));
  return (
    <form onSubmit={(event) => (event.preventDefault(), command.mutate(undefined))}>
      <button type="submit" className="button button-primary" disabled={command.isPending}>
        {t('escalations.acknowledge.submit')}
      </button>
      <CommandResult mutation={command} done={t('escalations.acknowledge.done')} />
    </form>
  );
}

export function Advise({ id }: { id: string }) {
  const { t } = useTranslation();
  const [advice, setAdvice] = useState('');
  const ids = useRecordIds();
  const command = useEscalationCommand(id, (text: string) =>
    api.POST('/escalations/{id}/responses', { ...path(id), body: { id: ids.idFor(text), advice: text } }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    command.mutate(advice, { onSuccess: () => (ids.stored(), setAdvice('')) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <fieldset>
        <legend className="h3">{t('escalations.advise.title')}</legend>
        <Field id="advice" label={t('escalations.advise.label')} path="advice" error={command.error}>
          <textarea
            id="advice"
            className="form-input"
            rows={4}
            maxLength={4000}
            value={advice}
            onChange={(e) => setAdvice(e.target.value)}
          />
        </Field>
        <button type="submit" className="button button-secondary" disabled={command.isPending}>
          {t('escalations.advise.submit')}
        </button>
      </fieldset>
      <CommandResult mutation={command} done={t('escalations.advise.done')} />
    </form>
  );
}

export function Resolve({ id }: { id: string }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<(typeof OUTCOMES)[number]>('advice-given');
  const command = useEscalationCommand(id, (chosen: (typeof OUTCOMES)[number]) =>
    api.POST('/escalations/{id}/resolve', { ...path(id), body: { outcome: chosen } }),
  );
  return (
    <form onSubmit={(event) => (event.preventDefault(), command.mutate(outcome))} noValidate>
      <fieldset>
        <legend className="h3">{t('escalations.resolve.title')}</legend>
        <Field id="resolve-outcome" label={t('escalations.outcome')} path="outcome" error={command.error}>
          <select
            id="resolve-outcome"
            className="form-select"
            value={outcome}
            onChange={(e) => setOutcome(e.target.value as (typeof OUTCOMES)[number])}
          >
            {OUTCOMES.map((value) => (
              <option key={value} value={value}>
                {t(`escalations.outcomes.${value}`)}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" className="button button-secondary" disabled={command.isPending}>
          {t('escalations.resolve.submit')}
        </button>
      </fieldset>
      <CommandResult mutation={command} done={t('escalations.resolve.done')} />
    </form>
  );
}
