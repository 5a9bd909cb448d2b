import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { unwrap } from '../api/api-error';
import { ErrorMessage } from '../components/ErrorMessage';
import { Field } from '../components/Field';
import { formatDate, formatNumber } from '../i18n/format';
import { useRowChange, useRows } from './program-data';

/** The municipalities' agreed referrals to the program, each period's made and expected-by-now beside; added and removed here. */
export function QuotasSection({ programId, manage }: { programId: string; manage: boolean }) {
  const { t } = useTranslation();
  const key = `quotas-${programId}`;
  const quotas = useRows(key, async () => unwrap(await api.GET('/quotas', { params: { query: { programId } } })));
  const municipalities = useRows('municipalities', async () => unwrap(await api.GET('/municipalities')));
  const nameOf = (id: string) => municipalities.data?.find((municipality) => municipality.id === id)?.name ?? '–';
  const add = useRowChange(key, async (body: { municipalityId: string; periodStart: string; periodEnd: string; agreed: number }) =>
    unwrap(await api.POST('/quotas', { body: { programId, ...body } })),
  );
  const remove = useRowChange(key, async (id: string) => unwrap(await api.DELETE('/quotas/{id}', { params: { path: { id } } })));
  const [draft, setDraft] = useState({ municipalityId: '', periodStart: '', periodEnd: '', agreed: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ ...draft, agreed: Number(draft.agreed) }, { onSuccess: () => setDraft({ ...draft, agreed: '' }) });
  };
  return (
    <section aria-labelledby="quotas-heading">
      <h2 id="quotas-heading">{t('programs.quotas.title')}</h2>
      {quotas.error && <ErrorMessage error={quotas.error} />}
      {remove.error && <ErrorMessage error={remove.error} />}
      {quotas.data?.length === 0 && <p>{t('programs.quotas.none')}</p>}
      {quotas.data && quotas.data.length > 0 && (
        <table className="table table--zebra table--responsive-headers">
          <caption className="sr-only">{t('programs.quotas.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('programs.quotas.municipality')}</th>
              <th scope="col">{t('programs.quotas.period')}</th>
              <th scope="col">{t('programs.quotas.agreed')}</th>
              <th scope="col">{t('programs.quotas.made')}</th>
              {manage && <th scope="col">{t('programs.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {quotas.data.map((quota) => (
              <tr key={quota.id}>
                <td data-title={t('programs.quotas.municipality')}>{nameOf(quota.municipalityId)}</td>
                <td data-title={t('programs.quotas.period')}>
                  {formatDate(quota.periodStart)} – {formatDate(quota.periodEnd)}
                </td>
                <td data-title={t('programs.quotas.agreed')}>{formatNumber(quota.agreed)}</td>
                <td data-title={t('programs.quotas.made')}>
                  {formatNumber(quota.made)}
                  {quota.behind && <span className="badge badge-warning">{t('programs.quotas.behind')}</span>}
                </td>
                {manage && (
                  <td data-title={t('programs.actions')}>
                    <button type="button" className="button button-tertiary" onClick={() => remove.mutate(quota.id)}>
                      {t('programs.quotas.remove', { municipality: nameOf(quota.municipalityId) })}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {manage && (
        <form onSubmit={submit} noValidate className="inline-form">
          <h3>{t('programs.quotas.add')}</h3>
          {add.error && <ErrorMessage error={add.error} />}
          <Field id="quota-municipality" label={t('programs.quotas.municipality')} path="municipalityId" error={add.error}>
            <select
              id="quota-municipality"
              className="form-select"
              value={draft.municipalityId}
              onChange={(event) => setDraft({ ...draft, municipalityId: event.target.value })}
            >
              <option value="">{t('programs.choose')}</option>
              {municipalities.data?.map((municipality) => (
                <option key={municipality.id} value={municipality.id}>
                  {municipality.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="quota-start" label={t('programs.quotas.periodStart')} path="periodStart" error={add.error}>
            <input
              id="quota-start"
              className="form-input input-width-s"
              type="date"
              value={draft.periodStart}
              onChange={(event) => setDraft({ ...draft, periodStart: event.target.value })}
            />
          </Field>
          <Field id="quota-end" label={t('programs.quotas.periodEnd')} path="periodEnd" error={add.error}>
            <input
              id="quota-end"
              className="form-input input-width-s"
              type="date"
              value={draft.periodEnd}
              onChange={(event) => setDraft({ ...draft, periodEnd: event.target.value })}
            />
          </Field>
          <Field id="quota-agreed" label={t('programs.quotas.agreed')} path="agreed" error={add.error}>
            <input
              id="quota-agreed"
              className="form-input input-width-xs"
              type="number"
              min={0}
              value={draft.agreed}
              onChange={(event) => setDraft({ ...draft, agreed: event.target.value })}
            />
          </Field>
          <button type="submit" className="button button-secondary" disabled={add.isPending}>
            {t('programs.quotas.add')}
          </button>
        </form>
      )}
    </section>
  );
}
