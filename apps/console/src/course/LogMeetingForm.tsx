import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useRecordIds } from '../api/record-ids';
import { Field } from '../components/Field';
import { CommandResult } from './CommandResult';
import { useCourseCommand } from './course-command';
import { useCourseToday } from './course-data';

const PLACE_KINDS = ['cafe', 'walk', 'home', 'library', 'activity', 'online', 'phone', 'other'] as const;
const DURATIONS = [30, 45, 60, 90, 120, 180];

/** Date (today unless she changes it), how long, what kind of place: never what was said. */
export function LogMeetingForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const today = useCourseToday(id);
  // Today until she picks a day: her program's today, which may be read after the form appears.
  const [picked, setHeldOn] = useState<string>();
  const heldOn = picked ?? today;
  const [minutes, setMinutes] = useState(60);
  const [placeKind, setPlaceKind] = useState<(typeof PLACE_KINDS)[number]>('cafe');
  const log = useCourseCommand(id, (body: { id: string; heldOn: string; minutes: number; placeKind: (typeof PLACE_KINDS)[number] }) =>
    api.POST('/mentorships/{id}/meetings', { params: { path: { id } }, body }),
  );
  const ids = useRecordIds();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const meeting = { heldOn, minutes, placeKind };
    log.mutate({ id: ids.idFor(meeting), ...meeting }, { onSuccess: ids.stored });
  };
  return (
    <form onSubmit={submit} noValidate>
      <fieldset>
        <legend className="h3">{t('course.logMeeting.title')}</legend>
        <Field id="meeting-date" label={t('course.logMeeting.heldOn')} path="heldOn" error={log.error}>
          <input
            id="meeting-date"
            className="form-input"
            type="date"
            value={heldOn}
            max={today}
            required
            onChange={(e) => setHeldOn(e.target.value)}
          />
        </Field>
        <Field id="meeting-minutes" label={t('course.logMeeting.minutes')} path="minutes" error={log.error}>
          <select id="meeting-minutes" className="form-select" value={minutes} onChange={(e) => setMinutes(Number(e.target.value))}>
            {DURATIONS.map((value) => (
              <option key={value} value={value}>
                {t('course.logMeeting.minutesOption', { count: value })}
              </option>
            ))}
          </select>
        </Field>
        <Field id="meeting-place" label={t('course.logMeeting.placeKind')} path="placeKind" error={log.error}>
          <select
            id="meeting-place"
            className="form-select"
            value={placeKind}
            onChange={(e) => setPlaceKind(e.target.value as (typeof PLACE_KINDS)[number])}
          >
            {PLACE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`course.placeKinds.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" className="button button-primary" disabled={log.isPending}>
          {t('course.logMeeting.submit')}
        </button>
      </fieldset>
      <CommandResult mutation={log} done={t('course.logMeeting.done')} />
    </form>
  );
}
