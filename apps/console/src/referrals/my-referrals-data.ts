import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/api-error';

/** Her own referrals (each course's phase and outcome only) and her municipality's quotas (GET /my-referrals). */
export function useMyReferrals() {
  return useQuery({ queryKey: ['my-referrals'], queryFn: async () => unwrap(await api.GET('/my-referrals')) });
}
