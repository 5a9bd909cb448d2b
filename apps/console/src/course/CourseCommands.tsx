import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { today } from '../i18n/format';
import { ChoiceForm } from './ChoiceForm';
import { closingOutstanding, continuationOpen } from './closing';
import { type ClosingPolicy, type CourseView, useCourseContext, closingPolicyOf } from './course-data';
import { LogMeetingForm } from './LogMeetingForm';
import { MatchCommands } from '../intake/MatchCommands';
import { MeasurementForm } from '../intake/MeasurementForm';

const CHECK_IN_PARTIES = ['young-person', 'mentor', 'referrer'] as const;
const CLOSURE_KINDS = ['planned', 'early'] as const;
const CLOSURE_REASONS = ['completed', 'withdrawn', 'mentor-left', 'moved', 'no-contact', 'other'] as const;
const OUTCOMES = ['education-started', 'job-started', 'retained', 'none'] as const;
const YES_NO = ['yes', 'no'] as const;
const LIFE_STATUSES = ['education', 'work', 'neither'] as const;

type Party = 'young-person' | 'mentor';

/**
 * Only what the course's phase takes: the engine refuses anything else anyway (and its reason is shown when it does, e.g. a review
 * that is not due yet), but a coordinator should not be offered what cannot be done.
 */
export function CourseCommands({ course }: { course: CourseView }) {
  const { t } = useTranslation();
  const id = course.mentorshipId;
  const path = { params: { path: { id } } };
  const context = useCourseContext(id).data;
  const policy = context && closingPolicyOf(context);
  // What is logged at a click is dated today where the course's program is kept: the API judges the day there.
  const forms = formsOf(course, path, t, policy, context?.policy.timeZone);
  if (forms.length === 0) return <p>{t('course.commands.none')}</p>;
  return <div className="course-commands">{forms}</div>;
}

function formsOf(course: CourseView, path: { params: { path: { id: string } } }, t: TFunction, policy?: ClosingPolicy, timeZone?: string) {
  const id = course.mentorshipId;
  switch (course.phase) {
    case 'awaiting-consent':
      return [
        <ChoiceForm
          key="consent"
          courseId={id}
          formId="consent"
          title="course.consent.title"
          submit="course.consent.submit"
          done="course.consent.done"
          choices={[]}
          send={(_, { headers }) => api.POST('/mentorships/{id}/consent', { ...path, headers })}
        />,
      ];
    case 'intake':
    case 'matching':
    case 'proposed':
    case 'agreeing':
      return [<MatchCommands key="match" course={course} />];
    case 'active':
      return [
        <LogMeetingForm key="meeting" id={id} />,
        <MeasurementForm key="measurement" course={course} />,
        <ChoiceForm
          key="check-in"
          courseId={id}
          formId="check-in"
          title="course.checkIn.title"
          submit="course.checkIn.submit"
          done="course.checkIn.done"
          choices={[{ name: 'party', label: 'course.checkIn.party', optionsKey: 'course.parties', options: CHECK_IN_PARTIES }]}
          send={(values, { id: recordId, headers }) =>
            api.POST('/mentorships/{id}/check-ins', {
              ...path,
              headers,
              body: { id: recordId, party: values.party as (typeof CHECK_IN_PARTIES)[number], heldOn: today(timeZone) },
            })
          }
        />,
        <ChoiceForm
          key="review"
          courseId={id}
          formId="review"
          title="course.review.title"
          submit="course.review.submit"
          done="course.review.done"
          choices={[
            { name: 'decision', label: 'course.review.decision', optionsKey: 'course.reviewDecisions', options: ['continue', 'extend'] },
          ]}
          send={(values, { headers }) =>
            api.POST('/mentorships/{id}/reviews', { ...path, headers, body: { decision: values.decision as 'continue' | 'extend' } })
          }
        />,
        // Closing cannot be undone: folded away, so it is opened on purpose and not sent by a slip of the keyboard.
        <details key="close" className="details">
          <summary className="details-summary">
            <span className="details-summary-text">{t('course.close.title')}</span>
          </summary>
          <div className="details-text">{closeForm(id, path)}</div>
        </details>,
      ];
    case 'closing':
      return closingForms(course, path, policy, timeZone);
    case 'closed':
      // The follow-up is answered once the program has asked it, and only then.
      return continuationOpen(course)
        ? [
            <ChoiceForm
              key="continuation"
              courseId={id}
              formId="continuation"
              title="course.continuation.title"
              submit="course.continuation.submit"
              done="course.continuation.done"
              choices={[{ name: 'keptInTouch', label: 'course.continuation.keptInTouch', optionsKey: 'common.yesNo', options: YES_NO }]}
              send={(values, { headers }) =>
                api.POST('/mentorships/{id}/continuation', { ...path, headers, body: { keptInTouch: values.keptInTouch === 'yes' } })
              }
            />,
          ]
        : [];
    default:
      return [];
  }
}

function closeForm(id: string, path: { params: { path: { id: string } } }) {
  return (
    <ChoiceForm
      key="close"
      courseId={id}
      formId="close"
      title="course.close.title"
      submit="course.close.submit"
      done="course.close.done"
      choices={[
        { name: 'kind', label: 'course.close.kind', optionsKey: 'course.closureKinds', options: CLOSURE_KINDS },
        { name: 'reason', label: 'course.close.reason', optionsKey: 'course.closureReasons', options: CLOSURE_REASONS },
        { name: 'outcome', label: 'course.close.outcome', optionsKey: 'course.outcomes', options: OUTCOMES },
      ]}
      send={(values, { headers }) =>
        api.POST('/mentorships/{id}/close', {
          ...path,
          headers,
          body: {
            kind: values.kind as (typeof CLOSURE_KINDS)[number],
            reason: values.reason as (typeof CLOSURE_REASONS)[number],
            outcome: values.outcome as (typeof OUTCOMES)[number],
          },
        })
      }
    />
  );
}

/** What closing still waits for, each its own form: the exit conversations not yet recorded, and the closing measurements. */
function closingForms(course: CourseView, path: { params: { path: { id: string } } }, policy?: ClosingPolicy, timeZone?: string) {
  const id = course.mentorshipId;
  const outstanding = closingOutstanding(course, policy);
  const forms = [<MeasurementForm key="measurement" course={course} />];
  if (outstanding.measurements.includes('status'))
    forms.push(
      <ChoiceForm
        key="status"
        courseId={id}
        formId="status"
        title="course.closingStatus.title"
        submit="course.closingStatus.submit"
        done="course.closingStatus.done"
        choices={[{ name: 'status', label: 'course.closingStatus.status', optionsKey: 'course.lifeStatus', options: LIFE_STATUSES }]}
        send={(values, { id: recordId, headers }) =>
          api.POST('/mentorships/{id}/measurements', {
            ...path,
            headers,
            body: {
              id: recordId,
              instrument: 'status',
              duePoint: 'close',
              measuredOn: today(timeZone),
              status: values.status as (typeof LIFE_STATUSES)[number],
            },
          })
        }
      />,
    );
  if (outstanding.exitConversations.length > 0)
    forms.unshift(
      <ChoiceForm
        key="exit"
        courseId={id}
        formId="exit"
        title="course.exit.title"
        submit="course.exit.submit"
        done="course.exit.done"
        choices={[
          { name: 'party', label: 'course.exit.party', optionsKey: 'course.parties', options: outstanding.exitConversations },
          { name: 'held', label: 'course.exit.held', optionsKey: 'common.yesNo', options: YES_NO },
        ]}
        send={(values, { headers }) =>
          api.POST('/mentorships/{id}/exit-conversations', {
            ...path,
            headers,
            body: { party: values.party as Party, held: values.held === 'yes' },
          })
        }
      />,
    );
  return forms;
}
