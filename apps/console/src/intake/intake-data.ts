import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/api-error';
import type { components } from '../api/schema';

export type Profile = components['schemas']['MatchingProfileDto'];
export type Gender = 'female' | 'male' | 'other';
export const GENDERS: readonly Gender[] = ['female', 'male', 'other'];
/** The wished tags, each typed as a list separated by commas. */
export const TAG_FIELDS = ['languages', 'interests', 'availability'] as const;

export const youngPersonKey = (id: string) => ['young-person', id] as const;

export function useYoungPerson(id: string | undefined) {
  return useQuery({
    queryKey: youngPersonKey(id ?? ''),
    enabled: id !== undefined,
    queryFn: async () => unwrap(await api.GET('/young-people/{id}', { params: { path: { id: id ?? '' } } })),
  });
}

export interface IntakeAnswers {
  wishes: Profile;
  preferredMentorGender: Gender | null;
  needs: string;
}

/** Her wishes and needs, kept on her row, where matching reads them. */
export function useSaveIntake(id: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (body: IntakeAnswers) => unwrap(await api.PATCH('/young-people/{id}', { params: { path: { id } }, body })),
    onSuccess: (person) => queries.setQueryData(youngPersonKey(id), person),
  });
}

/** "Arabisk, dansk , " → ["Arabisk", "dansk"]. */
export const tagsOf = (text: string): string[] =>
  text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
