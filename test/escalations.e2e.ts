import { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { EntitySubscriberInterface } from 'typeorm';
import { FAST_START_POLICY } from '../scripts/stack/fast-start-policy';
import { currentRequestContext } from '../libs/logging/request-context';
import { Escalation, EscalationResponse, MissedMeeting } from '../libs/persistence/entities';
import { escalationWorkflowId } from '../workflows/escalation/messages';
import { mentorshipWorkflowId } from '../workflows/mentorship/messages';
import { MentorflowEscalationLevel, MentorflowRiskFlag, MentorflowUrgency } from '../workflows/search-attributes';
import { MailedEngine, startEngineWithMail } from './support/engine';
import type { ReceivedMail } from './support/smtp-sink';
import { activateCourse } from './support/mentorships';

/**
 * Escalations on the real stack: a program whose policy gives the panel
 * seconds instead of days (durations are data), real panel members and
 * coordinators with mailboxes on a real SMTP server, courses taken to active
 * through the API, and the engine routing, chasing and flagging.
 */
describe('escalations through the real API, worker, Temporal, PostgreSQL and SMTP', () => {
  let engine: MailedEngine;
  let http: ReturnType<typeof request>;
  let client: Client;
  let programId: string;
  let municipalityId: string;
  let referrerId: string;
  const slug = `panel-${randomUUID().slice(0, 8)}`;
  const coordinator = () => engine.auth('coordinator', people.coordinator.id);
  const people = {} as Record<'coordinator' | 'lead' | 'psychologist' | 'socialWorker', { id: string; email: string }>;

  const policy = {
    ...FAST_START_POLICY,
    escalations: {
      ...FAST_START_POLICY.escalations,
      acknowledgeWithin: '20s',
      acknowledgeUrgentWithin: '3s',
      respondWithin: '60s',
      respondUrgentWithin: '30s',
    },
  };

  const post = async (path: string, body: object, status = 201) =>
    (await http.post(path).set(coordinator()).send(body).expect(status)).body;
  const mailTo = (email: string, predicate: (mail: ReceivedMail) => boolean = () => true) =>
    engine.sink.waitFor((mail) => mail.to.includes(email) && predicate(mail), 20_000);
  const riskFlag = async (mentorshipId: string) =>
    (await client.workflow.getHandle(mentorshipWorkflowId(mentorshipId)).describe()).typedSearchAttributes.get(MentorflowRiskFlag);
  /** The engine's answer arrives by its own workflow tasks; asks until it is there. */
  async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (done(value) || Date.now() > deadline) return value;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /**
   * A coordinator's GET and the SQL statements its route ran: those run in the request's context (found by the id it is sent
   * with), so the engine's and other requests' statements do not count; the guards', before that context, do not either.
   */
  async function statementsOf(path: string): Promise<{ statements: number; body: unknown }> {
    const requestId = `statements-${randomUUID()}`;
    let statements = 0;
    const counter: EntitySubscriberInterface = {
      beforeQuery: () => {
        if (currentRequestContext()?.requestId === requestId) statements += 1;
      },
    };
    engine.dataSource.subscribers.push(counter);
    try {
      const { body } = await http.get(path).set(coordinator()).set('X-Request-Id', requestId).expect(200);
      return { statements, body };
    } finally {
      engine.dataSource.subscribers.splice(engine.dataSource.subscribers.indexOf(counter), 1);
    }
  }

  /** A young person's course, taken to active through the API with a mentor who has an address. */
  async function activeCourse(): Promise<{ mentorshipId: string; mentorId: string; mentorEmail: string; youngPersonId: string }> {
    const mentorEmail = `mentor-${randomUUID().slice(0, 8)}@example.dk`;
    const { id: mentorId } = await post('/mentors', {
      contact: { name: 'Maria Berg', email: mentorEmail, language: 'en' },
      programId,
      municipalityId,
      gender: 'female',
    });
    await post(`/mentors/${mentorId}/application`, {}, 200);
    await post(`/mentors/${mentorId}/path/begin-screening`, {}, 200);
    await post(`/mentors/${mentorId}/path/approve`, {}, 200);
    const { id: youngPersonId } = await post('/young-people', {
      contact: { name: 'Aisha Nour' },
      birthDate: '2006-04-17',
      gender: 'female',
      municipalityId,
    });
    const { id: mentorshipId } = (
      await http
        .post('/referrals')
        .set(coordinator())
        .set('Idempotency-Key', `referral-${randomUUID()}`)
        .send({ programId, referrerId, youngPersonId })
        .expect(201)
    ).body;
    const parties = { coordinator: coordinator(), mentorId, mentor: engine.auth('mentor', mentorId) };
    expect((await activateCourse(http, mentorshipId, parties)).phase).toBe('active');
    return { mentorshipId, mentorId, mentorEmail, youngPersonId };
  }

  beforeAll(async () => {
    engine = await startEngineWithMail();
    http = request(engine.api.getHttpServer());
    client = engine.api.get(Client);
    const admin = engine.admin();
    ({ id: programId } = (await http.post('/programs').set(admin).send({ slug, name: 'Panel test', policy }).expect(201)).body);
    ({ id: municipalityId } = (
      await http
        .post('/municipalities')
        .set(admin)
        .send({ name: `Odense ${slug}` })
        .expect(201)
    ).body);
    for (const role of ['coordinator', 'lead'] as const) {
      const email = `${role}-${slug}@example.dk`;
      const { body } = await http
        .post('/coordinators')
        .set(admin)
        .send({ contact: { name: `Coordinator ${role}`, email, language: 'en' }, programIds: role === 'coordinator' ? [programId] : [] })
        .expect(201);
      people[role] = { id: body.id, email };
    }
    await http.put(`/programs/${programId}/lead`).set(admin).send({ coordinatorId: people.lead.id }).expect(200);
    for (const [who, categories, profession] of [
      ['psychologist', ['mental-health'], 'psychologist'],
      ['socialWorker', ['engagement', 'social'], 'social worker'],
    ] as const) {
      const email = `${who}-${slug}@example.dk`;
      const { body } = await http
        .post('/panel-members')
        .set(admin)
        .send({ contact: { name: `Panel ${who}`, email, language: 'en' }, programId, categories, profession })
        .expect(201);
      people[who] = { id: body.id, email };
    }
    ({ id: referrerId } = (
      await http
        .post('/referrers')
        .set(coordinator())
        .send({ contact: { name: 'Lene Dahl' }, kind: 'youth-guidance-counsellor', municipalityId })
        .expect(201)
    ).body);
  });
  afterAll(async () => {
    await engine?.close();
  });

  it("takes a mentor's concern to the panel member for its category, flags the course, and unflags it once resolved", async () => {
    const { mentorshipId, mentorId, mentorEmail, youngPersonId } = await activeCourse();
    const mentor = engine.auth('mentor', mentorId);
    const psychologist = engine.auth('panel', people.psychologist.id);
    const question = 'She says she has not slept for a week and skips school. What should I do?';
    const id = randomUUID();
    const raised = await http
      .post(`/mentorships/${mentorshipId}/escalations`)
      .set(mentor)
      .send({ id, reason: 'concern', category: 'mental-health', urgency: 'normal', question })
      .expect(200);
    // Answered once the course took it; its own workflow finds the owners a moment later.
    expect(raised.body).toMatchObject({
      id,
      phase: 'awaiting-acknowledgement',
      level: 'panel',
      raisedBy: mentorId,
      raisedByRole: 'mentor',
      mentorshipId,
      youngPersonName: 'Aisha Nour',
      question,
    });
    // A retried request is the same escalation.
    await http
      .post(`/mentorships/${mentorshipId}/escalations`)
      .set(mentor)
      .send({ id, reason: 'concern', category: 'mental-health', urgency: 'normal', question })
      .expect(200);
    expect(await engine.dataSource.getRepository(Escalation).countBy({ mentorshipId })).toBe(1);

    const mail = await mailTo(people.psychologist.email);
    expect(mail.text).toContain(`/escalations/${id}`);
    expect(mail.text).not.toContain('slept');
    expect(mail.text).not.toContain('Aisha');
    expect(await riskFlag(mentorshipId)).toBe(true);
    expect((await http.get(`/escalations/${id}`).set(coordinator()).expect(200)).body.ownerIds).toEqual([people.psychologist.id]);
    const escalation = await client.workflow.getHandle(escalationWorkflowId(id)).describe();
    expect(escalation.typedSearchAttributes.get(MentorflowUrgency)).toBe('normal');
    expect(escalation.typedSearchAttributes.get(MentorflowEscalationLevel)).toBe('panel');

    // The panel member sees what the escalation needs, and nothing of the file.
    const seen = (await http.get(`/escalations/${id}`).set(psychologist).expect(200)).body;
    expect(seen).toMatchObject({
      id,
      category: 'mental-health',
      mentorshipPhase: 'active',
      question,
      yours: true,
      phase: 'awaiting-acknowledgement',
    });
    expect(seen.acknowledgeBy).toEqual(expect.any(String));
    for (const field of ['mentorshipId', 'raisedBy', 'ownerIds', 'workflowId', 'handovers']) expect(seen).not.toHaveProperty(field);
    expect(JSON.stringify(seen)).not.toContain(mentorshipId);
    expect(JSON.stringify(seen)).not.toContain('Aisha');
    const panelList = (await http.get('/escalations').set(psychologist).expect(200)).body;
    expect(panelList.map((e: { id: string }) => e.id)).toEqual([id]);
    expect(JSON.stringify(panelList)).not.toContain('Aisha');
    // Her coordinator's list says whom it is about, from the rows, so that the console needs no list of every young person.
    const coordinatorList = (await http.get('/escalations').query({ mentorshipId }).set(coordinator()).expect(200)).body;
    expect(coordinatorList).toEqual([expect.objectContaining({ id, youngPersonName: 'Aisha Nour' })]);
    await http.get(`/mentorships/${mentorshipId}`).set(psychologist).expect(403);
    await http.get(`/young-people/${youngPersonId}`).set(psychologist).expect(403);
    await http.get(`/mentorships/${mentorshipId}/meetings`).set(psychologist).expect(403);
    // Another panel member, a referrer, an operator: nothing.
    await http.get(`/escalations/${id}`).set(engine.auth('panel', people.socialWorker.id)).expect(403);
    expect((await http.get('/escalations').set(engine.auth('panel', people.socialWorker.id)).expect(200)).body).toEqual([]);
    await http.get(`/escalations/${id}`).set(engine.auth('referrer')).expect(403);
    await http.get('/escalations').set(engine.auth('operator')).expect(403);
    await http.get(`/escalations/${id}`).set(engine.auth('mentor')).expect(403);

    await http.post(`/escalations/${id}/acknowledge`).set(engine.auth('panel', people.socialWorker.id)).expect(403);
    expect((await http.post(`/escalations/${id}/acknowledge`).set(psychologist).expect(200)).body.phase).toBe('acknowledged');
    const again = await http.post(`/escalations/${id}/acknowledge`).set(psychologist).expect(409);
    expect(again.body.message).toBe(`refused: it was already acknowledged by ${people.psychologist.id}`);
    const early = await http.post(`/escalations/${id}/resolve`).set(coordinator()).send({ outcome: 'advice-given' }).expect(409);
    expect(early.body.message).toBe('refused: no advice has been given yet: respond first, or resolve it with another outcome');

    const advice = { id: randomUUID(), advice: 'Talk with her about sleep; suggest she sees her doctor. I can join the next meeting.' };
    expect((await http.post(`/escalations/${id}/responses`).set(psychologist).send(advice).expect(200)).body.phase).toBe('responded');
    const toMentor = await mailTo(mentorEmail, (received) => received.text.includes(`/escalations/${id}`));
    expect(toMentor.text).not.toContain('doctor');
    const mentorsView = (await http.get(`/escalations/${id}`).set(mentor).expect(200)).body;
    expect(mentorsView.responses).toEqual([
      expect.objectContaining({ id: advice.id, advice: advice.advice, respondedBy: people.psychologist.id }),
    ]);

    const resolved = await http.post(`/escalations/${id}/resolve`).set(coordinator()).send({ outcome: 'advice-given' }).expect(200);
    expect(resolved.body).toMatchObject({
      status: 'resolved',
      phase: 'resolved',
      outcome: 'advice-given',
      resolvedBy: people.coordinator.id,
    });
    expect(
      await until(
        () => riskFlag(mentorshipId),
        (flag) => flag === false,
      ),
    ).toBe(false);
    const ended = await http.post(`/escalations/${id}/resolve`).set(coordinator()).send({ outcome: 'closed-without-action' }).expect(409);
    expect(ended.body.message).toBe('refused: the escalation has ended (resolved)');
    expect((await http.get('/escalations?status=resolved').set(psychologist).expect(200)).body.map((e: { id: string }) => e.id)).toEqual([
      id,
    ]);
  });

  it('goes up to the coordinators and then to the program lead when nobody acknowledges it in time, mailing each', async () => {
    const { mentorshipId } = await activeCourse();
    const id = randomUUID();
    const raisedAt = Date.now();
    await http
      .post(`/mentorships/${mentorshipId}/escalations`)
      .set(coordinator())
      .send({ id, reason: 'advice-request', category: 'engagement', urgency: 'urgent', question: 'He has stopped answering.' })
      .expect(200);
    const assigned = await mailTo(people.socialWorker.email, (mail) => mail.text.includes(`/escalations/${id}`));
    expect(assigned.subject).toMatch(/urgent/i);
    // What an operator asks the Web UI or `temporal workflow list --query`: the open urgent escalations, oldest first.
    const openUrgent = [
      "WorkflowType = 'escalation'",
      "ExecutionStatus = 'Running'",
      "MentorflowUrgency = 'urgent'",
      `MentorflowProgram = '${slug}'`,
    ].join(' AND ');
    const listed = await until(
      async () => {
        const ids: string[] = [];
        for await (const workflow of client.workflow.list({ query: openUrgent })) ids.push(workflow.workflowId);
        return ids;
      },
      (ids) => ids.includes(escalationWorkflowId(id)),
    );
    expect(listed).toEqual([escalationWorkflowId(id)]);

    // The policy's urgent 3 seconds pass: the coordinators own it, then 3 more and the lead does.
    const toCoordinator = await mailTo(people.coordinator.email, (mail) => mail.text.includes(`/escalations/${id}`));
    expect(Date.now() - raisedAt).toBeGreaterThanOrEqual(3000);
    expect(toCoordinator.subject).toMatch(/urgent/i);
    await mailTo(people.lead.email, (mail) => mail.text.includes(`/escalations/${id}`));
    const row = await until(
      () => engine.dataSource.getRepository(Escalation).findOneByOrFail({ id }),
      (e) => e.level === 'program-lead',
    );
    expect(row).toMatchObject({ level: 'program-lead', ownerIds: [people.lead.id], status: 'open' });
    expect(row.involvedIds.sort()).toEqual([people.socialWorker.id, people.coordinator.id, people.lead.id].sort());

    const { body } = await http.get(`/escalations/${id}`).set(coordinator()).expect(200);
    expect(body.handovers.map((h: { from: string; to: string; why: string }) => [h.from, h.to, h.why])).toEqual([
      ['panel', 'coordinator', 'not acknowledged'],
      ['coordinator', 'program-lead', 'not acknowledged'],
    ]);
    // Coordinators steer any escalation: this one hands it back to the panel, with fresh deadlines.
    const back = await http
      .post(`/escalations/${id}/reassign`)
      .set(coordinator())
      .send({ panelMemberIds: [people.psychologist.id] })
      .expect(200);
    expect(back.body).toMatchObject({ level: 'panel', ownerIds: [people.psychologist.id] });
    const lead = engine.auth('coordinator', people.lead.id);
    await http.post(`/escalations/${id}/resolve`).set(lead).send({ outcome: 'closed-without-action' }).expect(200);
    expect(
      await until(
        () => riskFlag(mentorshipId),
        (flag) => flag === false,
      ),
    ).toBe(false);
  });

  it('raises one escalation by itself for a WHO-5 in the high-risk band, and one for a run of missed meetings', async () => {
    const { mentorshipId, mentorId } = await activeCourse();
    const mentor = engine.auth('mentor', mentorId);
    const today = new Date().toISOString().slice(0, 10);
    await http
      .post(`/mentorships/${mentorshipId}/measurements`)
      .set(mentor)
      .send({ id: randomUUID(), instrument: 'who5', duePoint: '0d', measuredOn: today, answers: [1, 1, 0, 1, 1] })
      .expect(200);
    const [highRisk] = await engine.dataSource.getRepository(Escalation).findBy({ mentorshipId, reason: 'who5-high-risk' });
    expect(highRisk).toMatchObject({
      category: 'mental-health',
      urgency: 'urgent',
      raisedBy: 'engine',
      status: 'open',
      facts: { instrument: 'who5', duePoint: '0d', score: 16, previousScore: null, band: 'likely-depression' },
    });
    await mailTo(people.psychologist.email, (mail) => mail.text.includes(`/escalations/${highRisk.id}`));
    const seen = (await http.get(`/escalations/${highRisk.id}`).set(engine.auth('panel', people.psychologist.id)).expect(200)).body;
    expect(seen).toMatchObject({ reason: 'who5-high-risk', facts: { score: 16, band: 'likely-depression' }, question: '' });

    for (let missed = 0; missed < 3; missed += 1) {
      await http
        .post(`/mentorships/${mentorshipId}/missed-meetings`)
        .set(mentor)
        .send({ id: randomUUID(), plannedOn: today, missedBy: 'young-person' })
        .expect(200);
    }
    const missedRun = await engine.dataSource.getRepository(Escalation).findBy({ mentorshipId, reason: 'missed-meetings' });
    expect(missedRun).toEqual([
      expect.objectContaining({ category: 'engagement', urgency: 'normal', facts: { missedInARow: 3, plannedOn: [today, today, today] } }),
    ]);
    expect(await engine.dataSource.getRepository(Escalation).countBy({ mentorshipId })).toBe(2);
    const { openEscalations } = (await http.get(`/mentorships/${mentorshipId}`).set(coordinator()).expect(200)).body;
    expect(openEscalations.sort()).toEqual([highRisk.id, missedRun[0].id].sort());
    expect(await riskFlag(mentorshipId)).toBe(true);
  });

  it('stores missed meetings, asking the course only about a run its policy escalates; a meeting logged ends a run', async () => {
    const { mentorshipId, mentorId } = await activeCourse();
    const mentor = engine.auth('mentor', mentorId);
    const today = new Date().toISOString().slice(0, 10);
    const miss = (id: string = randomUUID(), mentorship = mentorshipId) =>
      http.post(`/mentorships/${mentorship}/missed-meetings`).set(mentor).send({ id, plannedOn: today, missedBy: 'mentor' });
    const inARow = async (id?: string) => ((await miss(id).expect(200)).body as { inARow: number }).inARow;
    /** The updates the course's history holds about runs of missed meetings. */
    const asked = async () =>
      (await client.workflow.getHandle(mentorshipWorkflowId(mentorshipId)).fetchHistory()).events!.filter(
        (event) => event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name === 'missedMeetingsInARow',
      ).length;
    const escalated = () => engine.dataSource.getRepository(Escalation).findBy({ mentorshipId, reason: 'missed-meetings' });

    const first = randomUUID();
    expect((await miss(first).expect(200)).body).toEqual({ mentorshipId, inARow: 1, run: [first] });
    expect((await miss(first).expect(200)).body).toEqual({ mentorshipId, inARow: 1, run: [first] }); // retried
    expect(await inARow()).toBe(2);
    await http
      .post(`/mentorships/${mentorshipId}/meetings`)
      .set(mentor)
      .send({ id: randomUUID(), heldOn: today, minutes: 45, placeKind: 'cafe' })
      .expect(200);
    expect(await inARow()).toBe(1);
    expect(await inARow()).toBe(2);
    expect([await asked(), await escalated()]).toEqual([0, []]);

    expect(await inARow()).toBe(3);
    expect(await asked()).toBe(1);
    expect(await escalated()).toEqual([expect.objectContaining({ facts: { missedInARow: 3, plannedOn: [today, today, today] } })]);
    // The run goes on, but its three are counted: the course is asked again only once three more are missed.
    expect([await inARow(), await inARow()]).toEqual([4, 5]);
    expect(await asked()).toBe(1);
    expect(await inARow()).toBe(6);
    expect([await asked(), (await escalated()).length]).toEqual([2, 2]);

    // Checked against the course's row before anything is stored.
    const future = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const early = randomUUID();
    const refused = await http
      .post(`/mentorships/${mentorshipId}/missed-meetings`)
      .set(mentor)
      .send({ id: early, plannedOn: future, missedBy: 'mentor' })
      .expect(409);
    expect(refused.body).toMatchObject({ code: 'missed-meeting-in-future', params: { date: future } });
    expect(await engine.dataSource.getRepository(MissedMeeting).countBy({ id: early })).toBe(0);

    const other = await activeCourse();
    const taken = await miss(first, other.mentorshipId).set(engine.auth('mentor', other.mentorId)).expect(409);
    expect(taken.body).toMatchObject({ code: 'missed-meeting-id-taken', params: { id: first } });
  });

  it('takes back the missed meeting whose run the course refuses, its row having said active as the course moved on', async () => {
    const { mentorshipId, mentorId } = await activeCourse();
    const mentor = engine.auth('mentor', mentorId);
    const today = new Date().toISOString().slice(0, 10);
    await post(`/mentorships/${mentorshipId}/close`, { kind: 'early', reason: 'moved', outcome: 'none' }, 200);
    // The row as it would read in the moment before the course wrote its new phase.
    await engine.dataSource.query(`UPDATE mentorships SET phase = 'active' WHERE id = $1`, [mentorshipId]);
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    const miss = (id: string) =>
      http.post(`/mentorships/${mentorshipId}/missed-meetings`).set(mentor).send({ id, plannedOn: today, missedBy: 'young-person' });
    await miss(ids[0]).expect(200);
    await miss(ids[1]).expect(200);
    const third = await miss(ids[2]).expect(409);
    expect(third.body).toMatchObject({ code: 'missed-meeting-wrong-phase', params: { phase: 'closing' } });
    const stored = await engine.dataSource.getRepository(MissedMeeting).findBy({ mentorshipId });
    expect(stored.map(({ id }) => id).sort()).toEqual(ids.slice(0, 2).sort());
    expect(await engine.dataSource.getRepository(Escalation).countBy({ mentorshipId })).toBe(0);
  });

  it('answers bad escalation requests with a 4xx that names the problem, and keeps nothing of them', async () => {
    const { mentorshipId } = await activeCourse();
    const raise = (body: object, status: number) =>
      http.post(`/mentorships/${mentorshipId}/escalations`).set(coordinator()).send(body).expect(status);
    const valid = { id: randomUUID(), reason: 'concern', category: 'mental-health', urgency: 'normal', question: 'A question' };

    expect((await raise({ ...valid, category: 'astrology' }, 400)).body.problems).toEqual([
      expect.objectContaining({ path: 'category', problem: expect.stringContaining('mental-health') }),
    ]);
    expect((await raise({ ...valid, reason: 'who5-drop' }, 400)).body.problems).toEqual([expect.objectContaining({ path: 'reason' })]);
    expect((await raise({ ...valid, question: '   ' }, 400)).body.problems).toEqual([expect.objectContaining({ path: 'question' })]);
    expect((await raise({ ...valid, urgency: 'whenever' }, 400)).body.problems).toEqual([expect.objectContaining({ path: 'urgency' })]);
    await raise({ ...valid, question: 'x'.repeat(4001) }, 400);
    await http.post(`/mentorships/${randomUUID()}/escalations`).set(coordinator()).send(valid).expect(404);

    // Refused by the course (not yet consented): 409 with the course's reason, and no draft left behind.
    const { id: youngPersonId } = await post('/young-people', { contact: { name: 'Sara' }, birthDate: '2007-01-01', municipalityId });
    const { id: waiting } = (
      await http
        .post('/referrals')
        .set(coordinator())
        .set('Idempotency-Key', `referral-${randomUUID()}`)
        .send({ programId, referrerId, youngPersonId })
        .expect(201)
    ).body;
    const refused = await http.post(`/mentorships/${waiting}/escalations`).set(coordinator()).send(valid).expect(409);
    expect(refused.body.message).toBe(
      'refused: the mentorship is awaiting-consent; a concern can be raised from intake until the course is closed',
    );
    expect(await engine.dataSource.getRepository(Escalation).countBy({ id: valid.id })).toBe(0);

    const { body: open } = await raise({ ...valid, id: randomUUID() }, 200);
    const reassign = await http
      .post(`/escalations/${open.id}/reassign`)
      .set(coordinator())
      .send({ panelMemberIds: [people.psychologist.id, people.coordinator.id] })
      .expect(400);
    expect(reassign.body.problems).toEqual([
      {
        path: 'panelMemberIds[1]',
        problem: `${people.coordinator.id} is not on the panel of program ${slug}`,
        code: 'not-on-panel',
        params: { id: people.coordinator.id, program: slug },
      },
    ]);
    expect(
      (await http.post(`/escalations/${open.id}/resolve`).set(coordinator()).send({ outcome: 'forgotten' }).expect(400)).body.problems,
    ).toEqual([expect.objectContaining({ path: 'outcome' })]);
    // Advice refused by the escalation (not an owner) is not kept.
    const stranger = await http
      .post(`/escalations/${open.id}/responses`)
      .set(engine.auth('panel', people.socialWorker.id))
      .send({ id: randomUUID(), advice: 'Hmm' })
      .expect(403);
    expect(stranger.body.message).toBe('this escalation is not yours to see');
    const response = { id: randomUUID(), advice: 'Advice' };
    await http.post(`/escalations/${open.id}/resolve`).set(coordinator()).send({ outcome: 'closed-without-action' }).expect(200);
    await http.post(`/escalations/${open.id}/responses`).set(coordinator()).send(response).expect(409);
    expect(await engine.dataSource.getRepository(EscalationResponse).countBy({ id: response.id })).toBe(0);
    const missed = await http
      .post(`/mentorships/${mentorshipId}/missed-meetings`)
      .set(coordinator())
      .send({ id: randomUUID(), plannedOn: '2026-02-30', missedBy: 'nobody' })
      .expect(400);
    expect(missed.body.problems.map((p: { path: string }) => p.path).sort()).toEqual(['missedBy', 'plannedOn']);
    const lead = await http.put(`/programs/${programId}/lead`).set(engine.admin()).send({ coordinatorId: randomUUID() }).expect(400);
    expect(lead.body.problems).toEqual([
      expect.objectContaining({ path: 'coordinatorId', problem: expect.stringContaining('no such coordinator') }),
    ]);
    await http.put(`/programs/${programId}/lead`).set(engine.admin()).send({}).expect(400);
    await http.get(`/escalations/${randomUUID()}`).set(coordinator()).expect(404);
    await http.get('/escalations/not-a-uuid').set(coordinator()).expect(400);
    expect((await http.get('/escalations?urgency=soon').set(coordinator()).expect(400)).body.problems).toEqual([
      expect.objectContaining({ path: 'urgency' }),
    ]);
  });

  it("lists a course's escalations, each with its own responses oldest first, in as many statements for six as for two", async () => {
    const { mentorshipId } = await activeCourse();
    const raise = async () => {
      const id = randomUUID();
      const escalation = { id, reason: 'advice-request', category: 'engagement', urgency: 'normal', question: 'He has stopped answering.' };
      await http.post(`/mentorships/${mentorshipId}/escalations`).set(coordinator()).send(escalation).expect(200);
      return id;
    };
    const respond = async (id: string) => {
      const advice = { id: randomUUID(), advice: `Advice on ${id}` };
      await http.post(`/escalations/${id}/responses`).set(coordinator()).send(advice).expect(200);
      return advice.id;
    };
    const ids = [await raise(), await raise()];
    // Responses to two escalations, interleaved in time: each must come back with its own, in the order given.
    const first = await respond(ids[0]);
    const toSecond = await respond(ids[1]);
    const second = await respond(ids[0]);
    const course = `/escalations?mentorshipId=${mentorshipId}&status=all`;
    const listed = (body: unknown) =>
      (body as Array<{ id: string; responses: Array<{ id: string }> }>).map((row) => [row.id, row.responses]);

    const two = await statementsOf(course);
    expect(listed(two.body)).toEqual([
      [ids[0], [expect.objectContaining({ id: first }), expect.objectContaining({ id: second })]],
      [ids[1], [expect.objectContaining({ id: toSecond })]],
    ]);
    for (let more = 0; more < 4; more += 1) ids.push(await raise());
    const six = await statementsOf(course);
    expect(listed(six.body).map(([id]) => id)).toEqual(ids);
    expect(listed(six.body).slice(0, 2)).toEqual(listed(two.body));
    expect(two.statements).toBeGreaterThan(0);
    expect(six.statements).toBe(two.statements);
  });

  it('lists the open ones urgent first and then the oldest, and after them the resolved, the last resolved first', async () => {
    const { mentorshipId } = await activeCourse();
    const raise = async (urgency: 'urgent' | 'normal') => {
      const id = randomUUID();
      const escalation = { id, reason: 'advice-request', category: 'engagement', urgency, question: 'He has stopped answering.' };
      await http.post(`/mentorships/${mentorshipId}/escalations`).set(coordinator()).send(escalation).expect(200);
      return id;
    };
    const resolve = (id: string) =>
      http.post(`/escalations/${id}/resolve`).set(coordinator()).send({ outcome: 'closed-without-action' }).expect(200);
    const [resolvedFirst, resolvedLast, open, urgent] = [
      await raise('normal'),
      await raise('normal'),
      await raise('normal'),
      await raise('urgent'),
    ];
    await resolve(resolvedFirst);
    await resolve(resolvedLast);
    const ids = async (status: string) =>
      (await http.get('/escalations').query({ mentorshipId, status }).set(coordinator()).expect(200)).body.map((e: { id: string }) => e.id);

    expect(await ids('all')).toEqual([urgent, open, resolvedLast, resolvedFirst]);
    expect(await ids('resolved')).toEqual([resolvedLast, resolvedFirst]);
  });
});
