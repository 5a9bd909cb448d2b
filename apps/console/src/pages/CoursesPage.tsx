import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { FilterSelect } from '../components/FilterSelect';
import { formatDate, formatNumber } from '../i18n/format';
import { usePageTitle } from '../layout/page-title';
import { type CoursePhase, useCourseList } from './course-list-data';

/** The phases in a course's order, to filter by. The console cannot import the workflow's list; the check below keeps this one whole. */
const PHASES = [
  'awaiting-consent',
  'intake',
  'matching',
  'proposed',
  'agreeing',
  'active',
  'closing',
  'closed',
  'no-consent',
] as const satisfies readonly CoursePhase[];
/** Fails to compile when the API has a phase the list lacks. */
const everyPhaseListed: Exclude<CoursePhase, (typeof PHASES)[number]> extends never ? true : never = true;
void everyPhaseListed;

/**
 * Her programs' courses, newest referral first, each with the young person, its phase and since when, and its mentor: where she
 * opens a course from. A page at a time, of one phase or all, so a list of thousands of courses stays quick.
 */
export function CoursesPage() {
  const { t } = useTranslation();
  usePageTitle(t('courses.title'));
  const [phase, setPhase] = useState<CoursePhase>();
  const list = useCourseList(phase);
  const courses = list.data?.pages.flatMap((page) => page.courses) ?? [];
  const total = list.data?.pages.at(-1)?.total ?? 0;
  return (
    <>
      <h1>{t('courses.title')}</h1>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <FilterSelect<CoursePhase>
          id="filter-phase"
          label={t('courses.phase')}
          value={phase ?? ''}
          options={[{ value: '', label: t('courses.allPhases') }, ...PHASES.map((each) => ({ value: each, label: t(`phases.${each}`) }))]}
          onChange={(chosen) => setPhase(chosen || undefined)}
        />
      </form>
      {list.isPending && <Loading />}
      {list.error && <ErrorMessage error={list.error} />}
      {list.data && courses.length === 0 && <p>{phase ? t('courses.noneInPhase') : t('courses.none')}</p>}
      {courses.length > 0 && (
        <>
          <table className="table table--zebra table--responsive-headers">
            <caption className="sr-only">{t('courses.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('courses.youngPerson')}</th>
                <th scope="col">{t('courses.phase')}</th>
                <th scope="col">{t('courses.mentor')}</th>
                <th scope="col">{t('courses.referredAt')}</th>
              </tr>
            </thead>
            <tbody>
              {courses.map((course) => (
                <tr key={course.id}>
                  <td data-title={t('courses.youngPerson')}>
                    <Link to={`/mentorships/${course.id}`}>{course.youngPersonName || t('courses.unnamed')}</Link>
                  </td>
                  <td data-title={t('courses.phase')}>
                    {t('courses.phaseSince', { phase: t(`phases.${course.phase}`), date: formatDate(course.phaseSince) })}
                  </td>
                  <td data-title={t('courses.mentor')}>{course.mentorName ?? t('courses.noMentor')}</td>
                  <td data-title={t('courses.referredAt')}>{formatDate(course.referredAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p role="status">{t('courses.shown', { shown: formatNumber(courses.length), total: formatNumber(total) })}</p>
          {list.hasNextPage && (
            <button
              type="button"
              className="button button-secondary"
              disabled={list.isFetchingNextPage}
              onClick={() => list.fetchNextPage()}
            >
              {t('courses.more')}
            </button>
          )}
        </>
      )}
    </>
  );
}
