import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/api-error';

/** Her programs' courses with the young person's name, newest referral first: the list, and who each escalation is about. */
export function useCourses() {
  return useQuery({
    queryKey: ['courses'],
    queryFn: async () => {
      const [referrals, youngPeople] = await Promise.all([api.GET('/referrals'), api.GET('/young-people')]);
      const names = new Map(unwrap(youngPeople).map((person) => [person.id, person.contact.name]));
      return unwrap(referrals)
        .map((referral) => ({ ...referral, name: names.get(referral.youngPersonId) }))
        .sort((a, b) => String(b.referredAt).localeCompare(String(a.referredAt)));
    },
  });
}
