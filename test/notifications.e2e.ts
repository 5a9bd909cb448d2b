import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ConfigModule } from '../libs/config/config.module';
import { piftPreset } from '../libs/domain/policy/presets/pift';
import { MailDeliveryError } from '../libs/notifications/delivery-failure';
import { NotificationRequest, NotificationsService } from '../libs/notifications/notifications.service';
import { NotificationsModule } from '../libs/notifications/notifications.module';
import { RecipientDirectory } from '../libs/notifications/recipient-directory';
import { CurrentPolicies } from '../libs/nudges/current-policy';
import { da } from '../libs/notifications/templates/da';
import { en } from '../libs/notifications/templates/en';
import { Coordinator, Mentor, Municipality, Notification, Nudge, Program, ProgramPolicyVersion } from '../libs/persistence/entities';
import type { NotificationLanguage } from '../libs/persistence/entities';
import { PersistenceModule } from '../libs/persistence/persistence.module';
import { SmtpSink } from './support/smtp-sink';

const APP_URL = 'https://mentorflow.test';
const DAY_MS = 24 * 60 * 60 * 1000;
const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/** The outbox against a real PostgreSQL and a real SMTP server: what a recipient's mailbox ends up holding. */
describe('notifications delivered through SMTP', () => {
  let sink: SmtpSink;
  let context: INestApplicationContext;
  let dataSource: DataSource;
  let service: NotificationsService;
  let directory: RecipientDirectory;
  let program: Program;
  let municipalityId: string;

  const messageIdOf = (notification: Notification) => `<notification-${notification.id}@mentorflow>`;
  const mailsFor = (notification: Notification) => sink.received.filter((mail) => mail.messageId === messageIdOf(notification));
  const row = (id: string) => dataSource.getRepository(Notification).findOneByOrFail({ id });

  async function mentor(contact: { name: string; email: string | null; language?: NotificationLanguage }): Promise<Mentor> {
    return dataSource.getRepository(Mentor).save({
      contact: { phone: null, language: 'da', ...contact },
      programId: program.id,
      municipalityId,
      gender: null,
      profile: {},
      pathPhase: null,
      pathPhaseSince: null,
    });
  }

  async function coordinator(
    fields: Partial<Coordinator> & { email?: string | null; language?: NotificationLanguage } = {},
  ): Promise<Coordinator> {
    const { email = `${unique('coordinator')}@example.dk`, language = 'da', ...rest } = fields;
    return dataSource.getRepository(Coordinator).save({
      contact: { name: 'Kim Holm', email, phone: null, language },
      municipalityId: null,
      programIds: [program.id],
      notificationMode: 'immediate',
      ...rest,
    });
  }

  async function nudge(fields: Partial<Nudge> & { recipientRole: Nudge['recipientRole'] }): Promise<Nudge> {
    const key = unique('mentorship-1/meeting-gap');
    await dataSource.getRepository(Nudge).insert({
      key,
      kind: 'meeting-gap',
      programSlug: program.slug,
      subjectWorkflowId: 'mentorship-1',
      subjectId: randomUUID(),
      status: 'open',
      ...fields,
    });
    return dataSource.getRepository(Nudge).findOneByOrFail({ key });
  }

  const request = (fields: Partial<NotificationRequest> & Pick<NotificationRequest, 'recipient'>): NotificationRequest => ({
    key: unique('notification'),
    template: 'nudge',
    kind: 'meeting-gap',
    programSlug: program.slug,
    linkPath: '/nudges/n-1',
    deliverAfter: new Date(),
    ...fields,
  });

  beforeAll(async () => {
    sink = await SmtpSink.start();
    // Read by loadConfig when the ConfigModule builds AppConfig, then put back: other files in this worker have no sink.
    const overrides = { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port), MENTORFLOW_APP_URL: APP_URL };
    const previous = Object.entries(overrides).map(([name]) => [name, process.env[name]] as const);
    Object.assign(process.env, overrides);
    try {
      context = await (
        await Test.createTestingModule({ imports: [ConfigModule, PersistenceModule, NotificationsModule] }).compile()
      ).init();
    } finally {
      for (const [name, value] of previous) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
    dataSource = context.get(DataSource);
    service = context.get(NotificationsService);
    directory = context.get(RecipientDirectory);
    program = await dataSource
      .getRepository(Program)
      .save({ slug: unique('notify'), name: 'Notifications test', status: 'active', policyVersion: 1 });
    await dataSource
      .getRepository(ProgramPolicyVersion)
      .insert({ programId: program.id, version: 1, policy: piftPreset.policy, createdBy: 'test' });
    municipalityId = (await dataSource.getRepository(Municipality).save({ name: unique('Odense') })).id;
  });

  afterAll(async () => {
    await context?.close();
    await sink?.close();
  });

  it('mails a Danish reader in Danish with the link, and no name', async () => {
    const maria = await mentor({ name: 'Maria Berg', email: 'maria@example.dk' });
    const open = await nudge({ recipientRole: 'mentor', recipientId: maria.id });
    const recorded = await service.record(
      request({ recipient: { role: 'mentor', id: maria.id }, nudgeKey: open.key, linkPath: `/nudges/${open.id}` }),
    );

    expect(await service.deliver(recorded.id)).toBe('sent');

    const mail = await sink.waitFor((received) => received.messageId === messageIdOf(recorded));
    expect(mail.to).toEqual(['maria@example.dk']);
    expect(mail.subject).toBe(da.nudge.subject(da.kinds['meeting-gap'].replace(/\.$/, '')));
    expect(mail.text).toContain(`${APP_URL}/nudges/${open.id}`);
    expect(mail.html).toContain(`href="${APP_URL}/nudges/${open.id}"`);
    for (const part of [mail.subject, mail.text, mail.html]) expect(part).not.toMatch(/Maria|Berg|maria@/);
    expect(await row(recorded.id)).toMatchObject({
      status: 'sent',
      attempts: 1,
      messageId: messageIdOf(recorded),
      lastError: null,
      sentAt: expect.any(Date),
    });
  });

  it('reports an ignored nudge to an English-reading coordinator: whom it asked, for how long', async () => {
    const kim = await coordinator({ language: 'en' });
    const maria = await mentor({ name: 'Maria Berg', email: 'maria@example.dk' });
    const ignored = await nudge({ recipientRole: 'mentor', recipientId: maria.id });
    await dataSource
      .getRepository(Nudge)
      .update({ key: ignored.key }, { raisedAt: new Date(Date.now() - 7 * DAY_MS), escalatedAt: new Date() });
    const report = await nudge({ kind: 'nudge-ignored', recipientRole: 'coordinator', escalationOf: ignored.key });
    const recorded = await service.record(
      request({
        template: 'nudge-ignored',
        recipient: { role: 'coordinator', id: kim.id },
        nudgeKey: report.key,
        linkPath: `/nudges/${report.id}`,
      }),
    );

    expect(await service.deliver(recorded.id)).toBe('sent');

    const mail = await sink.waitFor((received) => received.messageId === messageIdOf(recorded));
    expect(mail.subject).toBe(en.nudgeIgnored.subject(en.kinds['meeting-gap'].replace(/\.$/, '')));
    expect(mail.text).toContain('A reminder to a mentor has been unanswered for 7 days:');
    expect(mail.text).toContain(`${APP_URL}/nudges/${report.id}`);
  });

  it('sends a digest with one link per open item', async () => {
    const kim = await coordinator({ notificationMode: 'daily-digest' });
    const items = [
      { nudgeId: randomUUID(), kind: 'referral-waiting', raisedAt: new Date().toISOString() },
      { nudgeId: randomUUID(), kind: 'check-in-missed:young-person', raisedAt: new Date().toISOString() },
    ];
    const recorded = await service.record(
      request({ template: 'daily-digest', kind: undefined, recipient: { role: 'coordinator', id: kim.id }, linkPath: '/nudges', items }),
    );

    expect(await service.deliver(recorded.id)).toBe('sent');

    const mail = await sink.waitFor((received) => received.messageId === messageIdOf(recorded));
    expect(mail.subject).toBe(da.digest.subject(2));
    for (const item of items) expect(mail.text).toContain(`${APP_URL}/nudges/${item.nudgeId}`);
  });

  it('records one row for one key however many callers race, and sends it once however often delivered', async () => {
    const kim = await coordinator();
    const same = request({ recipient: { role: 'coordinator', id: kim.id } });
    const rows = await Promise.all([service.record(same), service.record(same), service.record({ ...same, linkPath: '/elsewhere' })]);
    expect(new Set(rows.map((recorded) => recorded.id)).size).toBe(1);
    expect(await dataSource.getRepository(Notification).countBy({ key: same.key })).toBe(1);

    expect(await service.deliver(rows[0].id)).toBe('sent');
    expect(await service.deliver(rows[0].id)).toBe('already-sent');
    await sink.waitFor((received) => received.messageId === messageIdOf(rows[0]));
    expect(mailsFor(rows[0])).toHaveLength(1);
    expect((await row(rows[0].id)).attempts).toBe(1);
  });

  it('marks a recipient without an address, or archived, undeliverable and sends nothing', async () => {
    const silent = await mentor({ name: 'Maria Berg', email: null });
    const gone = await mentor({ name: 'Jonas Vinter', email: 'jonas@example.dk' });
    await dataSource.getRepository(Mentor).softDelete({ id: gone.id });
    for (const recipient of [silent, gone]) {
      const recorded = await service.record(request({ recipient: { role: 'mentor', id: recipient.id } }));
      expect(await service.deliver(recorded.id)).toBe('undeliverable');
      expect(await service.deliver(recorded.id)).toBe('undeliverable');
      expect(await row(recorded.id)).toMatchObject({ status: 'undeliverable', attempts: 0, sentAt: null });
      expect(mailsFor(recorded)).toHaveLength(0);
    }
  });

  it('marks a mail refused for good (550, unknown mailbox) undeliverable, with the reason but no address, never retrying it', async () => {
    const moved = await mentor({ name: 'Sara Lund', email: 'sara.lund@example.dk' });
    sink.unknownMailboxes.add('sara.lund@example.dk');
    const recorded = await service.record(request({ recipient: { role: 'mentor', id: moved.id } }));
    expect(await service.deliver(recorded.id)).toBe('undeliverable');
    expect(await service.deliver(recorded.id)).toBe('undeliverable');
    const refused = await row(recorded.id);
    expect(refused).toMatchObject({ status: 'undeliverable', attempts: 1, sentAt: null });
    expect(refused.lastError).toMatch(/550/);
    expect(refused.lastError).not.toContain('sara.lund');
  });

  it('cancels a mail about a nudge closed before it went out, and sends nothing', async () => {
    const kim = await coordinator();
    const closed = await nudge({ recipientRole: 'coordinator' });
    const recorded = await service.record(request({ recipient: { role: 'coordinator', id: kim.id }, nudgeKey: closed.key }));
    await dataSource
      .getRepository(Nudge)
      .update({ key: closed.key }, { status: 'resolved', closedAt: new Date(), closedBy: 'meeting logged' });

    expect(await service.deliver(recorded.id)).toBe('cancelled');
    expect(await row(recorded.id)).toMatchObject({ status: 'cancelled', attempts: 0 });
    expect(mailsFor(recorded)).toHaveLength(0);
  });

  it('cancels the pending mails about given nudges, leaving sent ones as they are', async () => {
    const [kim, lea] = await Promise.all([coordinator(), coordinator()]);
    const open = await nudge({ recipientRole: 'coordinator' });
    const sent = await service.record(request({ recipient: { role: 'coordinator', id: kim.id }, nudgeKey: open.key }));
    expect(await service.deliver(sent.id)).toBe('sent');
    const pending = await service.record(request({ recipient: { role: 'coordinator', id: lea.id }, nudgeKey: open.key }));

    expect(await service.cancelPending([open.key, 'no-such-nudge'])).toBe(1);
    expect(await service.cancelPending([])).toBe(0);
    expect(await service.deliver(pending.id)).toBe('cancelled');
    expect((await row(sent.id)).status).toBe('sent');
  });

  it('records a failed attempt and throws without the address, then sends once the relay is back', async () => {
    const maria = await mentor({ name: 'Maria Berg', email: 'maria@example.dk' });
    const recorded = await service.record(request({ recipient: { role: 'mentor', id: maria.id } }));
    const port = sink.port;
    await sink.close();

    const failure = await service.deliver(recorded.id).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MailDeliveryError);
    expect((failure as Error).message).toMatch(/ECONNREFUSED/);
    expect(await row(recorded.id)).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringMatching(/ECONNREFUSED/) });

    sink = await SmtpSink.start(port);
    expect(await service.deliver(recorded.id)).toBe('sent');
    await sink.waitFor((received) => received.messageId === messageIdOf(recorded));
    expect(await row(recorded.id)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });

  it('counts a mail whose DATA reply was held only once the sink answers it', async () => {
    const maria = await mentor({ name: 'Maria Berg', email: 'maria@example.dk' });
    const [answered, droppedMail] = await Promise.all(
      [1, 2].map(() => service.record(request({ recipient: { role: 'mentor', id: maria.id } }))),
    );
    sink.holdData();
    const delivery = service.deliver(answered.id);
    await sink.waitForHeld();
    expect(mailsFor(answered)).toHaveLength(0);
    await sink.releaseData();
    expect(await delivery).toBe('sent');
    expect(mailsFor(answered)).toHaveLength(1);

    // A held message whose relay goes away is lost, as on a real relay: the attempt fails and stays pending.
    const port = sink.port;
    sink.holdData();
    const cut = service.deliver(droppedMail.id).catch((error: unknown) => error);
    await sink.waitForHeld();
    await sink.close();
    expect(await cut).toBeInstanceOf(MailDeliveryError);
    expect(mailsFor(droppedMail)).toHaveLength(0);
    sink = await SmtpSink.start(port);
  });

  describe('the recipient directory', () => {
    it('finds a person’s address and language, and nobody for an archived or unknown id', async () => {
      const kim = await coordinator({ email: 'kim@example.dk', language: 'en' });
      expect(await directory.contactOf('coordinator', kim.id)).toEqual({ email: 'kim@example.dk', language: 'en' });
      await dataSource.getRepository(Coordinator).softDelete({ id: kim.id });
      expect(await directory.contactOf('coordinator', kim.id)).toBeNull();
      expect(await directory.contactOf('young-person', randomUUID())).toBeNull();
    });

    it('gives a nudge to the municipality’s and the program-wide coordinators, else to all of the program’s', async () => {
      const own = await dataSource
        .getRepository(Program)
        .save({ slug: unique('owners'), name: 'Owners', status: 'active', policyVersion: 1 });
      const [odense, aarhus] = await Promise.all(
        [unique('Odense'), unique('Aarhus')].map(async (name) => (await dataSource.getRepository(Municipality).save({ name })).id),
      );
      const make = (municipality: string | null, notificationMode: Coordinator['notificationMode'] = 'immediate') =>
        coordinator({ municipalityId: municipality, programIds: [own.id], notificationMode });
      const wide = await make(null, 'daily-digest');
      const inOdense = await make(odense);
      const inAarhus = await make(aarhus);
      const archived = await make(odense);
      await dataSource.getRepository(Coordinator).softDelete({ id: archived.id });
      await coordinator({ municipalityId: odense }); // another program's

      const ids = async (municipality: string | null) =>
        (await directory.coordinatorsFor(own.slug, municipality)).map((found) => found.id).sort();
      expect(await ids(odense)).toEqual([wide.id, inOdense.id].sort());
      expect(await ids(null)).toEqual([wide.id, inOdense.id, inAarhus.id].sort());
      expect(await directory.coordinatorsFor(own.slug, aarhus)).toEqual(
        expect.arrayContaining([{ id: wide.id, notificationMode: 'daily-digest' }]),
      );

      await dataSource.getRepository(Coordinator).softDelete({ id: wide.id });
      expect(await ids(randomUUID())).toEqual([inOdense.id, inAarhus.id].sort());
    });

    it('reads the quiet hours of the program’s current policy version', async () => {
      const policies = new CurrentPolicies(dataSource);
      expect((await policies.of(program.slug)).notifications).toEqual(piftPreset.policy.notifications);
      const policy = { ...piftPreset.policy, notifications: { timeZone: 'Europe/London', quietHours: { from: '22:00', to: '06:00' } } };
      await dataSource.getRepository(ProgramPolicyVersion).insert({ programId: program.id, version: 2, policy, createdBy: 'test' });
      await dataSource.getRepository(Program).update({ id: program.id }, { policyVersion: 2 });
      expect((await policies.of(program.slug)).notifications).toEqual(policy.notifications);
    });
  });
});
