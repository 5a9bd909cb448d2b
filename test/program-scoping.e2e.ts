import { randomUUID } from 'node:crypto';
import { Escalation, Mentorship, Nudge, Referral, ReferralQuota, YoungPerson } from '../libs/persistence/entities';
import { Fixtures, World } from './support/access-world';
import { MATCH_AGREEMENT } from './support/mentorships';
import { engineSuite } from './support/engine';

/** The coordinators who must not reach the world's data: of another program, and of the world's program for another municipality. */
const OUTSIDERS = ['coordinator-other', 'municipal-other'] as const;

/**
 * Program A's data (the access matrix's world) asked for by a coordinator of
 * program B and by a municipal coordinator of A's other municipality: every
 * read is refused or comes back without it, every write is refused and
 * leaves the rows as they were.
 */
describe('a coordinator reaches only her part of her programs, through the real API', () => {
  const suite = engineSuite();
  let world: World;
  let make: Fixtures;

  beforeAll(async () => {
    ({ world, make } = await Fixtures.build(suite.engine));
  }, 120_000);

  const worldIds = (w: World) => [w.youngPersonId, w.mentorshipId, w.escalationId, w.engineEscalationId, w.nudgeId, w.quotaId];

  it('refuses her the young person, course, export, quota, candidates and figures of a program or municipality not hers', async () => {
    const figures = `programId=${world.programId}&from=${world.today}&to=${world.today}`;
    const refused = [
      `/young-people/${world.youngPersonId}`,
      `/young-people/${world.youngPersonId}/export`,
      `/mentorships/${world.mentorshipId}`,
      `/mentorships/${world.mentorshipId}/meetings`,
      `/escalations/${world.escalationId}`,
      `/nudges/${world.nudgeId}`,
      `/quotas/${world.quotaId}`,
      `/programs/${world.programId}/mentor-candidates?youngPersonId=${world.youngPersonId}`,
    ];
    for (const actor of OUTSIDERS) {
      for (const path of refused)
        expect({ actor, path, status: (await suite.http.get(path).set(make.as(actor))).status }).toEqual({ actor, path, status: 403 });
    }
    // Another program's figures are refused as JSON and as CSV; a municipal coordinator gets her own municipality's, and asking for
    // another's is refused.
    for (const format of ['json', 'csv']) {
      await suite.http.get(`/reports/outcomes?${figures}&format=${format}`).set(make.as('coordinator-other')).expect(403);
      await suite.http
        .get(`/reports/outcomes?${figures}&format=${format}&municipalityId=${world.municipalityId}`)
        .set(make.as('municipal-other'))
        .expect(403);
    }
  });

  it('leaves the world out of every list she reads', async () => {
    const lists = [
      '/young-people',
      `/referrals?programId=${world.programId}`,
      '/quotas',
      '/escalations',
      '/escalations?status=resolved',
      '/nudges',
      '/nudges?status=acknowledged',
      '/programs',
    ];
    for (const actor of OUTSIDERS) {
      for (const path of lists) {
        const text = (await suite.http.get(path).set(make.as(actor)).expect(200)).text;
        expect({ actor, path, names: worldIds(world).filter((id) => text.includes(id)) }).toEqual({ actor, path, names: [] });
      }
    }
    const programs: Array<{ id: string }> = (await suite.http.get('/programs').set(make.as('coordinator-other')).expect(200)).body;
    expect(programs.map((program) => program.id)).not.toContain(world.programId);
  });

  it('refuses her every change to it and changes nothing', async () => {
    const before = await rows(world);
    const course = `/mentorships/${world.mentorshipId}`;
    const writes: Array<[method: 'post' | 'patch' | 'delete', path: string, body?: object]> = [
      ['post', `/young-people/${world.youngPersonId}/erasure`],
      ['patch', `/young-people/${world.youngPersonId}`, { contact: { phone: '+45 11 22 33 44' } }],
      ['post', '/referrals', { programId: world.programId, referrerId: world.ids['referrer-own'], youngPersonId: world.youngPersonId }],
      ['post', `${course}/meetings`, { id: randomUUID(), heldOn: world.today, minutes: 30, placeKind: 'walk' }],
      ['post', `${course}/agreement`, MATCH_AGREEMENT],
      ['post', `${course}/close`, { kind: 'early', reason: 'moved', outcome: 'none' }],
      [
        'post',
        `${course}/escalations`,
        { id: randomUUID(), reason: 'concern', category: 'mental-health', urgency: 'normal', question: 'Is she well?' },
      ],
      ['post', `/escalations/${world.escalationId}/resolve`, { outcome: 'closed-without-action' }],
      ['post', `/nudges/${world.nudgeId}/acknowledge`],
      ['delete', `/quotas/${world.quotaId}`],
    ];
    for (const actor of OUTSIDERS) {
      for (const [method, path, body] of writes) {
        const status = (
          await suite.http[method](path)
            .set(make.as(actor))
            .send(body ?? {})
        ).status;
        expect({ actor, method, path, status }).toEqual({ actor, method, path, status: 403 });
      }
    }
    expect(await rows(world)).toEqual(before);
  });

  /** What the refused writes would have changed: the young person, her referrals and course, its escalations, the nudge and the quota. */
  async function rows(w: World) {
    const db = suite.engine.dataSource;
    return {
      youngPerson: await db.getRepository(YoungPerson).findOneByOrFail({ id: w.youngPersonId }),
      referrals: await db.getRepository(Referral).countBy({ youngPersonId: w.youngPersonId }),
      // The engine itself moves the course's deadlines and its escalations' levels meanwhile: what a refused write would have set is
      // compared.
      course: (({ phase, mentorId, closedAt }) => ({ phase, mentorId, closedAt }))(
        await db.getRepository(Mentorship).findOneByOrFail({ id: w.mentorshipId }),
      ),
      escalations: (await db.getRepository(Escalation).find({ where: { mentorshipId: w.mentorshipId }, order: { id: 'ASC' } })).map(
        ({ id, status }) => ({ id, status }),
      ),
      nudge: (await db.getRepository(Nudge).findOneByOrFail({ id: w.nudgeId })).status,
      quota: (await db.getRepository(ReferralQuota).findOneOrFail({ where: { id: w.quotaId }, withDeleted: true })).archivedAt,
    };
  }
});
