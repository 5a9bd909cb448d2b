import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../i18n/format';
import type { CourseView } from './course-data';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The course's way so far, every match attempt kept (a decline or a mentor leaving starts a new one). */
export function PhaseTimeline({ course, referredAt }: { course: CourseView; referredAt?: string }) {
  const { t } = useTranslation();
  const answer = (value: string | undefined) => (value ? t(`course.answers.${value}`) : t('course.answers.none'));
  return (
    <ol className="timeline">
      {referredAt && <li>{t('course.timeline.referred', { date: formatDate(referredAt) })}</li>}
      {course.attempts.map((attempt) => (
        <li key={attempt.attempt}>
          {t('course.timeline.attempt', { n: attempt.attempt, date: formatDateTime(attempt.proposedAt) })}{' '}
          {t('course.timeline.answers', { youngPerson: answer(attempt.answers['young-person']), mentor: answer(attempt.answers.mentor) })}
          {attempt.outcome && <> {t(`course.attemptOutcomes.${attempt.outcome}`)}</>}
        </li>
      ))}
      {course.matchStartedAt && <li>{t('course.timeline.matchStarted', { date: formatDate(course.matchStartedAt) })}</li>}
      {course.firstMeetingOn && <li>{t('course.timeline.firstMeeting', { date: formatDate(course.firstMeetingOn) })}</li>}
      {course.reviewsHeld.map((offset) => (
        <li key={offset}>{t('course.timeline.review', { days: Math.round(offset / DAY_MS) })}</li>
      ))}
      {course.extensions > 0 && <li>{t('course.timeline.extended', { count: course.extensions })}</li>}
      {course.closure && (
        <li>
          {t('course.timeline.closed', {
            date: formatDate(course.closure.at),
            kind: t(`course.closureKinds.${course.closure.kind}`),
            reason: t(`course.closureReasons.${course.closure.reason}`),
            outcome: t(`course.outcomes.${course.closure.outcome}`),
          })}
        </li>
      )}
      <li aria-current="step">
        <strong>{t('course.timeline.now', { phase: t(`phases.${course.phase}`), date: formatDate(course.phaseSince) })}</strong>
        {course.plannedEndAt && !course.closure && <> {t('course.timeline.plannedEnd', { date: formatDate(course.plannedEndAt) })}</>}
      </li>
    </ol>
  );
}
