import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiFailure } from '../api/api-error';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { Field } from '../components/Field';
import { TextField } from '../components/TextField';
import { today } from '../i18n/format';
import { usePageTitle } from '../layout/page-title';
import { type NewYoungPerson, useCreateReferral, useCreateYoungPerson, useReferralChoices } from './referral-data';

const EMPTY_PERSON: NewYoungPerson = { name: '', email: '', birthDate: '', municipalityId: '' };

/** A key the server has not answered a different body for: a new one after a refusal, the same one while a send may be in doubt. */
const refusedByServer = (error: unknown) => error instanceof ApiFailure && error.body.statusCode >= 400 && error.body.statusCode < 500;

/** A new referral: the young person (found or added), who refers her, the program, and her consent when it is already given. */
export function NewReferralPage() {
  const { t } = useTranslation();
  usePageTitle(t('referral.title'));
  const choices = useReferralChoices();
  const [isNew, setIsNew] = useState(false);
  const [person, setPerson] = useState(EMPTY_PERSON);
  const [youngPersonId, setYoungPersonId] = useState('');
  const [programId, setProgramId] = useState('');
  const [referrerId, setReferrerId] = useState('');
  const [consentRecorded, setConsentRecorded] = useState(false);
  const [key, setKey] = useState(() => crypto.randomUUID());
  const createPerson = useCreateYoungPerson();
  const refer = useCreateReferral(key);
  if (choices.isPending) return <Loading />;
  if (choices.error) return <ErrorMessage error={choices.error} />;
  const { programs, municipalities, referrers, youngPeople } = choices.data;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    createPerson.reset();
    refer.reset();
    try {
      const personId = isNew ? (await createPerson.mutateAsync(person)).id : youngPersonId;
      await refer.mutateAsync({ programId, referrerId, youngPersonId: personId, consentRecorded });
    } catch (error) {
      if (refusedByServer(error)) setKey(crypto.randomUUID());
    }
  };
  const nameOf = (id: string) => (isNew ? person.name : youngPeople.find((row) => row.id === id)?.contact.name) ?? '';
  const done = refer.data;
  const setField = (field: keyof NewYoungPerson) => (value: string) => setPerson({ ...person, [field]: value });

  return (
    <>
      <h1>{t('referral.title')}</h1>
      {done ? (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-heading">{t('referral.done', { name: nameOf(done.referral.youngPersonId) })}</p>
            <p className="alert-text">
              <Link to={`/mentorships/${done.referral.id}`}>{t('referral.openCourse')}</Link>
            </p>
          </div>
        </div>
      ) : (
        <form onSubmit={submit} noValidate className="referral-form">
          <Field id="referral-program" label={t('referral.program')} path="programId" error={refer.error}>
            <Select id="referral-program" value={programId} onChange={setProgramId} options={programs.map((p) => [p.id, p.name])} />
          </Field>
          <div className="form-group">
            <fieldset>
              <legend className="form-label">{t('referral.youngPerson')}</legend>
              <ul className="nobullet-list">
                {[false, true].map((option) => (
                  <li key={String(option)}>
                    <input
                      id={`referral-person-${option ? 'new' : 'existing'}`}
                      type="radio"
                      className="form-radio radio-large"
                      name="referral-person"
                      checked={isNew === option}
                      onChange={() => setIsNew(option)}
                    />
                    <label htmlFor={`referral-person-${option ? 'new' : 'existing'}`}>
                      {t(option ? 'referral.newPerson' : 'referral.existingPerson')}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          </div>
          {isNew ? (
            <>
              <TextField
                id="person-name"
                label={t('referral.name')}
                path="contact.name"
                error={createPerson.error}
                value={person.name}
                onChange={setField('name')}
              />
              <TextField
                id="person-email"
                label={t('referral.email')}
                path="contact.email"
                error={createPerson.error}
                value={person.email}
                onChange={setField('email')}
                type="email"
              />
              <TextField
                id="person-birth"
                label={t('referral.birthDate')}
                path="birthDate"
                error={createPerson.error}
                value={person.birthDate}
                onChange={setField('birthDate')}
                type="date"
                max={today()}
              />
              <Field id="person-municipality" label={t('referral.municipality')} path="municipalityId" error={createPerson.error}>
                <Select
                  id="person-municipality"
                  value={person.municipalityId}
                  onChange={setField('municipalityId')}
                  options={municipalities.map((m) => [m.id, m.name])}
                />
              </Field>
            </>
          ) : (
            <Field id="referral-young-person" label={t('referral.existingName')} path="youngPersonId" error={refer.error}>
              <Select
                id="referral-young-person"
                value={youngPersonId}
                onChange={setYoungPersonId}
                options={youngPeople.map((p) => [p.id, p.contact.name])}
              />
            </Field>
          )}
          <Field id="referral-referrer" label={t('referral.referrer')} path="referrerId" error={refer.error}>
            <Select
              id="referral-referrer"
              value={referrerId}
              onChange={setReferrerId}
              options={referrers.map((r) => [
                r.id,
                `${r.contact.name} (${municipalities.find((m) => m.id === r.municipalityId)?.name ?? ''})`,
              ])}
            />
          </Field>
          <div className="form-group form-group-checkbox">
            <input
              id="referral-consent"
              type="checkbox"
              className="form-checkbox"
              checked={consentRecorded}
              onChange={(e) => setConsentRecorded(e.target.checked)}
            />
            <label htmlFor="referral-consent">{t('referral.consent')}</label>
          </div>
          <div aria-live="polite">
            {createPerson.error ? <ErrorMessage error={createPerson.error} /> : null}
            {refer.error ? <ErrorMessage error={refer.error} /> : null}
          </div>
          <button type="submit" className="button button-primary" disabled={createPerson.isPending || refer.isPending}>
            {t('referral.submit')}
          </button>
        </form>
      )}
      {done?.consentError ? <ErrorMessage error={done.consentError} /> : null}
    </>
  );
}

/** A select that starts on "choose", so nothing is referred to a default she did not pick. */
function Select({
  id,
  value,
  onChange,
  options,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  options: [string, string][];
}) {
  const { t } = useTranslation();
  return (
    <select id={id} className="form-select" value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('referral.choose')}</option>
      {options.map(([optionValue, text]) => (
        <option key={optionValue} value={optionValue}>
          {text}
        </option>
      ))}
    </select>
  );
}
