import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { formatDate } from '../i18n/format';
import { usePageTitle } from '../layout/page-title';
import { CalendarFeedSection } from './CalendarFeedSection';
import { hasOutstanding, PathChecklist } from './PathChecklist';
import { useMentorPath } from './mentor-data';

/**
 * Her own path as a mentor: where she stands, what her program requires before approval (the screening steps outstanding and done,
 * the course, the approval), the group meetings she is on, and her private calendar feed.
 */
export function MentorPathPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  usePageTitle(t('mentor.path.title'));
  const read = useMentorPath(id);
  return (
    <>
      <p>
        <Link to={`/mentors/${id}/young-people`}>{t('mentor.course.back')}</Link>
      </p>
      <h1>{t('mentor.path.title')}</h1>
      {read.isPending && <Loading />}
      {read.error && <ErrorMessage error={read.error} />}
      {read.data && (
        <>
          <p>
            {t('mentor.path.phase', { phase: t(`mentor.phases.${read.data.path.phase}`), date: formatDate(read.data.path.phaseSince) })}
          </p>
          <h2>{t('mentor.path.checklist')}</h2>
          <PathChecklist checklist={read.data.path.checklist} />
          {hasOutstanding(read.data.path.checklist) && <p className="form-hint">{t('mentor.path.nextSteps')}</p>}
          <h2>{t('mentor.path.groupMeetings')}</h2>
          <GroupMeetings history={read.data.history} />
        </>
      )}
      <CalendarFeedSection mentorId={id} />
    </>
  );
}

function GroupMeetings({ history }: { history: Array<{ type: string; at: string; kind: string; meetingId?: string }> }) {
  const { t } = useTranslation();
  const meetings = history.filter((entry) => entry.type === 'group-meeting').sort((a, b) => b.at.localeCompare(a.at));
  if (meetings.length === 0) return <p>{t('mentor.path.noGroupMeetings')}</p>;
  return (
    <ul>
      {meetings.map((meeting) => (
        <li key={meeting.meetingId ?? meeting.at}>
          {formatDate(meeting.at)}: {t(`mentor.groupMeetingKinds.${meeting.kind}`, meeting.kind)}
        </li>
      ))}
    </ul>
  );
}
