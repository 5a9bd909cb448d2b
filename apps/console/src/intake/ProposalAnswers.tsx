import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ChoiceForm } from '../course/ChoiceForm';
import type { CourseView } from '../course/course-data';
import { useMentorName } from './matching-data';

const PARTIES = ['young-person', 'mentor'] as const;

/**
 * The proposal in progress: whom she was proposed, each party's answer so far, and a form for each answer still missing (the
 * coordinator records the young person's, and the mentor's when the mentor gave it to her).
 */
export function ProposalAnswers({ course, programId }: { course: CourseView; programId: string }) {
  const { t } = useTranslation();
  const attempt = course.attempts.at(-1);
  const mentorName = useMentorName(programId, attempt?.mentorId);
  if (!attempt) return null;
  const path = { params: { path: { id: course.mentorshipId } } };
  return (
    <>
      <p>{t('matching.proposal', { name: mentorName ?? '' })}</p>
      <ul>
        {PARTIES.map((party) => (
          <li key={party}>
            {t(`course.parties.${party}`)}:{' '}
            {attempt.answers[party] ? t(`course.answers.${attempt.answers[party]}`) : t('course.answers.none')}
          </li>
        ))}
      </ul>
      {PARTIES.filter((party) => !attempt.answers[party]).map((party) => (
        <ChoiceForm
          key={party}
          courseId={course.mentorshipId}
          formId={`answer-${party}`}
          title={`matching.answerOf.${party}`}
          submit="course.answer.submit"
          done="course.answer.done"
          choices={[{ name: 'answer', label: 'course.answer.label', optionsKey: 'course.answerChoices', options: ['accept', 'decline'] }]}
          send={(values, { headers }) =>
            api.POST('/mentorships/{id}/proposals/answer', {
              ...path,
              headers,
              body: { party, answer: values.answer as 'accept' | 'decline' },
            })
          }
        />
      ))}
    </>
  );
}
