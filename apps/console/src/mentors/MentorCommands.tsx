import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { SentOnce } from '../api/record-ids';
import type { MentorPath } from './mentor-data';
import { MentorCommandForm } from './MentorCommandForm';

const RESULTS = ['passed', 'failed'] as const;
const END_REASONS = [
  'not-suitable',
  'failed-screening',
  'course-not-completed',
  'personal-circumstances',
  'moved',
  'no-response',
  'program-ended',
  'other',
] as const;
const BEFORE_APPROVAL = ['applied', 'screening', 'course', 'awaiting-approval'];
const ENDED = ['retired', 'rejected', 'withdrawn'];

type Send = Parameters<typeof MentorCommandForm>[0]['send'];
type Command = { key: string; send: Send; choices?: Parameters<typeof MentorCommandForm>[0]['choices'] };

/**
 * The commands the path takes in its phase (workflows/mentor/mentor-path.ts): the engine refuses anything else anyway, and shows
 * why (a step already passed, a mentor still carrying courses), but she is not offered what cannot be done.
 */
export function MentorCommands({ mentorId, path }: { mentorId: string; path: MentorPath | null }) {
  const { t } = useTranslation();
  const commands = commandsOf(mentorId, path);
  if (commands.length === 0) return <p>{t('mentors.commands.none')}</p>;
  return (
    <div className="course-commands">
      {commands.map((command) => (
        <MentorCommandForm
          key={command.key}
          mentorId={mentorId}
          formId={`mentor-${command.key}`}
          title={`mentors.commands.${command.key}`}
          choices={command.choices}
          send={command.send}
        />
      ))}
    </div>
  );
}

function commandsOf(id: string, path: MentorPath | null): Command[] {
  const at = ({ headers }: SentOnce) => ({ params: { path: { id } }, headers });
  if (!path) return [{ key: 'apply', send: (_, once) => api.POST('/mentors/{id}/application', at(once)) }];
  const ending = (reason: string, once: SentOnce) => ({ ...at(once), body: { reason: reason as (typeof END_REASONS)[number] } });
  const reasons = [{ name: 'reason', label: 'mentors.commands.reason', optionsKey: 'mentors.endReasons', options: END_REASONS }];
  const commands: Command[] = [];
  const phase = path.phase;
  if (phase === 'applied')
    commands.push({ key: 'beginScreening', send: (_, once) => api.POST('/mentors/{id}/path/begin-screening', at(once)) });
  if (phase === 'screening') {
    commands.push({
      key: 'screeningStep',
      choices: [
        {
          name: 'step',
          label: 'mentors.commands.step',
          optionsKey: 'mentors.steps',
          // Only the steps her program's policy requires that are still outstanding: any other is refused.
          options: path.checklist.screening.filter((s) => s.status === 'outstanding').map((s) => s.step),
        },
        { name: 'result', label: 'mentors.commands.result', optionsKey: 'mentors.results', options: RESULTS },
      ],
      send: (values, once) =>
        api.POST('/mentors/{id}/path/screening-steps', {
          ...at(once),
          body: {
            step: values.step as MentorPath['checklist']['screening'][number]['step'],
            result: values.result as (typeof RESULTS)[number],
          },
        }),
    });
  }
  if (phase === 'course' && !path.courseEnrolledAt)
    commands.push({ key: 'enrol', send: (_, once) => api.POST('/mentors/{id}/path/course/enrol', at(once)) });
  if (phase === 'course' && path.courseEnrolledAt) {
    commands.push({ key: 'completeCourse', send: (_, once) => api.POST('/mentors/{id}/path/course/complete', at(once)) });
  }
  if (phase === 'awaiting-approval') commands.push({ key: 'approve', send: (_, once) => api.POST('/mentors/{id}/path/approve', at(once)) });
  if (phase === 'available') commands.push({ key: 'pause', send: (_, once) => api.POST('/mentors/{id}/path/pause', at(once)) });
  if (phase === 'paused') commands.push({ key: 'resume', send: (_, once) => api.POST('/mentors/{id}/path/resume', at(once)) });
  if (phase === 'available' || phase === 'paused') {
    commands.push({ key: 'retire', choices: reasons, send: (v, once) => api.POST('/mentors/{id}/path/retire', ending(v.reason, once)) });
  }
  if (BEFORE_APPROVAL.includes(phase)) {
    commands.push({ key: 'reject', choices: reasons, send: (v, once) => api.POST('/mentors/{id}/path/reject', ending(v.reason, once)) });
  }
  if (!ENDED.includes(phase)) {
    commands.push({
      key: 'withdraw',
      choices: reasons,
      send: (v, once) => api.POST('/mentors/{id}/path/withdraw', ending(v.reason, once)),
    });
  }
  return commands;
}
