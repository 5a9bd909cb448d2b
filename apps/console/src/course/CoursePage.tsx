import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession, workflowLink } from '../api/session';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { formatDate, formatMinutes } from '../i18n/format';
import { usePageTitle } from '../layout/page-title';
import { ClosureSection } from './ClosureSection';
import { ContactChart } from './ContactChart';
import { minutesByPeriod } from './contact-periods';
import { CourseCommands } from './CourseCommands';
import { type CourseView, useCourse, useCourseContext, useCourseEscalations, useMeetings, closingPolicyOf } from './course-data';
import { MeasurementsSection } from './MeasurementsSection';
import { MovedOnNotice } from './MovedOnNotice';
import { PhaseTimeline } from './PhaseTimeline';

const CONTACT_PERIOD_DAYS: Record<string, number> = { week: 7, month: 30 };

/** A young person's course, whole: its way so far, contact against the target, what was measured and raised, and what can be done now. */
export function CoursePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const course = useCourse(id);
  const context = useCourseContext(id);
  const session = useSession();
  const name = context.data?.youngPerson.name;
  usePageTitle(name ? t('course.titleOf', { name }) : t('course.title'));
  if (course.isPending) return <Loading />;
  if (course.error) return <ErrorMessage error={course.error} />;
  const state = course.data;
  const operatorLink = workflowLink(session.data, `mentorship-${id}`);
  return (
    <>
      <h1>{name ? t('course.titleOf', { name }) : t('course.title')}</h1>
      <p className="course-status">
        <span className="badge badge-info">{t(`phases.${state.phase}`)}</span>{' '}
        {state.openEscalations.length > 0 && (
          <span className="badge badge-error">{t('course.riskFlag', { count: state.openEscalations.length })}</span>
        )}
      </p>
      {operatorLink && (
        <p>
          <a href={operatorLink} target="_blank" rel="noreferrer">
            {t('operators.workflowLink')}
          </a>
        </p>
      )}
      <section aria-labelledby="commands-heading">
        <h2 id="commands-heading">{t('course.commands.title')}</h2>
        <MovedOnNotice id={id} />
        <CourseCommands course={state} />
      </section>
      {/* Once closing has begun, what it waits for is read first; before, it is the page's last word. */}
      {state.closure && <ClosureSection course={state} policy={context.data && closingPolicyOf(context.data)} />}
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('course.timeline.title')}</h2>
        <PhaseTimeline course={state} referredAt={context.data?.referredAt} />
      </section>
      <MeetingsSection course={state} target={context.data?.policy.contact} readAt={course.dataUpdatedAt} />
      <MeasurementsSection id={id} />
      <section aria-labelledby="check-ins-heading">
        <h2 id="check-ins-heading">{t('course.checkIns.title')}</h2>
        <ul>
          {(['young-person', 'mentor', 'referrer'] as const).map((party) => (
            <li key={party}>{t('course.checkIns.count', { party: t(`course.parties.${party}`), count: state.checkIns[party] ?? 0 })}</li>
          ))}
        </ul>
      </section>
      <EscalationsSection id={id} />
      {!state.closure && <ClosureSection course={state} policy={context.data && closingPolicyOf(context.data)} />}
    </>
  );
}

/** `readAt`: when the course was read, the moment its contact periods are counted to. */
function MeetingsSection({
  course,
  target,
  readAt,
}: {
  course: CourseView;
  target?: { targetHours: number; per: string };
  readAt: number;
}) {
  const { t } = useTranslation();
  const meetings = useMeetings(course.mentorshipId);
  const periodDays = target ? (CONTACT_PERIOD_DAYS[target.per] ?? 30) : 30;
  const started = course.matchStartedAt ? Date.parse(course.matchStartedAt) : undefined;
  const periodsSoFar = started ? Math.floor((readAt - started) / (periodDays * 86_400_000)) + 1 : 0;
  return (
    <section aria-labelledby="meetings-heading">
      <h2 id="meetings-heading">{t('course.meetings.title')}</h2>
      <p>
        {t('course.meetings.summary', {
          count: course.meetings.count,
          total: formatMinutes(course.meetings.minutes),
          last: formatDate(course.meetings.lastHeldOn),
        })}
      </p>
      {target && started && meetings.data && (
        <ContactChart
          minutesByPeriod={minutesByPeriod(meetings.data, course.matchStartedAt!, periodDays)}
          periods={Math.max(periodsSoFar, course.contact.periodsChecked)}
          targetMinutes={target.targetHours * 60}
        />
      )}
      {meetings.data && meetings.data.length > 0 && (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption>{t('course.meetings.log')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('course.logMeeting.heldOn')}</th>
                <th scope="col">{t('course.logMeeting.minutes')}</th>
                <th scope="col">{t('course.logMeeting.placeKind')}</th>
              </tr>
            </thead>
            <tbody>
              {meetings.data.map((meeting) => (
                <tr key={meeting.id}>
                  <td>{formatDate(meeting.heldOn)}</td>
                  <td>{formatMinutes(meeting.minutes)}</td>
                  <td>{t(`course.placeKinds.${meeting.placeKind}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function EscalationsSection({ id }: { id: string }) {
  const { t } = useTranslation();
  const escalations = useCourseEscalations(id);
  return (
    <section aria-labelledby="course-escalations-heading">
      <h2 id="course-escalations-heading">{t('course.escalations.title')}</h2>
      {escalations.error && <ErrorMessage error={escalations.error} />}
      {escalations.data?.length === 0 && <p>{t('course.escalations.none')}</p>}
      {escalations.data && escalations.data.length > 0 && (
        <ul>
          {escalations.data.map((escalation) => (
            <li key={escalation.id}>
              <Link to={`/escalations/${escalation.id}`}>
                {t(`escalations.reasons.${escalation.reason}`)} · {t(`escalations.urgency.${escalation.urgency}`)} ·{' '}
                {t(`escalations.statusOne.${escalation.status}`)}
              </Link>{' '}
              ({formatDate(escalation.raisedAt)})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
