import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import { unwrap } from '../api/api-error';
import type { components } from '../api/schema';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { usePageTitle } from '../layout/page-title';

type ReferrerCourse = components['schemas']['ReferrerCourseView'];

/**
 * A course's address opened by a referrer: what the API shows her of a course she referred (its phase and outcome), or its
 * refusal of one she did not, each with the way back to her referrals.
 */
export function ReferrerCoursePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  usePageTitle(t('referrerCourse.title'));
  const course = useQuery({
    queryKey: ['my-referrals', 'course', id],
    queryFn: async () => unwrap(await api.GET('/mentorships/{id}', { params: { path: { id } } })) as ReferrerCourse,
    retry: false,
  });
  return (
    <>
      <h1>{t('referrerCourse.title')}</h1>
      {course.isPending && <Loading />}
      {course.error && (
        <>
          <ErrorMessage error={course.error} />
          <p>{t('referrerCourse.onlyYours')}</p>
        </>
      )}
      {course.data && (
        <dl className="facts">
          <dt>{t('myReferrals.referrals.phase')}</dt>
          <dd>{t(`phases.${course.data.phase}`, { defaultValue: course.data.phase })}</dd>
          <dt>{t('myReferrals.referrals.outcome')}</dt>
          <dd>
            {course.data.outcome
              ? t(`course.outcomes.${course.data.outcome}`, { defaultValue: course.data.outcome })
              : t('myReferrals.referrals.running')}
          </dd>
        </dl>
      )}
      <p>
        <Link to="/my-referrals">{t('refer.back')}</Link>
      </p>
    </>
  );
}
