import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { unwrap } from '../api/api-error';
import { ErrorMessage } from '../components/ErrorMessage';
import { useRowChange, useRows } from './program-data';

/** The program's coordinators (their nudges come to them): an existing coordinator is given the program, or has it taken away. */
export function CoordinatorsSection({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const coordinators = useRows('coordinators', async () => unwrap(await api.GET('/coordinators')));
  const setPrograms = useRowChange('coordinators', async ({ id, programIds }: { id: string; programIds: string[] }) =>
    unwrap(await api.PATCH('/coordinators/{id}', { params: { path: { id } }, body: { programIds } })),
  );
  const [chosen, setChosen] = useState('');
  const ours = coordinators.data?.filter((coordinator) => coordinator.programIds?.includes(programId)) ?? [];
  const others = coordinators.data?.filter((coordinator) => !coordinator.programIds?.includes(programId)) ?? [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const coordinator = others.find((candidate) => candidate.id === chosen);
    if (coordinator)
      setPrograms.mutate(
        { id: coordinator.id, programIds: [...(coordinator.programIds ?? []), programId] },
        { onSuccess: () => setChosen('') },
      );
  };
  return (
    <section aria-labelledby="coordinators-heading">
      <h2 id="coordinators-heading">{t('programs.coordinators.title')}</h2>
      {coordinators.error && <ErrorMessage error={coordinators.error} />}
      {setPrograms.error && <ErrorMessage error={setPrograms.error} />}
      {coordinators.data && ours.length === 0 && <p>{t('programs.coordinators.none')}</p>}
      <ul className="nobullet-list row-list">
        {ours.map((coordinator) => (
          <li key={coordinator.id}>
            <strong>{coordinator.contact.name}</strong> · {coordinator.contact.email ?? '–'}
            <button
              type="button"
              className="button button-tertiary"
              onClick={() =>
                setPrograms.mutate({ id: coordinator.id, programIds: (coordinator.programIds ?? []).filter((id) => id !== programId) })
              }
            >
              {t('programs.coordinators.remove', { name: coordinator.contact.name })}
            </button>
          </li>
        ))}
      </ul>
      {others.length > 0 && (
        <form onSubmit={submit} noValidate className="inline-form">
          <div className="form-group">
            <label className="form-label" htmlFor="coordinator-add">
              {t('programs.coordinators.add')}
            </label>
            <select id="coordinator-add" className="form-select" value={chosen} onChange={(event) => setChosen(event.target.value)}>
              <option value="">{t('programs.choose')}</option>
              {others.map((coordinator) => (
                <option key={coordinator.id} value={coordinator.id}>
                  {coordinator.contact.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button-secondary" disabled={!chosen || setPrograms.isPending}>
            {t('programs.coordinators.addButton')}
          </button>
        </form>
      )}
    </section>
  );
}
