import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { Field } from '../components/Field';
import { CommandResult } from '../course/CommandResult';
import { useCourseCommand } from '../course/course-command';

type Agreement = components['schemas']['MatchAgreementDto'];
type TextKey = 'goals' | 'mentorRole' | 'youngPersonRole' | 'programCheckIns';
const TEXTS: readonly TextKey[] = ['goals', 'mentorRole', 'youngPersonRole', 'programCheckIns'];
const PERIODS = ['week', 'month'] as const;

/** The written match agreement both sign at the start: how often and how long they meet, the goals and each one's part. */
export function AgreementForm({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const [agreement, setAgreement] = useState<Agreement>({
    meetingsPerPeriod: 4,
    period: 'month',
    minutesPerMeeting: 60,
    goals: '',
    mentorRole: '',
    youngPersonRole: '',
    programCheckIns: t('agreement.defaultCheckIns'),
  });
  const record = useCourseCommand(courseId, (body: Agreement) =>
    api.POST('/mentorships/{id}/agreement', { params: { path: { id: courseId } }, body }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(agreement);
  };
  const number = (key: 'meetingsPerPeriod' | 'minutesPerMeeting') => (
    <Field id={`agreement-${key}`} label={t(`agreement.${key}`)} path={key} error={record.error}>
      <input
        id={`agreement-${key}`}
        className="form-input input-width-xs"
        type="number"
        inputMode="numeric"
        value={agreement[key]}
        onChange={(e) => setAgreement({ ...agreement, [key]: Number(e.target.value) })}
      />
    </Field>
  );
  return (
    <form onSubmit={submit} noValidate>
      <fieldset>
        <legend className="h3">{t('agreement.title')}</legend>
        {number('meetingsPerPeriod')}
        <Field id="agreement-period" label={t('agreement.period')} path="period" error={record.error}>
          <select
            id="agreement-period"
            className="form-select"
            value={agreement.period}
            onChange={(e) => setAgreement({ ...agreement, period: e.target.value as Agreement['period'] })}
          >
            {PERIODS.map((period) => (
              <option key={period} value={period}>
                {t(`agreement.periods.${period}`)}
              </option>
            ))}
          </select>
        </Field>
        {number('minutesPerMeeting')}
        {TEXTS.map((key) => (
          <Field key={key} id={`agreement-${key}`} label={t(`agreement.${key}`)} path={key} error={record.error}>
            <textarea
              id={`agreement-${key}`}
              className="form-input"
              rows={key === 'mentorRole' || key === 'youngPersonRole' ? 2 : 3}
              value={agreement[key]}
              onChange={(e) => setAgreement({ ...agreement, [key]: e.target.value })}
            />
          </Field>
        ))}
        <button type="submit" className="button button-primary" disabled={record.isPending}>
          {t('agreement.submit')}
        </button>
      </fieldset>
      <CommandResult mutation={record} done={t('agreement.done')} />
    </form>
  );
}
