import { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApi } from '../apps/api/src/create-api';
import type { Role } from '../libs/auth/roles';
import { issueToken } from '../libs/auth/tokens';
import { ensureDevSubject } from '../libs/identity/dev-subjects';
import { piftPreset } from '../libs/domain/policy/presets/pift';
import { createLogger } from '../libs/logging/logger';
import { Notification, Nudge } from '../libs/persistence/entities';
import { nudgeWorkflowId } from '../workflows/nudge/messages';
import { SmtpSink } from './support/smtp-sink';
import { WorkerProcess } from '../scripts/stack/worker-process';

/**
 * The outbox's promise, tested the hard way: the worker is killed (SIGKILL)
 * after the mail was recorded and while the SMTP server has not yet accepted
 * it. A new worker takes over and the mail arrives exactly once.
 */
describe('a worker killed between recording a mail and sending it', () => {
  const taskQueue = `crash-${randomUUID()}`;
  let sink: SmtpSink;
  let api: NestExpressApplication;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    sink = await SmtpSink.start();
    Object.assign(process.env, { TEMPORAL_TASK_QUEUE: taskQueue, SMTP_HOST: 'localhost', SMTP_PORT: String(sink.port) });
    api = await createApi(createLogger('test', 'warn'));
    await api.init();
  });
  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.kill()));
    await api?.close();
    await sink?.close();
  });

  const startWorker = async () => {
    const worker = await WorkerProcess.start({ TEMPORAL_TASK_QUEUE: taskQueue, SMTP_HOST: 'localhost', SMTP_PORT: String(sink.port) });
    workers.push(worker);
    return worker;
  };

  // Two worker processes start from source, each bundling the workflows: that is most of the time, more on a busy machine.
  it('neither loses nor doubles the mail', async () => {
    const http = request(api.getHttpServer());
    const token = (id: string, role: Role) => ({
      Authorization: `Bearer ${issueToken(process.env.MENTORFLOW_JWT_SECRET!, { id, roles: [role] })}`,
    });
    const adminId = randomUUID();
    await ensureDevSubject(api.get(DataSource), 'program-admin', adminId);
    const admin = token(adminId, 'program-admin');
    const slug = `crash-${randomUUID().slice(0, 8)}`;
    const policy = {
      ...piftPreset.policy,
      screening: { ...piftPreset.policy.screening, stepStalledAfter: '1s' },
      notifications: { timeZone: 'Europe/Copenhagen', quietHours: { from: '00:00', to: '00:00' } },
    };
    const first = await startWorker();
    const { body: program } = await http.post('/programs').set(admin).send({ slug, name: 'Crash test', policy }).expect(201);
    const email = `coordinator-${slug}@example.dk`;
    const { body: coordinator } = await http
      .post('/coordinators')
      .set(admin)
      .send({ contact: { name: 'Kim', email }, programIds: [program.id] })
      .expect(201);
    const auth = token(coordinator.id, 'coordinator');
    const { body: mentor } = await http
      .post('/mentors')
      .set(auth)
      .send({ contact: { name: 'Mette' }, programId: program.id })
      .expect(201);

    sink.holdData();
    await http.post(`/mentors/${mentor.id}/application`).set(auth).expect(200);
    await sink.waitForHeld(1, 30_000);

    const dataSource = api.get(DataSource);
    const nudge = await dataSource
      .getRepository(Nudge)
      .findOneByOrFail({ subjectWorkflowId: `mentor-${mentor.id}`, kind: 'application-waiting' });
    const [recorded] = await dataSource.getRepository(Notification).findBy({ nudgeKey: nudge.key });
    expect(recorded).toMatchObject({ status: 'pending', attempts: 0 }); // recorded, not yet sent

    await first.kill();
    await sink.releaseData(); // the killed worker's transaction is gone: nothing to release
    expect(sink.received).toEqual([]);

    await startWorker();
    const mail = await sink.waitFor((received) => received.to.includes(email), 60_000);
    expect(mail.messageId).toBe(`<notification-${recorded.id}@mentorflow>`);

    // Once the coordinator answers, the nudge's workflow ends, and it cannot end with a delivery still in flight:
    // afterwards no attempt is left that could send the mail again.
    await http.post(`/nudges/${nudge.id}/acknowledge`).set(auth).expect(200);
    const ended = await api.get(Client).workflow.getHandle(nudgeWorkflowId(nudge.key)).result();
    expect(ended.deliveries).toEqual([expect.objectContaining({ notificationId: recorded.id, outcome: 'sent' })]);
    expect(sink.received.filter((received) => received.messageId === mail.messageId)).toHaveLength(1);
    expect(await dataSource.getRepository(Notification).findOneByOrFail({ id: recorded.id })).toMatchObject({
      status: 'sent',
      attempts: 1,
    });
  }, 180_000);
});
