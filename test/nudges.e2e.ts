import { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { piftPreset } from '../libs/domain/policy/presets/pift';
import { Notification, Nudge } from '../libs/persistence/entities';
import { digestScheduleId } from '../apps/worker/src/engine-schedules.service';
import { ignoredNudgeKey, nudgeWorkflowId } from '../workflows/nudge/messages';
import { MailedEngine, startEngineWithMail } from './support/engine';
import type { ReceivedMail } from './support/smtp-sink';

/**
 * Nudges on the real stack: a mentor's path stalls (the program's policy
 * says after 2 seconds: durations are data), the engine mails the
 * program's coordinator through a real SMTP server, lists the nudge in the
 * app, reports it when ignored, and sends the digest to the coordinator who
 * chose one.
 */
describe('nudges through the real API, worker, Temporal, PostgreSQL and SMTP', () => {
  let engine: MailedEngine;
  let http: ReturnType<typeof request>;
  let programId: string;
  let municipalityId: string;
  const slug = `nudges-${randomUUID().slice(0, 8)}`;
  // The coordinator who takes nudges by mail as they come drives the tests.
  const coordinator = () => engine.auth('coordinator', people.immediate.id);
  const people: Record<'immediate' | 'digest', { id: string; email: string }> = {} as never;

  const policy = {
    ...piftPreset.policy,
    screening: { ...piftPreset.policy.screening, stepStalledAfter: '2s' },
    nudges: { ...piftPreset.policy.nudges, escalateIgnoredAfter: '4s' },
    // No quiet hours: the test must not depend on the hour it runs at.
    notifications: { timeZone: 'Europe/Copenhagen', quietHours: { from: '00:00', to: '00:00' } },
  };

  beforeAll(async () => {
    engine = await startEngineWithMail();
    http = request(engine.api.getHttpServer());
    const admin = engine.admin();
    ({ id: programId } = (await http.post('/programs').set(admin).send({ slug, name: 'Nudge test', policy }).expect(201)).body);
    ({ id: municipalityId } = (
      await http
        .post('/municipalities')
        .set(admin)
        .send({ name: `Odense ${slug}` })
        .expect(201)
    ).body);
    for (const [mode, notificationMode, language] of [
      ['immediate', 'immediate', 'en'],
      ['digest', 'daily-digest', 'da'],
    ] as const) {
      const email = `${mode}-${slug}@example.dk`;
      const { body } = await http
        .post('/coordinators')
        .set(admin)
        .send({ contact: { name: `Coordinator ${mode}`, email, language }, programIds: [programId], notificationMode })
        .expect(201);
      people[mode] = { id: body.id, email };
    }
  });
  afterAll(async () => {
    await engine?.close();
  });

  const mailTo = (email: string, predicate: (mail: ReceivedMail) => boolean = () => true) =>
    engine.sink.waitFor((mail) => mail.to.includes(email) && predicate(mail), 20_000);
  const nudgeOf = (mentorId: string, kind: string) =>
    engine.dataSource.getRepository(Nudge).findOneByOrFail({ subjectWorkflowId: `mentor-${mentorId}`, kind });

  it('mails a stalled application to the coordinator, lists it in the app, reports it when ignored, takes an acknowledgement', async () => {
    const { body: mentor } = await http
      .post('/mentors')
      .set(coordinator())
      .send({ contact: { name: 'Mette Mentor', email: `mentor-${slug}@example.dk` }, programId, municipalityId })
      .expect(201);
    await http.post(`/mentors/${mentor.id}/application`).set(coordinator()).expect(200);

    const mail = await mailTo(people.immediate.email);
    const stalled = await nudgeOf(mentor.id, 'application-waiting');
    expect(mail.subject).toMatch(/application/i); // she reads English
    expect(mail.text).toContain(`/nudges/${stalled.id}`);
    expect(mail.text).not.toContain('Mette');
    // She takes a digest: nothing is mailed to her one by one.
    expect(engine.sink.received.filter((received) => received.to.includes(people.digest.email))).toEqual([]);

    const listed = await http.get('/nudges').set(engine.auth('coordinator', people.immediate.id)).expect(200);
    expect(listed.body).toEqual([
      expect.objectContaining({ id: stalled.id, kind: 'application-waiting', status: 'open', subjectId: mentor.id }),
    ]);
    expect((await http.get('/nudges').set(engine.auth('mentor', mentor.id)).expect(200)).body).toEqual([]);
    await http.post(`/nudges/${stalled.id}/acknowledge`).set(engine.auth('mentor', mentor.id)).expect(403);

    // Left open for the policy's 4 seconds, it is reported to the coordinators, once.
    const report = await mailTo(people.immediate.email, (received) => received.messageId !== mail.messageId);
    const ignored = await engine.dataSource.getRepository(Nudge).findOneByOrFail({ key: ignoredNudgeKey(stalled.key) });
    expect(ignored).toMatchObject({ kind: 'nudge-ignored', recipientRole: 'coordinator', escalationOf: stalled.key, status: 'open' });
    expect(report.text).toContain(`/nudges/${ignored.id}`);
    const both = await http.get('/nudges').set(engine.auth('coordinator', people.immediate.id)).expect(200);
    expect(both.body.map((n: { kind: string }) => n.kind).sort()).toEqual(['application-waiting', 'nudge-ignored']);
    expect(both.body.find((n: { kind: string }) => n.kind === 'nudge-ignored').reportsNudgeId).toBe(stalled.id);

    const acknowledged = await http
      .post(`/nudges/${stalled.id}/acknowledge`)
      .set(engine.auth('coordinator', people.immediate.id))
      .expect(200);
    expect(acknowledged.body).toMatchObject({ status: 'acknowledged', closedBy: people.immediate.id });
    const again = await http.post(`/nudges/${stalled.id}/acknowledge`).set(engine.auth('coordinator', people.immediate.id)).expect(409);
    expect(again.body.message).toBe('refused: the nudge has ended (acknowledged)');

    // Answering the nudge ends its report too.
    const client = engine.api.get(Client);
    expect(await client.workflow.getHandle(nudgeWorkflowId(ignored.key)).result()).toMatchObject({ phase: 'resolved' });
    expect(await engine.dataSource.getRepository(Nudge).findOneByOrFail({ key: ignored.key })).toMatchObject({ status: 'resolved' });
    expect((await http.get('/nudges').set(engine.auth('coordinator', people.immediate.id)).expect(200)).body).toEqual([]);
    const mails = await engine.dataSource.getRepository(Notification).findBy({ nudgeKey: stalled.key });
    expect(mails.map((m) => [m.recipientId, m.status, m.attempts])).toEqual([[people.immediate.id, 'sent', 1]]);
  });

  it('sends the daily digest with every open item to the coordinator who chose it', async () => {
    const { body: mentor } = await http
      .post('/mentors')
      .set(coordinator())
      .send({ contact: { name: 'Mads Mentor' }, programId, municipalityId })
      .expect(201);
    const seen = new Set(engine.sink.received.map((mail) => mail.messageId));
    await http.post(`/mentors/${mentor.id}/application`).set(coordinator()).expect(200);
    await mailTo(people.immediate.email, (mail) => !seen.has(mail.messageId));
    const open = await nudgeOf(mentor.id, 'application-waiting');

    const schedule = engine.api.get(Client).schedule.getHandle(digestScheduleId(process.env.TEMPORAL_TASK_QUEUE!));
    await schedule.trigger();
    const digest = await mailTo(people.digest.email);
    expect(digest.text).toContain(`/nudges/${open.id}`);
    expect(digest.text).not.toContain('Mads');
  });

  it('answers bad nudge requests with 400 and unknown ones with 404', async () => {
    const bad = await http.get('/nudges?status=sleeping').set(coordinator()).expect(400);
    expect(bad.body.problems).toEqual([expect.objectContaining({ path: 'status' })]);
    await http.post('/nudges/not-a-uuid/acknowledge').set(coordinator()).expect(400);
    await http.post(`/nudges/${randomUUID()}/acknowledge`).set(coordinator()).expect(404);
    await http.get('/nudges').set(engine.auth('operator')).expect(403);
  });
});
