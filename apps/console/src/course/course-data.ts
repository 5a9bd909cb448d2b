import { useQuery } from '@tanstack/react-query';
import type { MentorshipState, Party } from '../../../../workflows/mentorship/messages';
import { api } from '../api/client';
import { unwrap } from '../api/api-error';

/*
 * Some answers have no schema in the OpenAPI document yet (the routes declare no response type); until they do, the course's
 * shapes are the engine's own types, imported as types only, and the few fields read of the others are named here.
 */
export type CourseView = MentorshipState & { exitConversationsHeld: Partial<Record<Party, boolean>> };
export interface MeetingRow {
  id: string;
  heldOn: string;
  minutes: number;
  placeKind: string;
}
/** What the course's own policy version says about closing: the instruments measured at close, and the follow-up after it. */
export interface ClosingPolicy {
  closingInstruments: string[];
  continuation: { followUp: boolean; askAfter: string };
}
interface PolicyVersion {
  policy: {
    contact: { targetHours: number; per: string };
    measurements: { schedule: { instrument: string; atClose: boolean }[] };
    continuation: ClosingPolicy['continuation'];
  };
}

export const courseKey = (id: string) => ['course', id] as const;

export function useCourse(id: string) {
  return useQuery({
    queryKey: courseKey(id),
    queryFn: async () => unwrap(await api.GET('/mentorships/{id}', { params: { path: { id } } })) as unknown as CourseView,
  });
}

export function useMeetings(id: string) {
  return useQuery({
    queryKey: [...courseKey(id), 'meetings'],
    queryFn: async () => unwrap(await api.GET('/mentorships/{id}/meetings', { params: { path: { id } } })) as unknown as MeetingRow[],
  });
}

/** Who the course is for and what its program asks: the referral, the young person's name, the contact target of its policy. */
export function useCourseContext(id: string, enabled = true) {
  return useQuery({
    queryKey: [...courseKey(id), 'context'],
    enabled,
    queryFn: async () => {
      const referral = unwrap(await api.GET('/referrals')).find((row) => row.id === id);
      if (!referral) return undefined;
      const [person, version] = await Promise.all([
        api.GET('/young-people/{id}', { params: { path: { id: referral.youngPersonId } } }),
        api.GET('/programs/{id}/policy/versions/{version}', {
          params: { path: { id: referral.programId, version: referral.policyVersion } },
        }),
      ]);
      const { contact, measurements, continuation } = (unwrap(version) as unknown as PolicyVersion).policy;
      const closing: ClosingPolicy = {
        closingInstruments: measurements.schedule.filter((scheduled) => scheduled.atClose).map((scheduled) => scheduled.instrument),
        continuation,
      };
      return { referral, name: unwrap(person).contact.name, contact, closing };
    },
  });
}

/** The escalations about this course, open and resolved, as its coordinator sees them. */
export function useCourseEscalations(id: string) {
  return useQuery({
    queryKey: [...courseKey(id), 'escalations'],
    queryFn: async () => {
      const lists = await Promise.all(
        (['open', 'resolved'] as const).map(async (status) => unwrap(await api.GET('/escalations', { params: { query: { status } } }))),
      );
      return lists.flat().filter((escalation) => 'mentorshipId' in escalation && escalation.mentorshipId === id);
    },
  });
}
