import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { formatDate } from '../i18n/format';
import { usePageTitle } from '../layout/page-title';
import { useCourses } from './courses-data';

/** Her programs' courses, newest referral first, each with the young person's name: where she opens a course from. */
export function CoursesPage() {
  const { t } = useTranslation();
  usePageTitle(t('courses.title'));
  const courses = useCourses();
  return (
    <>
      <h1>{t('courses.title')}</h1>
      {courses.isPending && <Loading />}
      {courses.error && <ErrorMessage error={courses.error} />}
      {courses.data && courses.data.length === 0 && <p>{t('courses.none')}</p>}
      {courses.data && courses.data.length > 0 && (
        <table className="table table--zebra table--responsive-headers">
          <caption className="sr-only">{t('courses.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('courses.youngPerson')}</th>
              <th scope="col">{t('courses.referredAt')}</th>
            </tr>
          </thead>
          <tbody>
            {courses.data.map((course) => (
              <tr key={course.id}>
                <td data-title={t('courses.youngPerson')}>
                  <Link to={`/mentorships/${course.id}`}>{course.name ?? t('courses.unnamed')}</Link>
                </td>
                <td data-title={t('courses.referredAt')}>{formatDate(course.referredAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
