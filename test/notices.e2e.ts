import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { outboxRelayScheduleId } from '../apps/worker/src/engine-schedules.service';
import { piftPreset } from '../libs/domain/policy/presets/pift';
import { NoticeSender } from '../libs/nudges/notice-sender';
import { NudgeRaiser } from '../libs/nudges/nudge-raiser';
import { Notification, Nudge } from '../libs/persistence/entities';
import { nudgeWorkflowId } from '../workflows/nudge/messages';
import { MailedEngine, startEngineWithMail } from './support/engine';

/**
 * Notices (a welcome, a young person's link) on the real stack: a nudge row
 * and its mails with no workflow of their own. What is due goes at once; what
 * the quiet hours hold or the mail relay refuses for now goes from the outbox
 * relay (its Schedule, or its activity's body called here), never twice.
 */
describe('notices through the outbox relay, on the real worker, Temporal, PostgreSQL and SMTP', () => {
  let engine: MailedEngine;
  let http: ReturnType<typeof request>;
  const taskQueue = () => process.env.TEMPORAL_TASK_QUEUE!;
  const anyHour = { from: '00:00', to: '00:00' };
  const allDay = { from: '00:00', to: '23:59' };
  const programs: Record<'open' | 'quiet', { slug: string; mentorId: string; email: string }> = {} as never;

  beforeAll(async () => {
    engine = await startEngineWithMail();
    http = request(engine.api.getHttpServer());
    for (const [name, quietHours] of [
      ['open', anyHour],
      ['quiet', allDay],
    ] as const) {
      const slug = `notices-${name}-${randomUUID().slice(0, 8)}`;
      const notifications = { timeZone: 'Europe/Copenhagen', quietHours };
      const { id, coordinator } = await engine.program({ slug, name: `Notices ${name}`, policy: { ...piftPreset.policy, notifications } });
      const email = `mentor-${slug}@example.dk`;
      const mentor = { contact: { name: 'Mette Mentor', email }, programId: id };
      const { body } = await http.post('/mentors').set(coordinator).send(mentor).expect(201);
      programs[name] = { slug, mentorId: body.id, email };
    }
    // The tests here run the relay themselves; its Schedule's own runs would race them for the mails they look at.
    await engine.api.get(Client).schedule.getHandle(outboxRelayScheduleId(taskQueue())).pause('the test runs the relay');
  });
  afterAll(async () => {
    await engine?.close();
  });

  /** A welcome to the program's mentor, raised as the course's activity raises it. */
  async function welcome(program: 'open' | 'quiet', mentorshipId: string = randomUUID()): Promise<Nudge> {
    const { slug, mentorId } = programs[program];
    const key = `mentorship-${mentorshipId}/welcome:1:mentor`;
    await engine.worker.get(NudgeRaiser).raise(
      {
        key,
        kind: 'welcome',
        recipientRole: 'mentor',
        recipientId: mentorId,
        programSlug: slug,
        subjectWorkflowId: `mentorship-${mentorshipId}`,
        subjectId: mentorshipId,
      },
      taskQueue(),
    );
    return engine.dataSource.getRepository(Nudge).findOneByOrFail({ key });
  }
  const mailsOf = (nudge: Nudge) => engine.dataSource.getRepository(Notification).findBy({ nudgeKey: nudge.key });
  const reread = (nudge: Nudge) => engine.dataSource.getRepository(Nudge).findOneByOrFail({ key: nudge.key });
  const receivedFor = (notification: Notification) =>
    engine.sink.received.filter((mail) => mail.messageId === `<notification-${notification.id}@mentorflow>`);
  /** Time moves on for these mails: the quiet hours that held them, or the lease of the sender that failed, are over. */
  const dueNow = (notification: Notification) =>
    engine.dataSource
      .getRepository(Notification)
      .createQueryBuilder()
      .update()
      .set({ deliverAfter: () => "now() - interval '1 second'", claimedUntil: () => "now() - interval '1 second'" })
      .where('id = :id', { id: notification.id })
      .execute();

  it('mails a notice at once and ends it, with no workflow of its own; it is not acknowledged', async () => {
    const notice = await welcome('open');
    const [mail] = await mailsOf(notice);
    expect(mail).toMatchObject({ relayed: true, status: 'sent', attempts: 1 });
    expect(receivedFor(mail)).toHaveLength(1);
    expect(receivedFor(mail)[0].to).toEqual([programs.open.email]);
    expect(await reread(notice)).toMatchObject({ status: 'resolved', closedBy: 'delivered' });
    const client = engine.api.get(Client);
    await expect(client.workflow.getHandle(nudgeWorkflowId(notice.key)).describe()).rejects.toBeInstanceOf(WorkflowNotFoundError);

    const refusal = await http.post(`/nudges/${notice.id}/acknowledge`).set(engine.auth('mentor', programs.open.mentorId)).expect(409);
    expect(refusal.body).toMatchObject({ code: 'needs-no-acknowledgement' });

    // Raised again (the raising activity retried): nothing is sent twice.
    await welcome('open', notice.subjectId);
    expect(await mailsOf(notice)).toEqual([expect.objectContaining({ id: mail.id, status: 'sent', attempts: 1 })]);
    expect(receivedFor(mail)).toHaveLength(1);
  });

  it('holds a notice through the quiet hours; the outbox relay sends it once they end, every minute', async () => {
    const notice = await welcome('quiet');
    const [mail] = await mailsOf(notice);
    expect(mail).toMatchObject({ relayed: true, status: 'pending', attempts: 0 });
    expect(mail.deliverAfter.getTime()).toBeGreaterThan(Date.now());
    expect(await reread(notice)).toMatchObject({ status: 'open' });

    await dueNow(mail);
    // One run as its Schedule starts it, every minute.
    const client = engine.api.get(Client);
    const schedule = await client.schedule.getHandle(outboxRelayScheduleId(taskQueue())).describe();
    expect(schedule.spec.intervals).toEqual([expect.objectContaining({ every: 60_000 })]);
    expect(schedule.action).toMatchObject({ type: 'startWorkflow', workflowType: 'outboxRelay' });
    const run = await client.workflow.execute('outboxRelay', { taskQueue: taskQueue(), workflowId: `outbox-relay-test-${randomUUID()}` });
    expect(run.sent).toBeGreaterThanOrEqual(1);
    expect(receivedFor(mail)).toHaveLength(1);
    expect(await reread(notice)).toMatchObject({ status: 'resolved', closedBy: 'delivered' });
  });

  it('leaves a mail the mail relay refuses for now to the outbox relay, which sends it once its lease lapses', async () => {
    engine.sink.fullMailboxes.add(programs.open.email);
    const notice = await welcome('open');
    const [mail] = await mailsOf(notice);
    const refused = await engine.dataSource.getRepository(Notification).findOneByOrFail({ id: mail.id });
    expect(refused).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringContaining('mailbox full') });
    expect(refused.claimedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(await reread(notice)).toMatchObject({ status: 'open' });

    // Within its lease nobody tries it again.
    const relay = engine.worker.get(NoticeSender);
    await relay.relayDue();
    expect(await engine.dataSource.getRepository(Notification).findOneByOrFail({ id: mail.id })).toMatchObject({ attempts: 1 });

    engine.sink.fullMailboxes.delete(programs.open.email);
    await dueNow(mail);
    expect((await relay.relayDue()).sent).toBeGreaterThanOrEqual(1);
    expect(await engine.dataSource.getRepository(Notification).findOneByOrFail({ id: mail.id })).toMatchObject({
      status: 'sent',
      attempts: 2,
    });
    expect(receivedFor(mail)).toHaveLength(1);
    expect(await reread(notice)).toMatchObject({ status: 'resolved', closedBy: 'delivered' });
  });

  it('sends a mail once when the raising activity and the outbox relay send it side by side', async () => {
    const notice = await welcome('quiet');
    const [mail] = await mailsOf(notice);
    await dueNow(mail);
    const sender = engine.worker.get(NoticeSender);
    const deliveries = [{ notificationId: mail.id, deliverAt: new Date(Date.now() - 1000).toISOString() }];
    await Promise.all([sender.sendDue(notice.key, deliveries), sender.sendDue(notice.key, deliveries), sender.relayDue()]);
    expect(await engine.dataSource.getRepository(Notification).findOneByOrFail({ id: mail.id })).toMatchObject({
      status: 'sent',
      attempts: 1,
    });
    expect(receivedFor(mail)).toHaveLength(1);
    expect(await reread(notice)).toMatchObject({ status: 'resolved', closedBy: 'delivered' });
  });
});
