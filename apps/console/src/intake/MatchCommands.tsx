import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { ChoiceForm } from '../course/ChoiceForm';
import { type CourseView, useCourseContext } from '../course/course-data';
import { AgreementForm } from './AgreementForm';
import { IntakeForm } from './IntakeForm';
import { MatchingSection } from './MatchingSection';
import { ProposalAnswers } from './ProposalAnswers';

/** From intake to a match agreement: what the course's phase takes, for the young person and program the course's context names. */
export function MatchCommands({ course }: { course: CourseView }) {
  const { t } = useTranslation();
  const { data: context, error } = useCourseContext(course.mentorshipId);
  if (error) return <ErrorMessage error={error} />;
  if (!context) return <Loading />;
  const id = course.mentorshipId;
  switch (course.phase) {
    case 'intake':
      return (
        <>
          <IntakeForm youngPersonId={context.youngPerson.id} />
          <ChoiceForm
            courseId={id}
            formId="intake"
            title="course.intake.title"
            submit="course.intake.submit"
            done="course.intake.done"
            choices={[]}
            send={(_, { headers }) => api.POST('/mentorships/{id}/intake/complete', { params: { path: { id } }, headers })}
          />
        </>
      );
    case 'matching':
      return <MatchingSection courseId={id} programId={context.programId} youngPersonId={context.youngPerson.id} />;
    case 'proposed':
      return <ProposalAnswers course={course} programId={context.programId} />;
    case 'agreeing':
      return <AgreementForm courseId={id} />;
    default:
      return <p>{t('course.commands.none')}</p>;
  }
}
