import { useTranslation } from 'react-i18next';
import { formatDate, today } from '../i18n/format';
import type { MyYoungPerson } from './mentor-data';

const SOON_DAYS = 30;

/** The measurements due within a month (or late), else the next one: the later points of a long course are not news today. */
function nearMeasurements(due: MyYoungPerson['measurementsDue']): MyYoungPerson['measurementsDue'] {
  const soon = new Date(Date.now() + SOON_DAYS * 86_400_000).toISOString().slice(0, 10);
  const near = due.filter((item) => item.dueOn <= soon);
  return near.length > 0 ? near : [...due].sort((a, b) => a.dueOn.localeCompare(b.dueOn)).slice(0, 1);
}

/** What her course with one young person has due, soonest first; a day already past is marked as late. */
export function DueList({ person }: { person: MyYoungPerson }) {
  const { t } = useTranslation();
  const items = [
    { key: 'meeting', date: person.nextMeetingDueOn, text: t('mentor.due.meeting') },
    ...nearMeasurements(person.measurementsDue).map((due) => ({
      key: `${due.instrument}@${due.duePoint}`,
      date: due.dueOn,
      text: t('mentor.due.measurement', { instrument: t(`instruments.${due.instrument}`, due.instrument) }),
    })),
    ...(person.checkInDueOn ? [{ key: 'check-in', date: person.checkInDueOn, text: t('mentor.due.checkIn') }] : []),
  ].sort((a, b) => a.date.localeCompare(b.date));
  const now = today(person.timeZone);
  return (
    <ul className="due-list">
      {items.map((item) => (
        <li key={item.key}>
          {item.text}: <strong>{formatDate(item.date)}</strong>
          {item.date < now && <span className="badge badge-error due-late">{t('mentor.due.late')}</span>}
        </li>
      ))}
      <li>{person.lastMeetingOn ? t('mentor.due.lastMeeting', { date: formatDate(person.lastMeetingOn) }) : t('mentor.due.noMeeting')}</li>
    </ul>
  );
}
