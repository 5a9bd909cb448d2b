import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { workflowLink, useSession } from '../api/session';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { formatDate, formatNumber } from '../i18n/format';
import { usePageTitle } from '../layout/page-title';
import { PathChecklist } from '../mentor/PathChecklist';
import { MentorCommands } from './MentorCommands';
import { useMentor, type MentorHistoryEntry, type MentorPath } from './mentor-data';

/**
 * A mentor's path as a timeline and as the checklist of what her program requires before approval (what is outstanding), her capacity
 * in use, the group meetings she attended, and the commands the path takes now.
 */
export function MentorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const mentor = useMentor(id);
  const session = useSession();
  const name = mentor.data?.mentor.contact.name;
  usePageTitle(name ?? t('mentors.detailTitle'));
  if (mentor.isPending) return <Loading />;
  if (mentor.error) return <ErrorMessage error={mentor.error} />;
  const { path, history } = mentor.data;
  const meetings = history.filter((entry) => entry.type === 'group-meeting');
  const operatorLink = workflowLink(session.data, `mentor-${id}`);
  return (
    <>
      <h1>{name}</h1>
      <dl className="facts">
        <dt>{t('mentors.phase')}</dt>
        <dd>
          {path
            ? t('mentors.phaseSince', { phase: t(`mentors.phases.${path.phase}`), date: formatDate(path.phaseSince) })
            : t('mentors.notApplied')}
        </dd>
        {path && (
          <>
            <dt>{t('mentors.capacity')}</dt>
            <dd>{t('mentors.slotsInUse', { used: formatNumber(path.mentorships.length), capacity: formatNumber(path.capacity) })}</dd>
          </>
        )}
      </dl>
      {operatorLink && (
        <p>
          <a href={operatorLink}>{t('operators.workflowLink')}</a>
        </p>
      )}
      <h2>{t('mentors.timeline')}</h2>
      {path ? <PathTimeline path={path} history={history} /> : <p>{t('mentors.noPath')}</p>}
      {path && (
        <>
          <h2>{t('mentors.checklist')}</h2>
          <PathChecklist checklist={path.checklist} />
        </>
      )}
      <h2>{t('mentors.groupMeetings')}</h2>
      {meetings.length === 0 ? (
        <p>{t('mentors.noGroupMeetings')}</p>
      ) : (
        <ul>
          {meetings.map((meeting) => (
            <li key={meeting.type === 'group-meeting' ? meeting.meetingId : meeting.at}>
              {t(`mentors.groupMeetingKinds.${meeting.kind}`)}, {formatDate(meeting.at)}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('mentors.commands.title')}</h2>
      <MentorCommands mentorId={id} path={path} />
    </>
  );
}

/** Each step of the path as it was recorded (application, each screening step, the course, approval), then where it stands now. */
function PathTimeline({ path, history }: { path: MentorPath; history: MentorHistoryEntry[] }) {
  const { t } = useTranslation();
  const steps = history.filter((entry) => entry.type === 'path');
  return (
    <ol className="timeline">
      {steps.map((step, index) => (
        <li key={`${step.at}/${index}`}>{eventText(step, t)}</li>
      ))}
      <li aria-current="step">
        <strong>{t('mentors.now', { phase: t(`mentors.phases.${path.phase}`), date: formatDate(path.phaseSince) })}</strong>
        {path.endReason && <> {t('mentors.endedBecause', { reason: t(`mentors.endReasons.${path.endReason}`) })}</>}
      </li>
    </ol>
  );
}

function eventText(step: MentorHistoryEntry, t: (key: string, options?: Record<string, string>) => string): string {
  const detail = step.type === 'path' ? step.detail : {};
  return t(`mentors.events.${step.kind}`, {
    date: formatDate(step.at),
    step: detail.step ? t(`mentors.steps.${detail.step}`) : '',
    result: detail.result ? t(`mentors.results.${detail.result}`) : '',
    reason: detail.reason ? t(`mentors.endReasons.${detail.reason}`) : '',
    defaultValue: `${step.kind} ${formatDate(step.at)}`,
  });
}
