import { createHash } from 'node:crypto';
import type { Calendar, CalendarEvent } from '../../../../libs/calendar/icalendar';
import { INSTRUMENTS } from '../../../../libs/domain/instruments';
import type { NotificationLanguage } from '../../../../libs/persistence/entities';
import type { DueItem } from './mentor-due-items';

/** What each event says, in her language: what is due and nothing about whom, since a calendar is shown on lock screens and shared. */
const TEXTS: Record<
  NotificationLanguage,
  {
    name: string;
    meeting: string;
    measurement: (name: string) => string;
    checkIn: string;
    groupMeeting: Record<string, string>;
    details: string;
  }
> = {
  da: {
    name: 'Mentorflow: det, der venter',
    meeting: 'Møde med din unge',
    measurement: (name) => `Måling: ${name}`,
    checkIn: 'Opfølgning med programmet',
    groupMeeting: { sparring: 'Mentormøde: sparring', training: 'Mentormøde: efteruddannelse' },
    details: 'Detaljerne står i Mentorflow.',
  },
  en: {
    name: 'Mentorflow: what is due',
    meeting: 'Meeting with your mentee',
    measurement: (name) => `Measurement: ${name}`,
    checkIn: 'Check-in with the program',
    groupMeeting: { sparring: 'Mentor meeting: sparring', training: 'Mentor meeting: training' },
    details: 'The details are in Mentorflow.',
  },
};

/** A measurement's name in an event: the questionnaire's, or "status" for education and work. */
function instrumentName(item: Extract<DueItem, { kind: 'measurement' }>): string {
  const spec = INSTRUMENTS[item.instrument];
  return spec.type === 'questionnaire' ? spec.name : item.instrument;
}

/** The same item gets the same UID in every fetch, so calendars move it rather than add it again; the UID names no one. */
function uidOf(item: DueItem): string {
  const what =
    item.kind === 'group-meeting'
      ? item.groupMeetingId
      : `${item.mentorshipId}/${item.kind}/${'duePoint' in item ? `${item.instrument}@${item.duePoint}` : ''}`;
  return `${createHash('sha256').update(what).digest('hex').slice(0, 32)}@mentorflow`;
}

/** The feed of her due items: all-day events, each linking to the page where it is done. */
export function mentorFeed(items: DueItem[], language: NotificationLanguage, appUrl: string): Calendar {
  const texts = TEXTS[language] ?? TEXTS.da;
  const base = appUrl.replace(/\/+$/, '');
  const events = items.map((item): CalendarEvent => {
    const common = { uid: uidOf(item), start: { date: item.date }, description: texts.details };
    switch (item.kind) {
      case 'meeting':
        return { ...common, summary: texts.meeting, url: `${base}/mentorships/${item.mentorshipId}` };
      case 'measurement':
        return { ...common, summary: texts.measurement(instrumentName(item)), url: `${base}/mentorships/${item.mentorshipId}` };
      case 'check-in':
        return { ...common, summary: texts.checkIn, url: `${base}/mentorships/${item.mentorshipId}` };
      case 'group-meeting':
        return { ...common, summary: texts.groupMeeting[item.groupMeetingKind] ?? texts.groupMeeting.sparring, url: `${base}/` };
    }
  });
  return { productId: '-//Mentorflow//Mentor calendar feed//EN', name: texts.name, events };
}
