import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { unwrap } from '../api/api-error';
import { ErrorMessage } from '../components/ErrorMessage';
import { Field } from '../components/Field';
import { useRowChange, useRows } from './program-data';

/** The program's expert panel: who answers which categories of escalation; a member added by name and address, or removed. */
export function PanelSection({ programId, categories, manage }: { programId: string; categories: string[]; manage: boolean }) {
  const { t } = useTranslation();
  const key = `panel-${programId}`;
  const members = useRows(key, async () => unwrap(await api.GET('/panel-members', { params: { query: { programId } } })));
  const add = useRowChange(key, async (body: { name: string; email: string; profession: string; categories: string[] }) =>
    unwrap(
      await api.POST('/panel-members', {
        body: {
          programId,
          contact: { name: body.name, email: body.email, language: 'da' },
          categories: body.categories,
          ...(body.profession ? { profession: body.profession } : {}),
        },
      }),
    ),
  );
  const remove = useRowChange(key, async (id: string) => unwrap(await api.DELETE('/panel-members/{id}', { params: { path: { id } } })));
  const empty = { name: '', email: '', profession: '', categories: [] as string[] };
  const [draft, setDraft] = useState(empty);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(draft, { onSuccess: () => setDraft(empty) });
  };
  const categoryName = (category: string) => t(`escalations.categories.${category}`, category);
  return (
    <section aria-labelledby="panel-heading">
      <h2 id="panel-heading">{t('programs.panel.title')}</h2>
      {members.error && <ErrorMessage error={members.error} />}
      {remove.error && <ErrorMessage error={remove.error} />}
      {members.data?.length === 0 && <p>{t('programs.panel.none')}</p>}
      <ul className="nobullet-list row-list">
        {members.data?.map((member) => (
          <li key={member.id}>
            <strong>{member.contact.name}</strong>
            {member.profession && `, ${member.profession}`} · {(member.categories ?? []).map(categoryName).join(', ') || '–'}
            {manage && (
              <button type="button" className="button button-tertiary" onClick={() => remove.mutate(member.id)}>
                {t('programs.panel.remove', { name: member.contact.name })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {manage && (
        <form onSubmit={submit} noValidate className="inline-form">
          <h3>{t('programs.panel.add')}</h3>
          {add.error && <ErrorMessage error={add.error} />}
          <Field id="panel-name" label={t('programs.panel.name')} path="contact.name" error={add.error}>
            <input
              id="panel-name"
              className="form-input"
              value={draft.name}
              onChange={(event) => setDraft({ ...draft, name: event.target.value })}
            />
          </Field>
          <Field id="panel-email" label={t('programs.panel.email')} path="contact.email" error={add.error}>
            <input
              id="panel-email"
              className="form-input"
              type="email"
              value={draft.email}
              onChange={(event) => setDraft({ ...draft, email: event.target.value })}
            />
          </Field>
          <Field id="panel-profession" label={t('programs.panel.profession')} path="profession" error={add.error}>
            <input
              id="panel-profession"
              className="form-input"
              value={draft.profession}
              onChange={(event) => setDraft({ ...draft, profession: event.target.value })}
            />
          </Field>
          <fieldset className="form-group">
            <legend className="form-label">{t('programs.panel.categories')}</legend>
            {categories.map((category) => (
              <div key={category} className="form-group-checkbox">
                <input
                  id={`panel-category-${category}`}
                  className="form-checkbox"
                  type="checkbox"
                  checked={draft.categories.includes(category)}
                  onChange={(event) =>
                    setDraft({
                      ...draft,
                      categories: event.target.checked ? [...draft.categories, category] : draft.categories.filter((c) => c !== category),
                    })
                  }
                />
                <label htmlFor={`panel-category-${category}`}>{categoryName(category)}</label>
              </div>
            ))}
          </fieldset>
          <button type="submit" className="button button-secondary" disabled={add.isPending}>
            {t('programs.panel.add')}
          </button>
        </form>
      )}
    </section>
  );
}
