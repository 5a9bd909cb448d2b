import { useTranslation } from 'react-i18next';
import type { components } from '../api/schema';
import { formatDate, formatList } from '../i18n/format';
import './phone-pages.css';

export type Checklist = components['schemas']['PathChecklistView'];
type Status = Checklist['screening'][number]['status'] | Checklist['course']['status'] | Checklist['approval']['status'];

const BADGE: Record<Status, string> = {
  passed: 'badge badge-success',
  completed: 'badge badge-success',
  approved: 'badge badge-success',
  enrolled: 'badge badge-info',
  failed: 'badge badge-error',
  outstanding: 'badge badge-warning',
  // What asks nothing of anyone is said quietly, not as a badge that reads like a warning.
  'not-required': 'path-checklist-quiet',
  'not-reached': 'path-checklist-quiet',
};

/** Whether anything the program requires before approval is still to be done. */
export const hasOutstanding = ({ screening, course, approval }: Checklist): boolean =>
  [...screening.map((step) => step.status), course.status, approval.status].includes('outstanding');

/**
 * What her program's policy requires before she is approved, in the order it is walked (each screening step, the course, the
 * approval), each done with its day or outstanding; what is still outstanding is named first, so it is read before the list.
 */
export function PathChecklist({ checklist }: { checklist: Checklist }) {
  const { t } = useTranslation();
  const { screening, course, approval } = checklist;
  const rows: Array<{ key: string; name: string; status: Status; date?: string | null }> = [
    ...(screening.length === 0
      ? [{ key: 'screening', name: t('mentor.checklist.screening'), status: 'not-required' as const }]
      : screening.map((step) => ({ key: step.step, name: t(`mentor.steps.${step.step}`, step.step), status: step.status, date: step.at }))),
    { key: 'course', name: t('mentor.checklist.course'), status: course.status, date: course.completedAt ?? course.enrolledAt },
    { key: 'approval', name: t('mentor.checklist.approval'), status: approval.status, date: approval.at },
  ];
  const outstanding = rows.filter((row) => row.status === 'outstanding').map((row) => row.name);
  const ended = rows.some((row) => row.status === 'not-reached');
  return (
    <>
      {outstanding.length > 0 && <p>{t('mentor.checklist.outstanding', { items: formatList(outstanding) })}</p>}
      {outstanding.length === 0 && !ended && <p>{t('mentor.checklist.allDone')}</p>}
      <ul className="path-checklist">
        {rows.map((row) => (
          <li key={row.key}>
            <span>{row.name}</span>
            <span className={BADGE[row.status]}>{t(`mentor.checklist.status.${row.status}`, { date: formatDate(row.date) })}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
