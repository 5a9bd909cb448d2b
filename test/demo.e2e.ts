import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { DemoApi } from '../scripts/demo/demo-api';
import { DEMO_PROGRAMS } from '../scripts/demo/demo-people';
import { ProgramDemo, runProgramDemo } from '../scripts/demo/run-demo';
import { mailedEngineSuite } from './support/engine';

/** Rows the demo makes in one program: what a second run must leave as they are. */
const ROWS_OF_THE_PROGRAM = `
  SELECT (SELECT count(*) FROM referrals WHERE program_id = $1) AS referrals,
         (SELECT count(*) FROM mentors WHERE program_id = $1) AS mentors,
         (SELECT count(*) FROM panel_members WHERE program_id = $1) AS panel,
         (SELECT count(*) FROM coordinators WHERE $1 = ANY(program_ids)) AS coordinators,
         (SELECT count(*) FROM young_people y JOIN referrals r ON r.young_person_id = y.id WHERE r.program_id = $1) AS young_people,
         (SELECT count(*) FROM meetings m JOIN referrals r ON r.id = m.mentorship_id WHERE r.program_id = $1) AS meetings,
         (SELECT count(*) FROM measurements m JOIN referrals r ON r.id = m.mentorship_id WHERE r.program_id = $1) AS measurements,
         (SELECT count(*) FROM escalations e JOIN referrals r ON r.id = e.mentorship_id WHERE r.program_id = $1) AS escalations,
         (SELECT count(*) FROM match_attempts a JOIN referrals r ON r.id = a.mentorship_id WHERE r.program_id = $1) AS attempts,
         (SELECT count(*) FROM referral_quotas WHERE program_id = $1) AS quotas`;

describe("up's demo, driven through the real API and workflows", () => {
  // The demo's addresses get the engine's real mails, here.
  const suite = mailedEngineSuite();
  const pift = DEMO_PROGRAMS.find((program) => program.slug === 'pift')!;
  let api: DemoApi;
  let programId: string;
  // The program's administrator sets it up; its first coordinator, made by the demo, reads what came of it.
  const setUpBy = { role: 'program-admin' as const, id: randomUUID() };

  beforeAll(async () => {
    // The driver speaks HTTP to an address, as it does under `up`: the test engine's API listens on a free port.
    await suite.engine.api.listen(0, '127.0.0.1');
    const { port } = suite.engine.api.getHttpServer().address() as AddressInfo;
    api = new DemoApi(`http://127.0.0.1:${port}`, (actor) => suite.engine.auth(actor.role, actor.id).Authorization.slice('Bearer '.length));
    const program = await suite.http
      .post('/programs')
      .set(suite.engine.admin())
      .send({ preset: 'pift', slug: `pift-demo-${randomUUID().slice(0, 8)}` });
    programId = program.body.id;
  });

  const rows = async () => (await suite.engine.dataSource.query(ROWS_OF_THE_PROGRAM, [programId]))[0];
  const courseOf = (demo: ProgramDemo, name: string) => demo.courses[pift.youngPeople.findIndex((person) => person.name === name)];

  it('reaches every phase the description gives, and a second run creates nothing new', async () => {
    const demo = await runProgramDemo(api, pift, programId, setUpBy);
    const coordinator = suite.engine.auth('coordinator', demo.cast.coordinators[0].id);

    expect(demo.courses.map((course) => course.phase)).toEqual(['awaiting-consent', 'matching', 'active', 'active', 'active', 'closed']);
    const active = courseOf(demo, 'Sara Ali');
    expect(active.meetings.count).toBe(2);
    expect(active.measurements.sort()).toEqual(['self-efficacy@0d', 'status@0d', 'who5@0d']);
    const due = courseOf(demo, 'Emma Krogh');
    expect({ meetings: due.meetings.count, measurements: due.measurements }).toEqual({ meetings: 1, measurements: [] });
    // The engine's own escalation of a high-risk WHO-5, and the coordinator's question to the panel, both open.
    const escalated = courseOf(demo, 'Nadia Hussein');
    expect(escalated.openEscalations).toHaveLength(2);
    const { body: open } = await suite.http.get('/escalations?status=open').set(coordinator).expect(200);
    const ours = open.filter((escalation: { mentorshipId?: string }) => escalation.mentorshipId === escalated.mentorshipId);
    expect(ours.map((escalation: { category: string; urgency: string }) => `${escalation.category}/${escalation.urgency}`).sort()).toEqual([
      'mental-health/urgent',
      'social/normal',
    ]);
    // The urgent one goes at once, through quiet hours, to the psychologist on the panel: a mail she can sign in from.
    await suite.sink.waitFor((mail) => mail.to.includes('sofie.panel@pift.demo.mentorflow.dk'));
    const closed = courseOf(demo, 'Julie Winther');
    expect({ exits: closed.exitConversations.sort(), outcome: closed.closure?.outcome }).toEqual({
      exits: ['mentor', 'young-person'],
      outcome: 'education-started',
    });

    const mentorPhases = await Promise.all(
      demo.cast.mentors.map(async ({ id }) => (await suite.http.get(`/mentors/${id}/path`).set(coordinator).expect(200)).body.phase),
    );
    expect(mentorPhases).toEqual(['applied', 'screening', 'available', 'paused', 'available', 'available', 'available', 'available']);
    const matching = courseOf(demo, 'Maja Larsen');
    const youngPersonId = demo.cast.youngPeople[pift.youngPeople.findIndex((person) => person.name === 'Maja Larsen')].id;
    const { body: ranking } = await suite.http
      .get(`/programs/${programId}/mentor-candidates`)
      .query({ youngPersonId })
      .set(coordinator)
      .expect(200);
    // Camilla, free and near her, first; Ida, free again since Julie's course closed, among the rest.
    expect(ranking.candidates[0].mentorId).toBe(demo.cast.mentors[2].id);
    expect(ranking.candidates.map((candidate: { mentorId: string }) => candidate.mentorId)).toContain(demo.cast.mentors[7].id);
    expect(matching.attempts).toEqual([]);

    const before = await rows();
    expect(before).toMatchObject({
      referrals: '6',
      mentors: '8',
      panel: '3',
      coordinators: '2',
      young_people: '6',
      meetings: '5',
      escalations: '2',
      quotas: '1',
    });
    // The demo's referrer may refer to the program herself: it has this year's quota with her municipality.
    const { body: referrable } = await suite.http
      .get('/my-referrals/programs')
      .set(suite.engine.auth('referrer', demo.cast.referrer.id))
      .expect(200);
    expect(referrable).toEqual([expect.objectContaining({ id: programId, agreed: 12, made: 6 })]);
    const again = await runProgramDemo(api, pift, programId, setUpBy);
    expect(await rows()).toEqual(before);
    expect(again.courses.map((course) => course.mentorshipId)).toEqual(demo.courses.map((course) => course.mentorshipId));
    expect(again.cast).toEqual(demo.cast);
  }, 240_000);
});
