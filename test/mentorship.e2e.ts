import { randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  CheckIn,
  CourseReview,
  IdempotentRequest,
  Escalation,
  MatchAgreement,
  MatchAttempt,
  Measurement,
  Meeting,
  Mentorship,
  Nudge,
  Referral,
} from '../libs/persistence/entities';
import { findPreset } from '../libs/domain/policy/presets';
import { durationMs } from '../libs/domain/duration';
import { dayIn } from '../workflows/shared/calendar-day';
import { CoordinatorAuth, Engine, startEngine } from './support/engine';
import { activateCourse, MATCH_AGREEMENT } from './support/mentorships';
import { Client } from '@temporalio/client';
import * as m from '../workflows/mentorship/messages';
import { mentorshipWorkflowId } from '../workflows/mentorship/messages';

describe('a mentorship through the real API, worker, Temporal and PostgreSQL', () => {
  let engine: Engine;
  let http: ReturnType<typeof request>;
  /** The coordinator of the tests' program. */
  let programCoordinator: CoordinatorAuth;
  const coordinator = () => programCoordinator;
  const unique = () => randomUUID().slice(0, 8);
  /** What `read` answers once `done` holds, or after ten seconds: what the course does after the API answered. */
  const until = async <T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> => {
    let value = await read();
    for (const giveUp = Date.now() + 10_000; !done(value) && Date.now() < giveUp; value = await read())
      await new Promise((next) => setTimeout(next, 20));
    return value;
  };
  /** The signals of this name in the course's history; one sent while the course is busy shows once its task is done. */
  const signalsNamed = async (id: string, name: string) =>
    (await engine.api.get(Client).workflow.getHandle(mentorshipWorkflowId(id)).fetchHistory()).events!.filter(
      (event) => event.workflowExecutionSignaledEventAttributes?.signalName === name,
    ).length;
  let programId: string;
  let municipalityId: string;
  let referrerId: string;

  const post = async (path: string, body: object, status = 201) =>
    (await http.post(path).set(coordinator()).send(body).expect(status)).body;

  /** A mentor who has been through PIFT's screening and course, and is available. */
  async function availableMentor(program = programId): Promise<string> {
    const { id } = await post('/mentors', { contact: { name: 'Maria Berg' }, programId: program, municipalityId, gender: 'female' });
    await post(`/mentors/${id}/application`, {}, 200);
    await post(`/mentors/${id}/path/begin-screening`, {}, 200);
    for (const step of ['interview', 'references', 'criminal-record-check', 'child-offence-certificate']) {
      await post(`/mentors/${id}/path/screening-steps`, { step, result: 'passed' }, 200);
    }
    await post(`/mentors/${id}/path/course/enrol`, {}, 200);
    await post(`/mentors/${id}/path/course/complete`, {}, 200);
    await post(`/mentors/${id}/path/approve`, {}, 200);
    return id;
  }

  async function refer(key = `referral-${unique()}`, program = programId): Promise<{ id: string; workflowId: string }> {
    const youngPerson = await post('/young-people', {
      contact: { name: 'Aisha Nour' },
      birthDate: '2006-04-17',
      gender: 'female',
      municipalityId,
    });
    return (
      await http
        .post('/referrals')
        .set(coordinator())
        .set('Idempotency-Key', key)
        .send({ programId: program, referrerId, youngPersonId: youngPerson.id })
        .expect(201)
    ).body;
  }

  beforeAll(async () => {
    engine = await startEngine();
    http = request(engine.api.getHttpServer());
    ({ id: programId, coordinator: programCoordinator } = await engine.program({ preset: 'pift', slug: `pift-course-${unique()}` }));
    ({ id: municipalityId } = (
      await http
        .post('/municipalities')
        .set(engine.admin())
        .send({ name: `Odense ${unique()}` })
        .expect(201)
    ).body);
    ({ id: referrerId } = await post('/referrers', { contact: { name: 'Lene Dahl' }, kind: 'youth-guidance-counsellor', municipalityId }));
  });
  afterAll(() => engine.close());

  it('makes one referral and one course for a retried POST with the same Idempotency-Key', async () => {
    const youngPerson = await post('/young-people', { contact: { name: 'Sara' }, birthDate: '2007-01-01', municipalityId });
    const body = { programId, referrerId, youngPersonId: youngPerson.id };
    const client = coordinator();
    const first = await http.post('/referrals').set(client).set('Idempotency-Key', 'retry-me-123').send(body).expect(201);
    const retry = await http.post('/referrals').set(client).set('Idempotency-Key', 'retry-me-123').send(body).expect(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(first.body.workflowId).toBe(`mentorship-${first.body.id}`);
    expect(await engine.dataSource.getRepository(Referral).countBy({ youngPersonId: youngPerson.id })).toBe(1);
    expect(await engine.dataSource.getRepository(Mentorship).findOneByOrFail({ id: first.body.id })).toMatchObject({
      phase: 'awaiting-consent',
    });
    await http.post('/referrals').set(coordinator()).set('Idempotency-Key', 'short').send(body).expect(400);
  });

  it('makes one referral of three simultaneous POSTs with the same Idempotency-Key; the others wait or get its answer', async () => {
    const youngPerson = await post('/young-people', { contact: { name: 'Mona' }, birthDate: '2005-05-05', municipalityId });
    const body = { programId, referrerId, youngPersonId: youngPerson.id };
    const key = `at-once-${unique()}`;
    const client = coordinator();
    const answers = await Promise.all([1, 2, 3].map(() => http.post('/referrals').set(client).set('Idempotency-Key', key).send(body)));
    const made = answers.filter((a) => a.status === 201);
    expect(made.length + answers.filter((a) => a.status === 409).length).toBe(3);
    expect(new Set(made.map((a) => a.body.id)).size).toBe(1);
    expect(await engine.dataSource.getRepository(Referral).countBy({ youngPersonId: youngPerson.id })).toBe(1);
  });

  it('refers, consents, matches, logs meetings and measurements, and closes; Postgres mirrors each step', async () => {
    const mentorId = await availableMentor();
    const { id } = await refer();
    const course = `/mentorships/${id}`;
    await post(`${course}/consent`, {}, 200);
    await post(`${course}/intake/complete`, {}, 200);

    const { candidates } = (
      await http
        .get(`/programs/${programId}/mentor-candidates`)
        .query({ youngPersonId: (await engine.dataSource.getRepository(Referral).findOneByOrFail({ id })).youngPersonId })
        .set(coordinator())
        .expect(200)
    ).body;
    expect(candidates.map((c: { mentorId: string }) => c.mentorId)).toContain(mentorId);

    await post(`${course}/proposals`, { mentorId }, 200);
    await post(`${course}/proposals/answer`, { party: 'young-person', answer: 'accept' }, 200);
    const mentor = engine.auth('mentor', mentorId);
    await http.post(`${course}/proposals/answer`).set(engine.auth('mentor')).send({ party: 'mentor', answer: 'accept' }).expect(403);
    await http.post(`${course}/proposals/answer`).set(mentor).send({ party: 'mentor', answer: 'accept' }).expect(200);
    const agreement = {
      meetingsPerPeriod: 4,
      period: 'month',
      minutesPerMeeting: 60,
      goals: 'Find a study programme',
      mentorRole: 'Listen, encourage',
      youngPersonRole: 'Choose where to meet',
      programCheckIns: 'monthly',
    };
    const { body: active } = await http.post(`${course}/agreement`).set(coordinator()).send(agreement).expect(200);
    expect(active.phase).toBe('active');
    // A second agreement is refused, and the one the match started under stays.
    await http
      .post(`${course}/agreement`)
      .set(coordinator())
      .send({ ...agreement, goals: 'Something else' })
      .expect(409);
    expect(await engine.dataSource.getRepository(MatchAgreement).findOneByOrFail({ mentorshipId: id })).toMatchObject({
      goals: 'Find a study programme',
    });

    const today = new Date().toISOString().slice(0, 10);
    const meeting = { id: randomUUID(), heldOn: today, minutes: 90, placeKind: 'cafe' };
    await http.post(`${course}/meetings`).set(mentor).send(meeting).expect(200);
    await http.post(`${course}/meetings`).set(mentor).send(meeting).expect(200); // a retry is the same meeting
    const future = await http
      .post(`${course}/meetings`)
      .set(mentor)
      .send({ ...meeting, id: randomUUID(), heldOn: '2999-01-01' })
      .expect(409);
    expect(future.body.message).toBe('refused: heldOn 2999-01-01 is in the future');
    const absurd = await http
      .post(`${course}/meetings`)
      .set(mentor)
      .send({ ...meeting, id: randomUUID(), minutes: 6000, transcript: 'no' })
      .expect(400);
    expect(absurd.body.problems.map((p: { path: string }) => p.path).sort()).toEqual(['minutes', 'transcript']);
    await http
      .post(`${course}/meetings`)
      .set(engine.auth('mentor'))
      .send({ ...meeting, id: randomUUID() })
      .expect(403);

    const who5 = { id: randomUUID(), instrument: 'who5', duePoint: '0d', measuredOn: today, answers: [2, 2, 3, 2, 2] };
    await http.post(`${course}/measurements`).set(mentor).send(who5).expect(200);
    await http.post(`${course}/measurements`).set(mentor).send(who5).expect(200); // a retry is the same measurement
    const badWho5 = await http
      .post(`${course}/measurements`)
      .set(mentor)
      .send({ ...who5, id: randomUUID(), duePoint: 'P3M', answers: [9, 2] })
      .expect(400);
    expect(badWho5.body.problems[0].path).toBe('answers');
    const unscheduled = await http
      .post(`${course}/measurements`)
      .set(mentor)
      .send({ ...who5, id: randomUUID(), duePoint: 'P4M' })
      .expect(409);
    expect(unscheduled.body.message).toBe('refused: who5 is not scheduled at P4M in this program');
    expect(await engine.dataSource.getRepository(Measurement).countBy({ mentorshipId: id })).toBe(1); // the refused one was not kept
    await post(`${course}/check-ins`, { id: randomUUID(), party: 'mentor', heldOn: today }, 200);

    const referrerView = await http.get(course).set(engine.auth('referrer', referrerId)).expect(200);
    expect(referrerView.body).toEqual({ mentorshipId: id, phase: 'active' });
    await http.get(course).set(engine.auth('referrer')).expect(403);

    await post(`${course}/close`, { kind: 'early', reason: 'moved', outcome: 'retained' }, 200);
    await post(`${course}/exit-conversations`, { party: 'young-person', held: true }, 200);
    await post(`${course}/exit-conversations`, { party: 'mentor', held: true }, 200);
    await http
      .post(`${course}/measurements`)
      .set(mentor)
      .send({ ...who5, id: randomUUID(), duePoint: 'close', answers: [3, 3, 3, 3, 3] })
      .expect(200);
    await http
      .post(`${course}/measurements`)
      .set(mentor)
      .send({
        id: randomUUID(),
        instrument: 'self-efficacy',
        duePoint: 'close',
        measuredOn: today,
        answers: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3],
      })
      .expect(200);
    const { body: closed } = await http
      .post(`${course}/measurements`)
      .set(mentor)
      .send({ id: randomUUID(), instrument: 'status', duePoint: 'close', measuredOn: today, status: 'education' })
      .expect(200);
    expect(closed).toMatchObject({ phase: 'closed', duePoint: 'close' });
    expect(closed.measurements.sort()).toEqual(['self-efficacy@close', 'status@close', 'who5@0d', 'who5@close']);

    const row = await engine.dataSource.getRepository(Mentorship).findOneByOrFail({ id });
    expect(row).toMatchObject({ phase: 'closed', mentorId, closureKind: 'early', closureReason: 'moved', outcome: 'retained' });
    expect(await engine.dataSource.getRepository(Meeting).countBy({ mentorshipId: id })).toBe(1);
    expect(await engine.dataSource.getRepository(MatchAttempt).findBy({ mentorshipId: id })).toEqual([
      expect.objectContaining({ mentorId, outcome: 'accepted' }),
    ]);
    expect(await engine.dataSource.getRepository(MatchAgreement).countBy({ mentorshipId: id })).toBe(1);
    expect(await engine.dataSource.getRepository(CheckIn).findBy({ mentorshipId: id })).toEqual([
      expect.objectContaining({ party: 'mentor', heldOn: today }),
    ]);
    const { body: mentorPath } = await http.get(`/mentors/${mentorId}/path`).set(coordinator()).expect(200);
    expect(mentorPath.mentorships).toEqual([]); // closing freed the mentor's slot
  });

  it('refuses a proposal for a mentor with no free slot, with the reason, and keeps no attempt', async () => {
    const mentorId = await availableMentor();
    const taken = await refer();
    const waiting = await refer();
    for (const { id } of [taken, waiting]) {
      await post(`/mentorships/${id}/consent`, {}, 200);
      await post(`/mentorships/${id}/intake/complete`, {}, 200);
    }
    await post(`/mentorships/${taken.id}/proposals`, { mentorId }, 200);
    const refused = await http.post(`/mentorships/${waiting.id}/proposals`).set(coordinator()).send({ mentorId }).expect(409);
    expect(refused.body.message).toBe('refused: the mentor has no free slot (1 of 1 taken)');
    expect(refused.body).toMatchObject({ code: 'no-free-slot', params: { taken: 1, capacity: 1 } });
    expect((await http.get(`/mentorships/${waiting.id}`).set(coordinator()).expect(200)).body).toMatchObject({
      phase: 'matching',
      attempts: [],
    });
  });

  /** A course matched with an available mentor, agreement signed: active. */
  async function activeCourse(program = programId): Promise<string> {
    const mentorId = await availableMentor(program);
    const { id } = await refer(undefined, program);
    const parties = { coordinator: coordinator(), mentorId, mentor: engine.auth('mentor', mentorId) };
    expect((await activateCourse(http, id, parties)).phase).toBe('active');
    return id;
  }

  it('counts a check-in sent again with the same id once (a retry after a 503), and a new id as a new check-in', async () => {
    const id = await activeCourse();
    const checkIn = { id: randomUUID(), party: 'mentor', heldOn: new Date().toISOString().slice(0, 10) };
    expect((await post(`/mentorships/${id}/check-ins`, checkIn, 200)).checkIns.mentor).toBe(1);
    expect((await post(`/mentorships/${id}/check-ins`, checkIn, 200)).checkIns.mentor).toBe(1);
    expect((await http.get(`/mentorships/${id}`).set(coordinator()).expect(200)).body.checkIns.mentor).toBe(1);
    expect(await engine.dataSource.getRepository(CheckIn).countBy({ mentorshipId: id })).toBe(1);
    expect((await post(`/mentorships/${id}/check-ins`, { ...checkIn, id: randomUUID() }, 200)).checkIns.mentor).toBe(2);
    const missing = await http
      .post(`/mentorships/${id}/check-ins`)
      .set(coordinator())
      .send({ party: 'mentor', heldOn: checkIn.heldOn })
      .expect(400);
    expect(missing.body.problems.map((p: { path: string }) => p.path)).toEqual(['id']);
  });

  it('stores a meeting without waking the course, which reads it later; answers and shows the contact as stored', async () => {
    const id = await activeCourse();
    const today = new Date().toISOString().slice(0, 10);
    const course = engine.api.get(Client).workflow.getHandle(mentorshipWorkflowId(id));
    const mentorId = (await engine.dataSource.getRepository(Mentorship).findOneByOrFail({ id })).mentorId!;
    const log = (minutes: number) =>
      http
        .post(`/mentorships/${id}/meetings`)
        .set(engine.auth('mentor', mentorId))
        .send({ id: randomUUID(), heldOn: today, minutes, placeKind: 'walk' })
        .expect(200);
    // The first is signalled (the check-ins are dated from it) and read by the course; the second is not: nothing waits on it.
    await log(60);
    const counted = async () => (await course.query(m.mentorshipStateQuery)).meetings.count;
    for (const giveUp = Date.now() + 10_000; (await counted()) < 1 && Date.now() < giveUp;)
      await new Promise((next) => setTimeout(next, 20));
    expect(await counted()).toBe(1);
    const { body: logged } = await log(45);
    expect(logged).toEqual({
      mentorshipId: id,
      meetings: { count: 2, minutes: 105, firstHeldOn: today, lastHeldOn: today },
      checkIns: { 'young-person': 0, mentor: 0, referrer: 0 },
    });
    expect(await counted()).toBe(1);
    const { body: shown } = await http.get(`/mentorships/${id}`).set(coordinator()).expect(200);
    expect(shown).toMatchObject({ meetings: { count: 2, minutes: 105, lastHeldOn: today }, firstMeetingOn: today });
    // Closing, the course reads them: its own record ends with both.
    await post(`/mentorships/${id}/close`, { kind: 'early', reason: 'moved', outcome: 'none' }, 200);
    expect((await course.query(m.mentorshipStateQuery)).meetings).toMatchObject({ count: 2, minutes: 105 });
    // A closing course takes no meeting, and says why.
    const late = await http
      .post(`/mentorships/${id}/meetings`)
      .set(coordinator())
      .send({ id: randomUUID(), heldOn: today, minutes: 30, placeKind: 'walk' })
      .expect(409);
    expect(late.body).toMatchObject({ code: 'wrong-phase', params: { phase: 'closing', needed: ['active'] } });
  });

  it("stores an active course's measurement without asking it, which reads it as it closes; a WHO-5 raising one asks", async () => {
    const id = await activeCourse();
    const today = new Date().toISOString().slice(0, 10);
    const course = engine.api.get(Client).workflow.getHandle(mentorshipWorkflowId(id));
    const mentorId = (await engine.dataSource.getRepository(Mentorship).findOneByOrFail({ id })).mentorId!;
    const measure = async (body: object) =>
      (
        await http
          .post(`/mentorships/${id}/measurements`)
          .set(engine.auth('mentor', mentorId))
          .send({ id: randomUUID(), measuredOn: today, ...body })
          .expect(200)
      ).body;
    const asked = async () =>
      (await course.fetchHistory()).events!.filter(
        (event) => event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name === 'measurementSubmitted',
      ).length;

    expect(await measure({ instrument: 'status', duePoint: '0d', status: 'education' })).toMatchObject({
      mentorshipId: id,
      instrument: 'status',
      duePoint: '0d',
      phase: 'active',
      measurements: ['status@0d'],
    });
    expect(await asked()).toBe(0);
    expect((await course.query(m.mentorshipStateQuery)).measurements).toEqual([]);
    const { body: shown } = await http.get(`/mentorships/${id}`).set(coordinator()).expect(200);
    expect(shown.measurements).toEqual(['status@0d']);

    // In the high-risk band: the course is asked, and has raised its escalation when the API answers.
    await measure({ instrument: 'who5', duePoint: '0d', answers: [1, 1, 0, 1, 1] });
    expect(await asked()).toBe(1);
    expect(await engine.dataSource.getRepository(Escalation).countBy({ mentorshipId: id, reason: 'who5-high-risk' })).toBe(1);

    // Closing, the course reads the one it was not asked about.
    await post(`/mentorships/${id}/close`, { kind: 'early', reason: 'moved', outcome: 'none' }, 200);
    expect((await course.query(m.mentorshipStateQuery)).measurements).toEqual(['who5@0d', 'status@0d']);
  });

  it("dates a course's contact by its program's day, not the UTC day", async () => {
    /** A course of a PIFT program kept in a time zone, the tests' coordinator coordinating it. */
    const courseIn = async (timeZone: string) => {
      const { policy } = findPreset('pift')!;
      const body = {
        preset: 'pift',
        slug: `pift-zone-${unique()}`,
        policy: { ...policy, notifications: { ...policy.notifications, timeZone } },
      };
      return activeCourse((await engine.program(body, programCoordinator)).id);
    };
    const dayAfter = (day: string) => new Date(Date.parse(`${day}T12:00:00Z`) + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const send = async (id: string, path: string, body: object, status: number) =>
      (
        await http
          .post(`/mentorships/${id}/${path}`)
          .set(coordinator())
          .send({ id: randomUUID(), ...body })
          .expect(status)
      ).body;
    // Kiribati's Line Islands (UTC+14) are a day ahead of UTC from 10:00 UTC on: what is dated their today has come there.
    const ahead = await courseIn('Pacific/Kiritimati');
    const today = dayIn(new Date(), 'Pacific/Kiritimati');
    await send(ahead, 'meetings', { heldOn: today, minutes: 60, placeKind: 'walk' }, 200);
    await send(ahead, 'check-ins', { party: 'mentor', heldOn: today }, 200);
    await send(ahead, 'missed-meetings', { plannedOn: today, missedBy: 'mentor' }, 200);
    await send(ahead, 'measurements', { instrument: 'status', duePoint: '0d', status: 'education', measuredOn: today }, 200);
    expect(await send(ahead, 'meetings', { heldOn: dayAfter(today), minutes: 60, placeKind: 'walk' }, 409)).toMatchObject({
      code: 'date-in-future',
      params: { field: 'heldOn', date: dayAfter(today) },
    });
    // American Samoa (UTC-11) is always a day or more behind them: their today has begun, and has not come to a course kept there.
    const behind = await courseIn('Pacific/Pago_Pago');
    for (const [path, body] of [
      ['meetings', { heldOn: today, minutes: 60, placeKind: 'walk' }],
      ['check-ins', { party: 'mentor', heldOn: today }],
    ] as const) {
      expect(await send(behind, path, body, 409)).toMatchObject({ code: 'date-in-future', params: { field: 'heldOn', date: today } });
    }
    expect(await send(behind, 'missed-meetings', { plannedOn: today, missedBy: 'mentor' }, 409)).toMatchObject({
      code: 'missed-meeting-in-future',
    });
    const measured = { instrument: 'status', duePoint: '0d', status: 'education', measuredOn: today };
    expect(await send(behind, 'measurements', measured, 409)).toMatchObject({
      code: 'date-in-future',
      params: { field: 'measuredOn', date: today },
    });
    expect(await engine.dataSource.getRepository(Measurement).countBy({ mentorshipId: behind })).toBe(0);
  });

  it("stores each answer on the attempt's row; an accept is signalled, a decline is a command that frees the mentor's slot", async () => {
    const mentorId = await availableMentor();
    const mentor = engine.auth('mentor', mentorId);
    const proposed = async (program = programId, proposedMentor = mentorId) => {
      const { id } = await refer(undefined, program);
      await post(`/mentorships/${id}/consent`, {}, 200);
      await post(`/mentorships/${id}/intake/complete`, {}, 200);
      await post(`/mentorships/${id}/proposals`, { mentorId: proposedMentor }, 200);
      return id;
    };
    const answer = (id: string, party: string, answer: string, status = 200, asMentor = mentor) =>
      http
        .post(`/mentorships/${id}/proposals/answer`)
        .set(party === 'mentor' ? asMentor : coordinator())
        .send({ party, answer })
        .expect(status);
    const answerCommands = async (id: string) =>
      (await engine.api.get(Client).workflow.getHandle(mentorshipWorkflowId(id)).fetchHistory()).events!.filter(
        (event) => event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name === 'answerProposal',
      ).length;

    const id = await proposed();
    const firstAccept = {
      mentorshipId: id,
      attempt: 1,
      answers: { 'young-person': 'accept' },
      phase: 'proposed',
    };
    expect((await answer(id, 'young-person', 'accept')).body).toEqual(firstAccept);
    // The same answer sent again (its first send's answer lost) is found, not refused, and the course told again (it takes an
    // answer once: the workflow's own tests).
    expect((await answer(id, 'young-person', 'accept')).body).toEqual(firstAccept);
    expect(
      await until(
        () => signalsNamed(id, 'proposalAccepted'),
        (count) => count >= 2,
      ),
    ).toBe(2);
    expect((await answer(id, 'young-person', 'decline', 409)).body).toMatchObject({
      code: 'already-answered',
      params: { party: 'young-person', answer: 'accept' },
    });
    expect((await answer(id, 'mentor', 'decline')).body).toEqual({
      mentorshipId: id,
      attempt: 1,
      answers: { 'young-person': 'accept', mentor: 'decline' },
      phase: 'matching',
    });
    // The decline freed her only slot before it answered: she can be proposed again at once.
    await post(`/mentorships/${id}/proposals`, { mentorId }, 200);
    await answer(id, 'young-person', 'accept');
    expect((await answer(id, 'mentor', 'accept')).body).toEqual({
      mentorshipId: id,
      attempt: 2,
      answers: { 'young-person': 'accept', mentor: 'accept' },
      phase: 'agreeing',
    });
    // The agreement sent at once finds the match agreed: the course took the accept before it.
    expect((await post(`/mentorships/${id}/agreement`, MATCH_AGREEMENT, 200)).phase).toBe('active');
    expect(
      await engine.dataSource.getRepository(MatchAttempt).find({ where: { mentorshipId: id }, order: { attempt: 'ASC' } }),
    ).toMatchObject([
      { attempt: 1, youngPersonAnswer: 'accept', mentorAnswer: 'decline', outcome: 'declined-by-mentor' },
      { attempt: 2, youngPersonAnswer: 'accept', mentorAnswer: 'accept', outcome: 'accepted' },
    ]);
    expect(await answerCommands(id)).toBe(1);

    // Where the program needs no written agreement, two accepts start the match: the second is a command, answered once the
    // course's row is active, so a meeting logged at once is taken.
    await post(`/mentorships/${id}/mentor-left`, {}, 200);
    const { policy } = findPreset('pift')!;
    const unwritten = {
      preset: 'pift',
      slug: `pift-unwritten-${unique()}`,
      policy: { ...policy, matchAgreement: { ...policy.matchAgreement, required: false } },
    };
    const unwrittenProgram = (await engine.program(unwritten, programCoordinator)).id;
    const directMentor = await availableMentor(unwrittenProgram);
    const direct = await proposed(unwrittenProgram, directMentor);
    await answer(direct, 'mentor', 'accept', 200, engine.auth('mentor', directMentor));
    expect((await answer(direct, 'young-person', 'accept')).body).toMatchObject({ attempt: 1, phase: 'active' });
    const today = dayIn(new Date(), 'Europe/Copenhagen');
    await post(`/mentorships/${direct}/meetings`, { id: randomUUID(), heldOn: today, minutes: 60, placeKind: 'walk' }, 200);
    expect(await answerCommands(direct)).toBe(1);

    // An attempt proposed before the API stored answers holds them in its course's workflow: each is sent as a command.
    const before = await proposed();
    await engine.dataSource.getRepository(MatchAttempt).update({ mentorshipId: before }, { answersInRecords: false });
    expect((await answer(before, 'young-person', 'accept')).body).toEqual({
      mentorshipId: before,
      attempt: 1,
      answers: { 'young-person': 'accept' },
      phase: 'proposed',
    });
    expect(await answerCommands(before)).toBe(1);
    expect((await engine.dataSource.getRepository(MatchAttempt).findOneByOrFail({ mentorshipId: before })).youngPersonAnswer).toBeNull();
  });

  it('stores a review and tells the course, which settles its nudge; a course referred before takes it as a command', async () => {
    const { policy } = findPreset('pift')!;
    /** A PIFT program whose first review is a second into the match, besides its six-month one, with the given durations. */
    const reviewedProgram = async (duration = policy.duration) =>
      (
        await engine.program(
          { preset: 'pift', slug: `pift-review-${unique()}`, policy: { ...policy, duration, reviews: { at: ['1s', 'P6M'] } } },
          programCoordinator,
        )
      ).id;
    const program = await reviewedProgram();
    const reviewNudge = async (id: string) =>
      engine.dataSource.getRepository(Nudge).findOneBy({ key: `${mentorshipWorkflowId(id)}/review-due:1000` });
    const updatesNamed = async (id: string, name: string) =>
      (await engine.api.get(Client).workflow.getHandle(mentorshipWorkflowId(id)).fetchHistory()).events!.filter(
        (event) => event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name === name,
      ).length;
    const review = (id: string, decision: string, status: number, key?: string) =>
      http
        .post(`/mentorships/${id}/reviews`)
        .set(coordinator())
        .set(key ? { 'Idempotency-Key': key } : {})
        .send({ decision })
        .expect(status);

    const id = await activeCourse(program);
    const { matchStartedAt } = await engine.dataSource.getRepository(Mentorship).findOneByOrFail({ id });
    // Too early for the six-month review, and the first is not due until its nudge is: the course raises it a second in.
    expect((await until(() => reviewNudge(id), Boolean))?.settledAt).toBeNull();
    const sixAndSixMonths = new Date(matchStartedAt!.getTime() + 2 * durationMs('P6M')).toISOString();
    const key = `review-${unique()}`;
    const { body: extended } = await review(id, 'extend', 200, key);
    expect(extended).toEqual({
      mentorshipId: id,
      decision: 'extend',
      reviewAtMs: 1000,
      reviewsHeld: [1000],
      plannedEndAt: sixAndSixMonths,
      extensions: 1,
    });
    expect(await engine.dataSource.getRepository(CourseReview).findBy({ mentorshipId: id })).toMatchObject([
      { reviewAtMs: '1000', decision: 'extend', extendedTo: new Date(sixAndSixMonths), heldBy: expect.any(String) },
    ]);
    // Told, the course read it: its nudge is settled as a held review's, and its own state has the extension; no command was sent.
    expect(
      (
        await until(
          () => reviewNudge(id),
          (nudge) => nudge?.settledAt !== null,
        )
      )?.closedBy,
    ).toBe('review held');
    const course = engine.api.get(Client).workflow.getHandle(mentorshipWorkflowId(id));
    expect(await course.query(m.mentorshipStateQuery)).toMatchObject({ reviewsHeld: [1000], plannedEndAt: sixAndSixMonths, extensions: 1 });
    expect(await updatesNamed(id, 'recordReview')).toBe(0);
    const { body: shown } = await http.get(`/mentorships/${id}`).set(coordinator()).expect(200);
    expect(shown).toMatchObject({ reviewsHeld: [1000], plannedEndAt: sixAndSixMonths, extensions: 1 });
    // Its answer lost (a 503 keeps no answer for its key), the retry finds the review it stored, not a review no longer due, and
    // tells the course again (which takes a point once: the workflow's own tests).
    await engine.dataSource.getRepository(IdempotentRequest).delete({ key });
    expect((await review(id, 'extend', 200, key)).body).toEqual(extended);
    expect(await engine.dataSource.getRepository(CourseReview).countBy({ mentorshipId: id })).toBe(1);
    expect(
      await until(
        () => signalsNamed(id, 'reviewHeld'),
        (count) => count >= 2,
      ),
    ).toBe(2);
    expect((await review(id, 'continue', 409)).body).toMatchObject({ code: 'no-review-due' });

    // Extended past the maximum: refused with the maximum, and nothing stored.
    const short = await activeCourse(await reviewedProgram({ ...policy.duration, extension: 'P9M' }));
    await until(() => reviewNudge(short), Boolean);
    expect((await review(short, 'extend', 409)).body).toMatchObject({ code: 'extension-too-long', params: { maxDays: 360 } });
    expect(await engine.dataSource.getRepository(CourseReview).countBy({ mentorshipId: short })).toBe(0);
    expect((await review(short, 'continue', 200)).body).toMatchObject({ reviewAtMs: 1000, reviewsHeld: [1000], extensions: 0 });

    // A course referred before the API stored reviews holds its earlier ones in its workflow: it is sent the review as a command.
    const before = await activeCourse(program);
    await engine.dataSource.getRepository(Mentorship).update({ id: before }, { reviewsInRecords: false });
    await until(() => reviewNudge(before), Boolean);
    expect((await review(before, 'continue', 200)).body).toMatchObject({ reviewAtMs: 1000, reviewsHeld: [1000], extensions: 0 });
    expect(await updatesNamed(before, 'recordReview')).toBe(1);
    expect(await engine.dataSource.getRepository(CourseReview).countBy({ mentorshipId: before })).toBe(0);
    expect((await reviewNudge(before))?.closedBy).toBe('review held');
  });

  it("lists her courses from their rows, newest first, a page at a time, by phase; another program's coordinator sees none", async () => {
    const program = (await engine.program({ preset: 'pift', slug: `pift-list-${unique()}` }, programCoordinator)).id;
    const waiting = [(await refer(undefined, program)).id, (await refer(undefined, program)).id];
    const active = await activeCourse(program);
    const list = async (query: object, as = coordinator()) =>
      (
        await http
          .get('/mentorships')
          .query({ programId: program, ...query })
          .set(as)
          .expect(200)
      ).body;

    const { courses, total } = await list({});
    expect(total).toBe(3);
    expect(courses.map((course: { id: string }) => course.id)).toEqual([active, waiting[1], waiting[0]]);
    expect(courses[0]).toMatchObject({ programId: program, youngPersonName: 'Aisha Nour', phase: 'active', mentorName: 'Maria Berg' });
    expect(courses[1]).toMatchObject({ phase: 'awaiting-consent', mentorName: null });
    expect(await list({ limit: 1, offset: 1 })).toEqual({ courses: [courses[1]], total: 3 });
    expect(await list({ phase: 'active' })).toEqual({ courses: [courses[0]], total: 1 });
    const other = await engine.coordinatorOf(programId);
    expect(await list({}, other)).toEqual({ courses: [], total: 0 });
    expect(await list({ offset: Number.MAX_SAFE_INTEGER })).toEqual({ courses: [], total: 3 });
    const refused = await http.get('/mentorships').query({ phase: 'asleep', limit: 0, offset: '9462535662257525000' }).set(coordinator());
    expect(refused.status).toBe(400);
    expect(refused.body.problems.map((problem: { path: string }) => problem.path).sort()).toEqual(['limit', 'offset', 'phase']);
  });

  it('keeps an exit conversation offered but not held, and shows it with the course', async () => {
    const id = await activeCourse();
    await post(`/mentorships/${id}/close`, { kind: 'early', reason: 'no-contact', outcome: 'none' }, 200);
    await post(`/mentorships/${id}/exit-conversations`, { party: 'young-person', held: false }, 200);
    await post(`/mentorships/${id}/exit-conversations`, { party: 'mentor', held: true }, 200);
    // Recorded already: refused, and the first answer stays.
    await http.post(`/mentorships/${id}/exit-conversations`).set(coordinator()).send({ party: 'young-person', held: true }).expect(409);
    const { body: course } = await http.get(`/mentorships/${id}`).set(coordinator()).expect(200);
    expect(course).toMatchObject({
      phase: 'closing',
      exitConversations: ['young-person', 'mentor'],
      exitConversationsHeld: { 'young-person': false, mentor: true },
    });
  });
});
