import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/api-error';

/** What a referral is chosen from: her programs, the municipalities, the referrers and the young people she may see. */
export function useReferralChoices() {
  return useQuery({
    queryKey: ['referral-choices'],
    queryFn: async () => {
      const [programs, municipalities, referrers, youngPeople] = await Promise.all([
        api.GET('/programs'),
        api.GET('/municipalities'),
        api.GET('/referrers'),
        api.GET('/young-people'),
      ]);
      return {
        programs: unwrap(programs),
        municipalities: unwrap(municipalities),
        referrers: unwrap(referrers),
        youngPeople: unwrap(youngPeople),
      };
    },
  });
}

export interface NewYoungPerson {
  name: string;
  email: string;
  birthDate: string;
  municipalityId: string;
}

/** Creates the young person when she is new; her problems (if any) are this mutation's, so they show by her fields. */
export function useCreateYoungPerson() {
  return useMutation({
    mutationFn: async (person: NewYoungPerson) =>
      unwrap(
        await api.POST('/young-people', {
          body: {
            contact: { name: person.name, email: person.email === '' ? null : person.email, language: 'da' },
            birthDate: person.birthDate,
            municipalityId: person.municipalityId,
          },
        }),
      ),
  });
}

export interface ReferralInput {
  programId: string;
  referrerId: string;
  youngPersonId: string;
  consentRecorded: boolean;
}

/**
 * Refers her, which starts her course, and records her consent when the coordinator has it already. One key per filled-in form,
 * so a retried send gets the first answer instead of a second course.
 */
export function useCreateReferral(idempotencyKey: string) {
  return useMutation({
    mutationFn: async ({ consentRecorded, ...body }: ReferralInput) => {
      const referral = unwrap(await api.POST('/referrals', { body, headers: { 'Idempotency-Key': idempotencyKey } }));
      if (!consentRecorded) return { referral };
      // The course is started either way: a refused consent is shown beside the success, to be recorded on the course's page.
      try {
        unwrap(await api.POST('/mentorships/{id}/consent', { params: { path: { id: referral.id } } }));
        return { referral };
      } catch (consentError) {
        return { referral, consentError };
      }
    },
  });
}
