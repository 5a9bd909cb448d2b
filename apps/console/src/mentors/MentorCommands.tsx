import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
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

type Send = (values: Record<string, string>) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
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
  const at = { params: { path: { id } } };
  if (!path) return [{ key: 'apply', send: () => api.POST('/mentors/{id}/application', at) }];
  const ending = (reason: string) => ({ ...at, body: { reason: reason as (typeof END_REASONS)[number] } });
  const reasons = [{ name: 'reason', label: 'mentors.commands.reason', optionsKey: 'mentors.endReasons', options: END_REASONS }];
  const commands: Command[] = [];
  const phase = path.phase;
  if (phase === 'applied') commands.push({ key: 'beginScreening', send: () => api.POST('/mentors/{id}/path/begin-screening', at) });
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
      send: (values) =>
        api.POST('/mentors/{id}/path/screening-steps', {
          ...at,
          body: {
            step: values.step as MentorPath['checklist']['screening'][number]['step'],
            result: values.result as (typeof RESULTS)[number],
          },
        }),
    });
  }
  if (phase === 'course' && !path.courseEnrolledAt)
    commands.push({ key: 'enrol', send: () => api.POST('/mentors/{id}/path/course/enrol', at) });
  if (phase === 'course' && path.courseEnrolledAt) {
    commands.push({ key: 'completeCourse', send: () => api.POST('/mentors/{id}/path/course/complete', at) });
  }
  if (phase === 'awaiting-approval') commands.push({ key: 'approve', send: () => api.POST('/mentors/{id}/path/approve', at) });
  if (phase === 'available') commands.push({ key: 'pause', send: () => api.POST('/mentors/{id}/path/pause', at) });
  if (phase === 'paused') commands.push({ key: 'resume', send: () => api.POST('/mentors/{id}/path/resume', at) });
  if (phase === 'available' || phase === 'paused') {
    commands.push({ key: 'retire', choices: reasons, send: (v) => api.POST('/mentors/{id}/path/retire', ending(v.reason)) });
  }
  if (BEFORE_APPROVAL.includes(phase)) {
    commands.push({ key: 'reject', choices: reasons, send: (v) => api.POST('/mentors/{id}/path/reject', ending(v.reason)) });
  }
  if (!ENDED.includes(phase)) {
    commands.push({ key: 'withdraw', choices: reasons, send: (v) => api.POST('/mentors/{id}/path/withdraw', ending(v.reason)) });
  }
  return commands;
}
