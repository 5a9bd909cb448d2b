import './phone-pages.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { usePageTitle } from '../layout/page-title';
import { DueList } from './DueList';
import { useMyYoungPeople } from './mentor-data';
import { QuickMeetingLog } from './QuickMeetingLog';

/** "My young people": each with what is due, and a meeting logged from right here. */
export function MentorHomePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  usePageTitle(t('mentor.home.title'));
  const youngPeople = useMyYoungPeople(id);
  return (
    <>
      <h1>{t('mentor.home.title')}</h1>
      {youngPeople.isPending && <Loading />}
      {youngPeople.error && <ErrorMessage error={youngPeople.error} />}
      {youngPeople.data?.length === 0 && <p>{t('mentor.home.none')}</p>}
      <ul className="young-people">
        {youngPeople.data?.map((person) => (
          <li key={person.mentorshipId} className="young-person-card">
            <h2 className="h3">
              <Link to={`/mentorships/${person.mentorshipId}`}>{person.name}</Link>
            </h2>
            <DueList person={person} />
            <QuickMeetingLog mentorshipId={person.mentorshipId} name={person.name} timeZone={person.timeZone} />
          </li>
        ))}
      </ul>
      <p>
        <Link to={`/mentors/${id}/path`}>{t('mentor.home.ownPath')}</Link>
      </p>
    </>
  );
}
