import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MentorshipState, Party } from '../../../../workflows/mentorship/messages';
import { api } from '../api/client';
import { unwrap } from '../api/api-error';
import { today } from '../i18n/format';
import type { components } from '../api/schema';

/*
 * Some answers have no schema in the OpenAPI document yet (the routes declare no response type); until they do, the course's
 * shapes are the engine's own types, imported as types only, and the few fields read of the others are named here.
 */
export type CourseView = MentorshipState & { exitConversationsHeld: Partial<Record<Party, boolean>> };
export type CourseContext = components['schemas']['CourseContextView'];
type Escalation = components['schemas']['EscalationView'] | components['schemas']['PanelEscalationView'];
export interface MeetingRow {
  id: string;
  heldOn: string;
  minutes: number;
  placeKind: string;
}

/** What the course's own policy version says about closing: the instruments measured at close, and the follow-up after it. */
export interface ClosingPolicy {
  closingInstruments: string[];
  continuation: CourseContext['policy']['continuation'];
}

export function closingPolicyOf(context: CourseContext): ClosingPolicy {
  const { measurements, continuation } = context.policy;
  return {
    closingInstruments: measurements.schedule.filter((scheduled) => scheduled.atClose).map((scheduled) => scheduled.instrument),
    continuation,
  };
}

export const courseKey = (id: string) => ['course', id] as const;

const courseQuery = (id: string) =>
  queryOptions({
    queryKey: courseKey(id),
    queryFn: async () => unwrap(await api.GET('/mentorships/{id}', { params: { path: { id } } })) as unknown as CourseView,
  });

const meetingsQuery = (id: string) =>
  queryOptions({
    queryKey: [...courseKey(id), 'meetings'],
    queryFn: async () => unwrap(await api.GET('/mentorships/{id}/meetings', { params: { path: { id } } })) as unknown as MeetingRow[],
  });

const measurementsQuery = (id: string) =>
  queryOptions({
    queryKey: [...courseKey(id), 'measurements'],
    queryFn: async () => unwrap(await api.GET('/mentorships/{id}/measurements', { params: { path: { id } } })),
  });

/**
 * Who the course is for and what its program asks: her name, the referral's day, its policy version's contact target and schedule.
 * Fresh for a while: the page reads it, and so do its commands (measurements due, matching), which mount once the course's state is
 * there and would otherwise ask again for what came a moment before. A command reads the course again at once.
 */
const courseContextQuery = (id: string, enabled = true) =>
  queryOptions({
    enabled,
    staleTime: 60_000,
    queryKey: [...courseKey(id), 'context'],
    queryFn: async () => unwrap(await api.GET('/mentorships/{id}/context', { params: { path: { id } } })),
  });

/** The escalations about this course, open ones first, as its coordinator sees them. */
const courseEscalationsQuery = (id: string) =>
  queryOptions({
    queryKey: [...courseKey(id), 'escalations'],
    queryFn: async () => {
      const escalations: Escalation[] = unwrap(await api.GET('/escalations', { params: { query: { mentorshipId: id, status: 'all' } } }));
      return escalations.filter((escalation) => 'mentorshipId' in escalation);
    },
  });

export const useCourse = (id: string) => useQuery(courseQuery(id));
export const useMeetings = (id: string) => useQuery(meetingsQuery(id));
export const useMeasurements = (id: string) => useQuery(measurementsQuery(id));
export const useCourseContext = (id: string, enabled = true) => useQuery(courseContextQuery(id, enabled));
/** Today in the course's program's time zone, where the API judges whether a day she logs has come (Copenhagen until it is read). */
export const useCourseToday = (id: string): string => today(useCourseContext(id).data?.policy.timeZone);
export const useCourseEscalations = (id: string) => useQuery(courseEscalationsQuery(id));
