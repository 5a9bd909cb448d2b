import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/api-error';
import type { components } from '../api/schema';

export type TodayItem = components['schemas']['TodayItemView'];
export type TodayKind = components['schemas']['TodayItemKind'];
export type TodayCounts = components['schemas']['TodayCountsView'];

/** The kinds in the order the API's counts list them: the page's sections and cards follow it. */
export const TODAY_KINDS: readonly TodayKind[] = [
  'escalation',
  'nudge',
  'measurement-overdue',
  'referral-waiting',
  'proposal-unanswered',
  'quota-behind',
  'mentor-path-stalled',
];

/** What needs her now; refetched when she comes back to the tab, as what needs her changes while she works elsewhere. */
export function useToday() {
  return useQuery({
    queryKey: ['today'],
    queryFn: async () => unwrap(await api.GET('/today')),
    refetchOnWindowFocus: true,
  });
}

/** The row's items, grouped by kind, each group in the order the API answered (urgent first, then the oldest). */
export function groupByKind(items: TodayItem[]): Map<TodayKind, TodayItem[]> {
  const groups = new Map<TodayKind, TodayItem[]>();
  for (const item of items) groups.set(item.kind, [...(groups.get(item.kind) ?? []), item]);
  return groups;
}

/** Where a row is dealt with in the console; a quota has no page of its own here yet, so its row names it without a link. */
export function linkOf(item: TodayItem): string | undefined {
  if (item.escalationId) return `/escalations/${item.escalationId}`;
  if (item.mentorshipId) return `/mentorships/${item.mentorshipId}`;
  if (item.mentorId) return `/mentors/${item.mentorId}`;
  return undefined;
}
