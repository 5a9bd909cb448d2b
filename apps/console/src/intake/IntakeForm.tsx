import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../components/Field';
import { Loading } from '../components/ErrorMessage';
import { CommandResult } from '../course/CommandResult';
import { type Gender, GENDERS, type IntakeAnswers, TAG_FIELDS, tagsOf, useSaveIntake, useYoungPerson } from './intake-data';

type TagField = (typeof TAG_FIELDS)[number];

/** The intake conversation's result: what she wishes of a mentor and what she wants help with, saved on her, read by matching. */
export function IntakeForm({ youngPersonId }: { youngPersonId: string }) {
  const person = useYoungPerson(youngPersonId);
  if (!person.data) return <Loading />;
  return <IntakeFields youngPersonId={youngPersonId} saved={person.data} />;
}

function IntakeFields({ youngPersonId, saved }: { youngPersonId: string; saved: Partial<IntakeAnswers> }) {
  const { t } = useTranslation();
  const save = useSaveIntake(youngPersonId);
  const [tags, setTags] = useState<Record<TagField, string>>(
    Object.fromEntries(TAG_FIELDS.map((field) => [field, (saved.wishes?.[field] ?? []).join(', ')])) as Record<TagField, string>,
  );
  const [area, setArea] = useState(saved.wishes?.area ?? '');
  const [gender, setGender] = useState<Gender | ''>(saved.preferredMentorGender ?? '');
  const [needs, setNeeds] = useState(saved.needs ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      wishes: {
        languages: tagsOf(tags.languages),
        interests: tagsOf(tags.interests),
        availability: tagsOf(tags.availability),
        area: area.trim() || null,
      },
      preferredMentorGender: gender || null,
      needs,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <fieldset>
        <legend className="h3">{t('intake.title')}</legend>
        <p className="form-hint">{t('intake.hint')}</p>
        {TAG_FIELDS.map((field) => (
          <Field key={field} id={`intake-${field}`} label={t(`intake.${field}`)} path={`wishes.${field}`} error={save.error}>
            <span className="form-hint" id={`intake-${field}-hint`}>
              {t(`intake.hints.${field}`)}
            </span>
            <input
              id={`intake-${field}`}
              className="form-input"
              aria-describedby={`intake-${field}-hint`}
              value={tags[field]}
              onChange={(e) => setTags({ ...tags, [field]: e.target.value })}
            />
          </Field>
        ))}
        <Field id="intake-area" label={t('intake.area')} path="wishes.area" error={save.error}>
          <input id="intake-area" className="form-input" value={area} onChange={(e) => setArea(e.target.value)} />
        </Field>
        <Field id="intake-gender" label={t('intake.gender')} path="preferredMentorGender" error={save.error}>
          <select id="intake-gender" className="form-select" value={gender} onChange={(e) => setGender(e.target.value as Gender | '')}>
            <option value="">{t('intake.genders.any')}</option>
            {GENDERS.map((option) => (
              <option key={option} value={option}>
                {t(`intake.genders.${option}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="intake-needs" label={t('intake.needs')} path="needs" error={save.error}>
          <textarea id="intake-needs" className="form-input" rows={4} value={needs} onChange={(e) => setNeeds(e.target.value)} />
        </Field>
        <button type="submit" className="button button-secondary" disabled={save.isPending}>
          {t('intake.submit')}
        </button>
      </fieldset>
      <CommandResult mutation={save} done={t('intake.done')} />
    </form>
  );
}
