import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type SentOnce, useRecordIds } from '../api/record-ids';
import { Field } from '../components/Field';
import { CommandResult } from '../course/CommandResult';
import { useMentorCommand } from './mentor-data';

export interface MentorChoice {
  name: string;
  /** Translation key of the label; each option's text is `${optionsKey}.${option}`. */
  label: string;
  optionsKey: string;
  options: readonly string[];
}

/** One command of the path: a labelled select per choice it takes (or none), one button, and what became of it. */
export function MentorCommandForm({
  mentorId,
  formId,
  title,
  choices = [],
  send,
}: {
  mentorId: string;
  formId: string;
  /** Key of the command's texts: `${title}.title`, `.submit`, `.done`. */
  title: string;
  choices?: MentorChoice[];
  /** Sends the command with `once.headers`, so the same choices sent again after a send with no answer do it once. */
  send: (values: Record<string, string>, once: SentOnce) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>(Object.fromEntries(choices.map((c) => [c.name, c.options[0]])));
  const ids = useRecordIds();
  const command = useMentorCommand(mentorId, (chosen: Record<string, string>) => send(chosen, ids.onceFor(chosen)));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    command.mutate(values, { onSuccess: ids.stored });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset>
        <legend className="h3">{t(`${title}.title`)}</legend>
        {choices.map((choice) => (
          <Field key={choice.name} id={`${formId}-${choice.name}`} label={t(choice.label)} path={choice.name} error={command.error}>
            <select
              id={`${formId}-${choice.name}`}
              className="form-select"
              value={values[choice.name]}
              onChange={(event) => setValues({ ...values, [choice.name]: event.target.value })}
            >
              {choice.options.map((option) => (
                <option key={option} value={option}>
                  {t(`${choice.optionsKey}.${option}`)}
                </option>
              ))}
            </select>
          </Field>
        ))}
        <button type="submit" className="button button-secondary" disabled={command.isPending}>
          {t(`${title}.submit`)}
        </button>
      </fieldset>
      <CommandResult mutation={command} done={t(`${title}.done`)} />
    </form>
  );
}
