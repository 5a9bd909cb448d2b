import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { YOUNG_PERSON_EXPLANATION } from '../../../../libs/domain/young-person-explanation';
import { ApiFailure } from '../api/api-error';
import { ErrorMessage, Loading, useErrorText } from '../components/ErrorMessage';
import { Field } from '../components/Field';
import { TextField } from '../components/TextField';
import { formatDate, formatNumber, today } from '../i18n/format';
import { usePageTitle } from '../layout/page-title';
import { lastDayBefore } from './quota-days';
import { type ReferrableProgram, useReferrablePrograms, useReferYoungPerson } from './refer-data';

/** What the referrer types about the young person: no more than a caseworker knows at referral. */
const EMPTY = { name: '', birthDate: '', gender: '', email: '', phone: '' };
const GENDERS = ['female', 'male', 'other'] as const;
const EXPLAINED = ['whatIsStored', 'whoSeesIt', 'howToWithdraw'] as const;

/** A refusal the server gave for this form: the next send is a new request, with a new key. */
const refusedByServer = (error: unknown) => error instanceof ApiFailure && error.body.statusCode >= 400 && error.body.statusCode < 500;

/**
 * A referrer refers a young person herself, on her phone: a program open to her municipality, who the young person is, and her
 * consent. One command registers and refers her; the referrer lands on her list, where the new course shows first.
 */
export function ReferPage() {
  const { t } = useTranslation();
  usePageTitle(t('refer.title'));
  const programs = useReferrablePrograms();
  return (
    <>
      <p>
        <Link to="/my-referrals">{t('refer.back')}</Link>
      </p>
      <h1>{t('refer.title')}</h1>
      <p className="font-lead">{t('refer.lead')}</p>
      {programs.isPending && <Loading />}
      {programs.error && <ErrorMessage error={programs.error} />}
      {programs.data?.length === 0 && (
        <div className="alert alert-info">
          <div className="alert-body">
            <p className="alert-heading">{t('refer.noPrograms')}</p>
            <p className="alert-text">{t('refer.noProgramsMore')}</p>
          </div>
        </div>
      )}
      {programs.data && programs.data.length > 0 && <ReferForm programs={programs.data} />}
    </>
  );
}

function ReferForm({ programs }: { programs: ReferrableProgram[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const open = programs.filter((program) => program.made < program.agreed);
  const [programId, setProgramId] = useState(open.length === 1 ? open[0].id : '');
  const [person, setPerson] = useState(EMPTY);
  const [consentGiven, setConsentGiven] = useState(false);
  const [key, setKey] = useState(() => crypto.randomUUID());
  const refer = useReferYoungPerson(key);
  const set = (field: keyof typeof EMPTY) => (value: string) => setPerson({ ...person, [field]: value });
  const language = i18n.language === 'en' ? 'en' : 'da';
  const chosen = programs.find((program) => program.id === programId);
  const programHint = (program: ReferrableProgram) =>
    `${t('refer.programHint', { min: formatNumber(program.minAge), max: formatNumber(program.maxAge) })} ${t('refer.quotaMade', {
      made: formatNumber(program.made),
      agreed: formatNumber(program.agreed),
      to: formatDate(lastDayBefore(program.periodEnd)),
    })}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    refer.reset();
    const { name, birthDate, gender, email, phone } = person;
    try {
      const referral = await refer.mutateAsync({
        programId,
        youngPerson: {
          contact: { name, email: email.trim() || null, phone: phone.trim() || null, language: 'da' },
          birthDate,
          gender: gender === '' ? null : (gender as (typeof GENDERS)[number]),
        },
        consentGiven,
      });
      navigate('/my-referrals', { state: { referred: { name, programName: referral.programName, phase: referral.phase } } });
    } catch (error) {
      if (refusedByServer(error)) setKey(crypto.randomUUID());
    }
  };

  return (
    <form onSubmit={submit} noValidate className="refer-form">
      <Field id="refer-program" label={t('refer.program')} path="programId" error={refer.error}>
        <span className="form-hint" id="refer-program-hint">
          {chosen ? programHint(chosen) : t('refer.programChoose')}
        </span>
        <select
          id="refer-program"
          className="form-select"
          value={programId}
          aria-describedby="refer-program-hint"
          onChange={(e) => setProgramId(e.target.value)}
        >
          <option value="">{t('refer.choose')}</option>
          {programs.map((program) => (
            <option key={program.id} value={program.id} disabled={program.made >= program.agreed}>
              {program.made >= program.agreed ? t('refer.programFull', { program: program.name }) : program.name}
            </option>
          ))}
        </select>
      </Field>
      <TextField
        id="refer-name"
        label={t('refer.name')}
        path="youngPerson.contact.name"
        error={refer.error}
        value={person.name}
        onChange={set('name')}
        autoComplete="off"
      />
      <TextField
        id="refer-birth"
        label={t('refer.birthDate')}
        path="youngPerson.birthDate"
        error={refer.error}
        value={person.birthDate}
        onChange={set('birthDate')}
        type="date"
        max={today()}
      />
      <Field id="refer-gender" label={t('refer.gender')} path="youngPerson.gender" error={refer.error}>
        <select id="refer-gender" className="form-select" value={person.gender} onChange={(e) => set('gender')(e.target.value)}>
          <option value="">{t('refer.genderUnstated')}</option>
          {GENDERS.map((gender) => (
            <option key={gender} value={gender}>
              {t(`refer.genders.${gender}`)}
            </option>
          ))}
        </select>
      </Field>
      <TextField
        id="refer-email"
        label={t('refer.email')}
        hint={t('refer.emailHint')}
        path="youngPerson.contact.email"
        error={refer.error}
        value={person.email}
        onChange={set('email')}
        type="email"
        autoComplete="off"
      />
      <TextField
        id="refer-phone"
        label={t('refer.phone')}
        path="youngPerson.contact.phone"
        error={refer.error}
        value={person.phone}
        onChange={set('phone')}
        type="tel"
        autoComplete="off"
      />
      <details className="details refer-explained">
        <summary className="details-summary">{t('refer.explainedTitle')}</summary>
        <div className="details-text">
          {EXPLAINED.map((part) => (
            <div key={part}>
              <h2 className="h4">{t(`youngPerson.explanation.${part}`)}</h2>
              <p>{YOUNG_PERSON_EXPLANATION[part][language]}</p>
            </div>
          ))}
        </div>
      </details>
      <ConsentField checked={consentGiven} onChange={setConsentGiven} error={refer.error} />
      <div aria-live="polite">{refer.error ? <ErrorMessage error={refer.error} /> : null}</div>
      <button type="submit" className="button button-primary" disabled={refer.isPending}>
        {t('refer.submit')}
      </button>
    </form>
  );
}

/**
 * Her consent, ticked by the referrer: dkfds puts a checkbox before its label in a group of its own (which the alert finds by
 * its path), so this is no Field; the API's problem shows above it.
 */
function ConsentField({ checked, onChange, error }: { checked: boolean; onChange: (checked: boolean) => void; error: unknown }) {
  const { t } = useTranslation();
  const text = useErrorText();
  const problem = error instanceof ApiFailure ? error.body.problems?.find((candidate) => candidate.path === 'consentGiven') : undefined;
  return (
    <div className={problem ? 'form-group form-error' : 'form-group'}>
      {problem && (
        <span className="form-error-message" id="refer-consent-error">
          <span className="sr-only">{t('errors.fieldError')}: </span>
          {text({ ...problem, message: problem.problem })}
        </span>
      )}
      <div className="form-group-checkbox" data-field-path="consentGiven">
        <input
          id="refer-consent"
          type="checkbox"
          className="form-checkbox checkbox-large"
          checked={checked}
          aria-describedby={problem ? 'refer-consent-error' : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />
        <label htmlFor="refer-consent">{t('refer.consent')}</label>
      </div>
    </div>
  );
}
