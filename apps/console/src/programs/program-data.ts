import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/api-error';
import type { components } from '../api/schema';

export type Program = components['schemas']['ProgramView'];
export type ProgramWithPolicy = components['schemas']['ProgramWithPolicyView'];
export type PolicyVersion = components['schemas']['PolicyVersionView'];

export function usePrograms() {
  return useQuery({ queryKey: ['programs'], queryFn: async () => unwrap(await api.GET('/programs')) });
}

export function useProgram(id: string) {
  return useQuery({
    queryKey: ['program', id],
    queryFn: async () => unwrap(await api.GET('/programs/{id}', { params: { path: { id } } })) as ProgramWithPolicy,
  });
}

export function usePolicyVersion(id: string, version: number) {
  return useQuery({
    queryKey: ['program', id, 'version', version],
    queryFn: async () => unwrap(await api.GET('/programs/{id}/policy/versions/{version}', { params: { path: { id, version } } })),
  });
}

/** Saves the policy as the program's next version; the program (and its current version number) is read again. */
export function useRevisePolicy(id: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (policy: Record<string, unknown>) =>
      unwrap(await api.PUT('/programs/{id}/policy', { params: { path: { id } }, body: { policy } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['program', id] }),
  });
}

/** A list of the API's set-up rows (quotas, panel members, …), re-read after each change to one of them. */
export function useRows<T>(key: string, read: () => Promise<T[]>) {
  return useQuery({ queryKey: [key], queryFn: read });
}

export function useRowChange<Input>(key: string, send: (input: Input) => Promise<unknown>) {
  const queries = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queries.invalidateQueries({ queryKey: [key] }) });
}
