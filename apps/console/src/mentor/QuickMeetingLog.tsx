import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useRecordIds } from '../api/record-ids';
import { Field } from '../components/Field';
import { CommandResult } from '../course/CommandResult';
import { today } from '../i18n/format';
import { useMentorCommand } from './mentor-data';

const PLACE_KINDS = ['cafe', 'walk', 'home', 'library', 'activity', 'online', 'phone', 'other'] as const;
type PlaceKind = (typeof PLACE_KINDS)[number];
const DURATIONS = [30, 60, 90, 120];

/**
 * A meeting in three taps: open, how long (60 minutes unless she picks another), where (which logs it). The day is today unless she
 * changes it. No field for what was said: meetings are never transcripts.
 */
export function QuickMeetingLog({ mentorshipId, name, timeZone }: { mentorshipId: string; name: string; timeZone: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // Today where her program is kept, where the API judges the day.
  const [heldOn, setHeldOn] = useState(today(timeZone));
  const [minutes, setMinutes] = useState(60);
  const log = useMentorCommand((body: { id: string; heldOn: string; minutes: number; placeKind: PlaceKind }) =>
    api.POST('/mentorships/{id}/meetings', { params: { path: { id: mentorshipId } }, body }),
  );
  const recordIds = useRecordIds();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const button = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const meeting = { heldOn, minutes, placeKind: (button?.value ?? 'other') as PlaceKind };
    log.mutate({ id: recordIds.idFor(meeting), ...meeting }, { onSuccess: () => (recordIds.stored(), setOpen(false)) });
  };
  const ids = (what: string) => `${what}-${mentorshipId}`;
  if (!open) {
    return (
      <>
        <button type="button" className="button button-primary quick-log-open" onClick={() => (log.reset(), setOpen(true))}>
          {t('mentor.log.open', { name })}
        </button>
        <CommandResult mutation={log} done={t('mentor.log.done')} />
      </>
    );
  }
  return (
    <form className="quick-log" onSubmit={submit} noValidate>
      <Field id={ids('held-on')} label={t('mentor.log.heldOn')} path="heldOn" error={log.error}>
        <input
          id={ids('held-on')}
          className="form-input"
          type="date"
          value={heldOn}
          max={today(timeZone)}
          onChange={(e) => setHeldOn(e.target.value)}
        />
      </Field>
      <fieldset>
        <legend className="form-label">{t('mentor.log.minutes')}</legend>
        <div className="choice-buttons">
          {DURATIONS.map((value) => (
            <button
              key={value}
              type="button"
              className={value === minutes ? 'button button-primary' : 'button button-secondary'}
              aria-pressed={value === minutes}
              onClick={() => setMinutes(value)}
            >
              {t('mentor.log.minutesOption', { count: value })}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="form-label">{t('mentor.log.placeKind')}</legend>
        <div className="choice-buttons">
          {PLACE_KINDS.map((kind) => (
            <button key={kind} type="submit" value={kind} className="button button-secondary" disabled={log.isPending}>
              {t(`course.placeKinds.${kind}`)}
            </button>
          ))}
        </div>
      </fieldset>
      <button type="button" className="button button-tertiary" onClick={() => setOpen(false)}>
        {t('mentor.log.cancel')}
      </button>
      <CommandResult mutation={log} done={t('mentor.log.done')} />
    </form>
  );
}
