import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/format';
import { closingOutstanding, continuationAskedOn, exitParties } from './closing';
import type { ClosingPolicy, CourseView } from './course-data';

/** How the course ended or is ending: the closure, each exit conversation, what closing still waits for, and the follow-up after. */
export function ClosureSection({ course, policy }: { course: CourseView; policy?: ClosingPolicy }) {
  const { t } = useTranslation();
  const { closure } = course;
  const outstanding = closingOutstanding(course, policy);
  // Those not recorded yet are listed with what closing waits for.
  const recorded = exitParties(course).filter((party) => course.exitConversations.includes(party));
  const waiting = [
    ...outstanding.exitConversations.map((party) => t('course.closure.waitingExit', { party: t(`things.${party}`) })),
    ...outstanding.measurements.map((instrument) => t('course.closure.waitingMeasurement', { instrument: t(`instruments.${instrument}`) })),
  ];
  return (
    <section aria-labelledby="closure-heading">
      <h2 id="closure-heading">{t('course.closure.title')}</h2>
      {closure ? (
        <p>
          {/* Closing began with the command; the course is closed once what closing waits for is in (the phase's start). */}
          {t(course.phase === 'closed' ? 'course.closure.closed' : 'course.closure.closing', {
            date: formatDate(course.phase === 'closed' ? course.phaseSince : closure.at),
            kind: t(`course.closureKinds.${closure.kind}`),
            reason: t(`course.closureReasons.${closure.reason}`),
            outcome: t(`course.outcomes.${closure.outcome}`),
          })}
        </p>
      ) : (
        <p>{t('course.closure.notClosed')}</p>
      )}
      {recorded.length > 0 && (
        <ul>
          {recorded.map((party) => (
            <li key={party}>
              {t('course.closure.exitConversation', {
                party: t(`things.${party}`),
                state: course.exitConversationsHeld[party] ? t('course.closure.held') : t('course.closure.offered'),
              })}
            </li>
          ))}
        </ul>
      )}
      {course.phase === 'closing' && waiting.length > 0 && (
        <>
          <p>{t('course.closure.waitingFor')}</p>
          <ul>
            {waiting.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {course.phase === 'closed' && <Continuation course={course} policy={policy} />}
    </section>
  );
}

function Continuation({ course, policy }: { course: CourseView; policy?: ClosingPolicy }) {
  const { t } = useTranslation();
  const { continuation } = course;
  if (continuation?.answeredAt)
    return <p>{continuation.keptInTouch ? t('course.closure.keptInTouch') : t('course.closure.notKeptInTouch')}</p>;
  if (continuation?.unansweredAt) return <p>{t('course.closure.continuationUnanswered')}</p>;
  if (continuation?.askedAt) return <p>{t('course.closure.continuationAsked', { date: formatDate(continuation.askedAt) })}</p>;
  if (policy && !policy.continuation.followUp) return <p>{t('course.closure.noContinuation')}</p>;
  const askOn = continuationAskedOn(course, policy);
  return askOn ? <p>{t('course.closure.continuationPlanned', { date: formatDate(askOn) })}</p> : null;
}
