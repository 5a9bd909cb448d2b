import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { Loading } from '../components/ErrorMessage';
import { ChoiceForm } from '../course/ChoiceForm';
import { type CourseView, useCourseContext } from '../course/course-data';
import { AgreementForm } from './AgreementForm';
import { IntakeForm } from './IntakeForm';
import { MatchingSection } from './MatchingSection';
import { ProposalAnswers } from './ProposalAnswers';

/** From intake to a match agreement: what the course's phase takes, for the young person and program the referral names. */
export function MatchCommands({ course }: { course: CourseView }) {
  const { t } = useTranslation();
  const context = useCourseContext(course.mentorshipId);
  const referral = context.data?.referral;
  if (!referral) return <Loading />;
  const id = course.mentorshipId;
  switch (course.phase) {
    case 'intake':
      return (
        <>
          <IntakeForm youngPersonId={referral.youngPersonId} />
          <ChoiceForm
            courseId={id}
            formId="intake"
            title="course.intake.title"
            submit="course.intake.submit"
            done="course.intake.done"
            choices={[]}
            send={() => api.POST('/mentorships/{id}/intake/complete', { params: { path: { id } } })}
          />
        </>
      );
    case 'matching':
      return <MatchingSection courseId={id} programId={referral.programId} youngPersonId={referral.youngPersonId} />;
    case 'proposed':
      return <ProposalAnswers course={course} programId={referral.programId} />;
    case 'agreeing':
      return <AgreementForm courseId={id} />;
    default:
      return <p>{t('course.commands.none')}</p>;
  }
}
