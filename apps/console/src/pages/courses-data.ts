import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/api-error';

/**
 * Her programs' referrals with the young person's name, newest first, for the escalations page to say who each is about: every
 * referral and young person of her programs, as the courses page read them before GET /mentorships.
 */
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
