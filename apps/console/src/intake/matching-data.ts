import type { TFunction } from 'i18next';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/api-error';
import { formatNumber } from '../i18n/format';
import type { components } from '../api/schema';
import type { Profile } from './intake-data';

export type Candidate = components['schemas']['MentorCandidateView'];
export type ExplanationLine = components['schemas']['ExplanationLineView'];
export type ExclusionReason = components['schemas']['ExclusionReasonView'];
type Mentor = components['schemas']['MentorView'];

/** The program's mentors, read once for the ranking's names and profiles and the proposal's name. */
export function useProgramMentors(programId: string) {
  return useQuery({
    queryKey: ['mentors', programId],
    queryFn: async () => unwrap(await api.GET('/mentors', { params: { query: { programId } } })),
  });
}

/** The ranking for her, with the program's mentors beside it by id: the ranking carries ids only. */
export function useMentorCandidates(programId: string, youngPersonId: string) {
  const mentors = useProgramMentors(programId);
  const ranking = useQuery({
    queryKey: ['mentor-candidates', programId, youngPersonId],
    queryFn: async () =>
      unwrap(await api.GET('/programs/{programId}/mentor-candidates', { params: { path: { programId }, query: { youngPersonId } } })),
  });
  const byId = new Map<string, Mentor>((mentors.data ?? []).map((mentor) => [mentor.id, mentor]));
  return { ranking, mentors: byId, error: ranking.error ?? mentors.error, ready: ranking.data !== undefined && mentors.data !== undefined };
}

/** Her wished tags the mentor offers too, as matching counts them (trimmed, case aside), in her words. */
export function sharedTags(wished: string[] = [], offered: string[] = []): string[] {
  const offeredKeys = new Set(offered.map((tag) => tag.trim().toLowerCase()));
  return [...new Set(wished.map((tag) => tag.trim()))].filter((tag) => offeredKeys.has(tag.toLowerCase()));
}

/**
 * A factor's explanation as translation key and values: the API's own `detail` is English, so the words are made here from the
 * same wishes and profile the ranking compared.
 */
export function explanationOf(
  line: ExplanationLine,
  wishes: Profile,
  profile: Profile,
  freeSlots: number,
): { key: string; values: Record<string, string | number> } {
  if (line.factor === 'free-capacity') return { key: 'matching.details.freeSlots', values: { count: freeSlots } };
  if (line.factor === 'area') {
    if (!wishes.area) return { key: 'matching.details.noArea', values: {} };
    return { key: line.points > 0 ? 'matching.details.sameArea' : 'matching.details.otherArea', values: { area: wishes.area } };
  }
  const wished = wishes[line.factor] ?? [];
  if (wished.length === 0) return { key: 'matching.details.nothingWished', values: {} };
  const shared = sharedTags(wished, profile[line.factor]);
  if (shared.length === 0) return { key: 'matching.details.sharesNone', values: { tags: wished.join(', ') } };
  return { key: 'matching.details.shares', values: { tags: shared.join(', ') } };
}

/** The proposed mentor's name. */
export function useMentorName(programId: string, mentorId: string | undefined): string | undefined {
  return useProgramMentors(programId).data?.find((mentor) => mentor.id === mentorId)?.contact.name;
}

/** Why a mentor cannot be proposed, in her language, from the reason's code: counts as numbers, genders in words. */
export function exclusionText({ code, params, message }: ExclusionReason, t: TFunction): string {
  const values = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'number' ? formatNumber(value) : t(`matching.exclusionGenders.${value}`, { defaultValue: value }),
    ]),
  );
  return t(`matching.exclusions.${code}`, { ...values, defaultValue: message });
}
