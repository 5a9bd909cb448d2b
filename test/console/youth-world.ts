import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { FAST_START_POLICY } from '../../scripts/stack/fast-start-policy';
import type { Engine } from '../support/engine';
import { activateCourse, DANISH_MATCH_AGREEMENT } from '../support/mentorships';

type Http = ReturnType<typeof request>;
type Auth = Record<string, string>;

export interface YouthWorld {
  slug: string;
  programId: string;
  municipalityId: string;
  coordinator: Auth;
  referrer: { id: string; email: string };
  /** A course another referrer of the same municipality made: not hers to open. */
  othersCourseId: string;
  /** The referrer refers a young person with an address; her consent is then asked by mail. */
  referred(email: string): Promise<string>;
  /** Takes a course whose young person consented to active: a mentor approved, matched, the agreement made. */
  toActive(mentorshipId: string): Promise<void>;
}

/** A program under the fast-start policy (WHO-5 and self-efficacy asked at the start), its municipality and two referrers. */
export async function youthWorld(engine: Engine): Promise<YouthWorld> {
  const http: Http = request(engine.api.getHttpServer());
  const slug = `youth-${randomUUID().slice(0, 8)}`;
  const made = async (as: Auth, path: string, body: object, status = 201) => (await http.post(path).set(as).send(body).expect(status)).body;
  const { id: programId, coordinator } = await engine.program({ slug, name: 'Ungetest', policy: FAST_START_POLICY });
  const post = (path: string, body: object, status = 201) => made(coordinator, path, body, status);
  const { id: municipalityId } = await made(engine.admin(), '/municipalities', { name: `Odense ${slug}` });
  const email = `lene-${slug}@odense.example.dk`;
  const referrer = async (name: string, address?: string) =>
    (
      await post('/referrers', {
        contact: { name, ...(address ? { email: address, language: 'da' } : {}) },
        kind: 'youth-guidance-counsellor',
        municipalityId,
      })
    ).id as string;
  const referrerId = await referrer('Lene Dahl', email);
  const otherReferrerId = await referrer('Jonas Krog');
  const youngPerson = async (name: string, address?: string) =>
    (
      await post('/young-people', {
        contact: { name, ...(address ? { email: address } : {}) },
        birthDate: '2004-04-17',
        gender: 'female',
        municipalityId,
      })
    ).id as string;
  // The municipality's quota this year: 12 referrals.
  const year = new Date().getUTCFullYear();
  await made(engine.admin(), '/quotas', {
    programId,
    municipalityId,
    periodStart: `${year}-01-01`,
    periodEnd: `${year + 1}-01-01`,
    agreed: 12,
  });
  const { id: othersCourseId } = await post('/referrals', {
    programId,
    referrerId: otherReferrerId,
    youngPersonId: await youngPerson('Sofie Lind'),
  });

  return {
    slug,
    programId,
    municipalityId,
    coordinator,
    referrer: { id: referrerId, email },
    othersCourseId,
    // The coordinator registers her (referrers register nobody); the referrer refers her, in her own name.
    referred: async (address) =>
      (
        await made(engine.auth('referrer', referrerId), '/referrals', {
          programId,
          referrerId,
          youngPersonId: await youngPerson('Aisha Nour', address),
        })
      ).id as string,
    toActive: async (mentorshipId) => {
      const { id: mentorId } = await post('/mentors', { contact: { name: 'Maria Berg' }, programId, municipalityId, gender: 'female' });
      await post(`/mentors/${mentorId}/application`, {}, 200);
      await post(`/mentors/${mentorId}/path/begin-screening`, {}, 200);
      await post(`/mentors/${mentorId}/path/approve`, {}, 200);
      const parties = { coordinator, mentorId, mentor: engine.auth('mentor', mentorId) };
      await activateCourse(http, mentorshipId, parties, { consented: true, agreement: DANISH_MATCH_AGREEMENT });
    },
  };
}
