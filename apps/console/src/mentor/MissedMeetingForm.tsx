import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useRecordIds } from '../api/record-ids';
import { Field } from '../components/Field';
import { CommandResult } from '../course/CommandResult';
import { today } from '../i18n/format';
import { useMentorCommand } from './mentor-data';

const MISSED_BY = ['young-person', 'mentor', 'both'] as const;
type MissedBy = (typeof MISSED_BY)[number];

/**
 * A planned meeting that did not happen: the day and who did not come. A run of them brings in the expert panel; the answer says
 * how long hers is.
 */
export function MissedMeetingForm({ mentorshipId, timeZone }: { mentorshipId: string; timeZone: string }) {
  const { t } = useTranslation();
  // Today where her program is kept, where the API judges the day.
  const [plannedOn, setPlannedOn] = useState(today(timeZone));
  const [missedBy, setMissedBy] = useState<MissedBy>('young-person');
  const record = useMentorCommand((body: { id: string; plannedOn: string; missedBy: MissedBy }) =>
    api.POST('/mentorships/{id}/missed-meetings', { params: { path: { id: mentorshipId } }, body }),
  );
  const ids = useRecordIds();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missed = { plannedOn, missedBy };
    record.mutate({ id: ids.idFor(missed), ...missed }, { onSuccess: ids.stored });
  };
  return (
    <form onSubmit={submit} noValidate>
      <fieldset>
        <legend className="h3">{t('mentor.missed.title')}</legend>
        <Field id="missed-on" label={t('mentor.missed.plannedOn')} path="plannedOn" error={record.error}>
          <input
            id="missed-on"
            className="form-input"
            type="date"
            value={plannedOn}
            max={today(timeZone)}
            onChange={(e) => setPlannedOn(e.target.value)}
          />
        </Field>
        <Field id="missed-by" label={t('mentor.missed.missedBy')} path="missedBy" error={record.error}>
          <select id="missed-by" className="form-select" value={missedBy} onChange={(e) => setMissedBy(e.target.value as MissedBy)}>
            {MISSED_BY.map((who) => (
              <option key={who} value={who}>
                {t(`mentor.missed.who.${who}`)}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" className="button button-secondary" disabled={record.isPending}>
          {t('mentor.missed.submit')}
        </button>
      </fieldset>
      <CommandResult mutation={record} done={record.data ? t('mentor.missed.done', { count: record.data.inARow }) : ''} />
    </form>
  );
}
