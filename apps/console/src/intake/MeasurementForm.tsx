import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useRecordIds } from '../api/record-ids';
import type { components } from '../api/schema';
import { Field } from '../components/Field';
import { CommandResult } from '../course/CommandResult';
import { courseKey, type CourseView, useCourseToday } from '../course/course-data';
import { useCourseCommand } from '../course/course-command';
import { formatNumber } from '../i18n/format';
import { duePointWords } from './due-point';
import { type DueMeasurement, INSTRUMENTS, QUESTIONNAIRE_ITEMS, useDueMeasurements } from './measurement-data';

type Reading = components['schemas']['MeasurementReading'];
type Language = 'da' | 'en';

/** A questionnaire answered with the coordinator (on paper, by phone) and entered for the young person; its band is shown after. */
export function MeasurementForm({ course }: { course: CourseView }) {
  const { t } = useTranslation();
  const { due, isPending } = useDueMeasurements(
    course.mentorshipId,
    course.measurements,
    course.phase === 'closing',
    course.matchStartedAt,
  );
  if (isPending) return null;
  if (due.length === 0) return <p>{t('measurement.noneDue')}</p>;
  return <MeasurementFields courseId={course.mentorshipId} due={due} />;
}

function MeasurementFields({ courseId, due }: { courseId: string; due: DueMeasurement[] }) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'da';
  const [chosen, setChosen] = useState(0);
  const { instrument, duePoint } = due[Math.min(chosen, due.length - 1)];
  const items = QUESTIONNAIRE_ITEMS[instrument];
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const today = useCourseToday(courseId);
  // Today until she picks a day: the course's program's today, which may be read after the form appears.
  const [picked, setMeasuredOn] = useState<string>();
  const measuredOn = picked ?? today;
  const [sentId, setSentId] = useState<string>();
  const submit = useCourseCommand(courseId, (body: components['schemas']['SubmitMeasurementDto']) =>
    api.POST('/mentorships/{id}/measurements', { params: { path: { id: courseId } }, body }),
  );
  const readings = useQuery<Reading[]>({ queryKey: [...courseKey(courseId), 'measurements'], enabled: false });
  const result = readings.data?.find((reading) => reading.id === sentId);
  const dueText = (label: string) => {
    const words = duePointWords(label);
    return words ? t(words.key, { count: words.count }) : label;
  };
  const ids = useRecordIds();
  const send = (event: FormEvent) => {
    event.preventDefault();
    const measurement = {
      instrument,
      duePoint,
      measuredOn,
      // An unanswered item is sent as missing, so the API names it rather than the console guessing an answer.
      answers: items.items.map((item) =>
        answers[item.key] === undefined || answers[item.key] === '' ? Number.NaN : Number(answers[item.key]),
      ),
    };
    const id = ids.idFor(measurement);
    setSentId(id);
    // The next due point starts blank: her answers to this one are not carried over to it.
    submit.mutate({ id, ...measurement }, { onSuccess: () => (ids.stored(), setAnswers({}), setChosen(0)) });
  };
  return (
    <form onSubmit={send} noValidate>
      <fieldset>
        <legend className="h3">{t('measurement.title')}</legend>
        <Field id="measurement-due" label={t('measurement.which')} path="duePoint" error={submit.error}>
          <select id="measurement-due" className="form-select" value={chosen} onChange={(e) => setChosen(Number(e.target.value))}>
            {due.map((option, index) => (
              <option key={`${option.instrument}@${option.duePoint}`} value={index}>
                {t('measurement.option', { instrument: t(`instruments.${option.instrument}`), duePoint: dueText(option.duePoint) })}
              </option>
            ))}
          </select>
        </Field>
        <Field id="measurement-date" label={t('measurement.measuredOn')} path="measuredOn" error={submit.error}>
          <input
            id="measurement-date"
            type="date"
            className="form-input"
            value={measuredOn}
            max={today}
            onChange={(e) => setMeasuredOn(e.target.value)}
          />
        </Field>
        <p className="form-hint">{items.lead[language]}</p>
        {/* The answers' problems name the list, not an item: they are shown in the alert below, with the form's other problems. */}
        {items.items.map((item) => (
          <div key={item.key} className="form-group">
            <label className="form-label" htmlFor={`measurement-${item.key}`}>
              {item.text[language]}
            </label>
            <select
              id={`measurement-${item.key}`}
              className="form-select"
              value={answers[item.key] ?? ''}
              onChange={(e) => setAnswers({ ...answers, [item.key]: e.target.value })}
            >
              <option value="">{t('measurement.choose')}</option>
              {items.scale.map((words, point) => (
                <option key={point} value={point + INSTRUMENTS[instrument].scale.min}>
                  {words[language]}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button type="submit" className="button button-secondary" disabled={submit.isPending}>
          {t('measurement.submit')}
        </button>
      </fieldset>
      <CommandResult mutation={submit} done={t('measurement.done')} />
      {result && (
        <p className="measurement-result" role="status">
          {t('measurement.result', { score: formatNumber(result.score ?? 0) })}{' '}
          {result.band ? <strong>{t(`bands.${result.band}`)}</strong> : t('measurement.noBand')}
        </p>
      )}
    </form>
  );
}
