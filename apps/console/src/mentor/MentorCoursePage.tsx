import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../api/session';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { usePageTitle } from '../layout/page-title';
import './phone-pages.css';
import { AdviceList } from './AdviceList';
import { DueList } from './DueList';
import { useMentorCourse, useMyYoungPeople } from './mentor-data';
import { MissedMeetingForm } from './MissedMeetingForm';
import { QuickMeetingLog } from './QuickMeetingLog';
import { RaiseEscalationForm } from './RaiseEscalationForm';

/** One of her young people: what is due, log a meeting or a missed one, ask the panel, read its advice. Another's: the API's refusal. */
export function MentorCoursePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const mentorId = useSession().data?.principal.mentorId ?? '';
  const course = useMentorCourse(id);
  const youngPeople = useMyYoungPeople(mentorId);
  const person = youngPeople.data?.find((candidate) => candidate.mentorshipId === id);
  usePageTitle(person?.name ?? t('mentor.course.title'));
  const back = (
    <p>
      <Link to={`/mentors/${mentorId}/young-people`}>{t('mentor.course.back')}</Link>
    </p>
  );
  if (course.isPending || youngPeople.isPending) return <Loading />;
  if (course.error)
    return (
      <>
        <h1>{t('mentor.course.title')}</h1>
        <ErrorMessage error={course.error} />
        {back}
      </>
    );
  if (!person) {
    return (
      <>
        <h1>{t('mentor.course.title')}</h1>
        <p>{t('mentor.course.notActive', { phase: t(`phases.${course.data.phase}`, course.data.phase) })}</p>
        {back}
      </>
    );
  }
  return (
    <>
      {back}
      <h1>{person.name}</h1>
      <h2>{t('mentor.course.due')}</h2>
      <DueList person={person} />
      <QuickMeetingLog mentorshipId={id} name={person.name} timeZone={person.timeZone} />
      <div className="mentor-forms">
        <MissedMeetingForm mentorshipId={id} timeZone={person.timeZone} />
        <RaiseEscalationForm mentorshipId={id} />
      </div>
      <h2>{t('mentor.advice.title')}</h2>
      <AdviceList mentorshipId={id} />
    </>
  );
}
