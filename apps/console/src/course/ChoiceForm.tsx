import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type SentOnce, useRecordIds } from '../api/record-ids';
import { Field } from '../components/Field';
import { CommandResult } from './CommandResult';
import { useCourseCommand } from './course-command';

export interface Choice {
  name: string;
  /** Translation key of the label; each option's text is `${optionsKey}.${option}`. */
  label: string;
  optionsKey: string;
  options: readonly string[];
}

/** A command whose input is a few choices from fixed lists (or none): a labelled select per choice, and one button. */
export function ChoiceForm({
  courseId,
  formId,
  title,
  submit,
  done,
  choices,
  send,
}: {
  courseId: string;
  formId: string;
  title: string;
  submit: string;
  done: string;
  choices: Choice[];
  send: (values: Record<string, string>, once: SentOnce) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>(
    Object.fromEntries(choices.map((choice) => [choice.name, choice.options[0]])),
  );
  const ids = useRecordIds();
  const command = useCourseCommand(courseId, (chosen: Record<string, string>) => send(chosen, ids.onceFor(chosen)));
  // A choice whose options changed under it (an exit conversation just recorded leaves the other party) takes the first left.
  const chosen = (choice: Choice) => (choice.options.includes(values[choice.name]) ? values[choice.name] : choice.options[0]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    command.mutate(Object.fromEntries(choices.map((choice) => [choice.name, chosen(choice)])), { onSuccess: ids.stored });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset>
        <legend className="h3">{t(title)}</legend>
        {choices.map((choice) => (
          <Field key={choice.name} id={`${formId}-${choice.name}`} label={t(choice.label)} path={choice.name} error={command.error}>
            <select
              id={`${formId}-${choice.name}`}
              className="form-select"
              value={chosen(choice)}
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
          {t(submit)}
        </button>
      </fieldset>
      <CommandResult mutation={command} done={t(done)} />
    </form>
  );
}
