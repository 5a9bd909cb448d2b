import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/api-error';
import type { components } from '../api/schema';

export type ReferrableProgram = components['schemas']['ReferrableProgramView'];
/** What the form sends: her consent as ticked, so an unticked box is the API's problem to name under it. */
export type ReferBody = Omit<components['schemas']['ReferYoungPersonDto'], 'consentGiven'> & { consentGiven: boolean };

/** The programs taking referrals from her municipality today, with their ages and quota (GET /my-referrals/programs). */
export function useReferrablePrograms() {
  return useQuery({ queryKey: ['my-referrals', 'programs'], queryFn: async () => unwrap(await api.GET('/my-referrals/programs')) });
}

/**
 * Registers and refers the young person in one command (POST /my-referrals). One key per filled-in form, so a send retried after
 * a lost answer gets the first referral instead of a second young person.
 */
export function useReferYoungPerson(idempotencyKey: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (body: ReferBody) =>
      unwrap(
        await api.POST('/my-referrals', {
          body: body as components['schemas']['ReferYoungPersonDto'],
          headers: { 'Idempotency-Key': idempotencyKey },
        }),
      ),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['my-referrals'] }),
  });
}
