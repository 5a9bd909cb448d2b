import { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { FAST_START_POLICY } from '../scripts/stack/fast-start-policy';
import { escalationWorkflowId } from '../workflows/escalation/messages';
import { MentorflowEscalationLevel } from '../workflows/search-attributes';
import { MailedEngine, startEngineWithMail } from './support/engine';
import { activateCourse } from './support/mentorships';

/**
 * An escalation nobody can own, on the real stack: a program whose panel has
 * nobody for the category, with no lead, and whose only coordinator was
 * archived after the course started. It is parked as unowned and the
 * operators are told by mail, without a word about the young person.
 */
describe('an escalation nobody can own, through the real API, worker, Temporal, PostgreSQL and SMTP', () => {
  let engine: MailedEngine;
  let http: ReturnType<typeof request>;
  const slug = `unowned-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    engine = await startEngineWithMail();
    http = request(engine.api.getHttpServer());
  });
  afterAll(async () => {
    await engine?.close();
  });

  /** A course taken to active through the API by the program's coordinator; the mentor is the one left to raise a concern. */
  async function activeCourse(
    programId: string,
    coordinator: { Authorization: string },
  ): Promise<{ mentorshipId: string; mentorId: string; youngPersonId: string }> {
    const post = async (path: string, body: object, status = 201) =>
      (await http.post(path).set(coordinator).send(body).expect(status)).body;
    const { id: municipalityId } = (
      await http
        .post('/municipalities')
        .set(engine.admin())
        .send({ name: `Odense ${slug}` })
        .expect(201)
    ).body;
    const { id: referrerId } = await post('/referrers', {
      contact: { name: 'Lene Dahl' },
      kind: 'youth-guidance-counsellor',
      municipalityId,
    });
    const { id: mentorId } = await post('/mentors', { contact: { name: 'Maria Berg' }, programId, municipalityId, gender: 'female' });
    await post(`/mentors/${mentorId}/application`, {}, 200);
    await post(`/mentors/${mentorId}/path/begin-screening`, {}, 200);
    await post(`/mentors/${mentorId}/path/approve`, {}, 200);
    const { id: youngPersonId } = await post('/young-people', {
      contact: { name: 'Aisha Nour' },
      birthDate: '2006-04-17',
      gender: 'female',
      municipalityId,
    });
    const referral = http.post('/referrals').set(coordinator).set('Idempotency-Key', `referral-${randomUUID()}`);
    const { id: mentorshipId } = (await referral.send({ programId, referrerId, youngPersonId }).expect(201)).body;
    const parties = { coordinator, mentorId, mentor: engine.auth('mentor', mentorId) };
    expect((await activateCourse(http, mentorshipId, parties)).phase).toBe('active');
    return { mentorshipId, mentorId, youngPersonId };
  }

  it('parks it as unowned and mails each operator, in her language, where, what, how urgent and what to do: nothing personal', async () => {
    const program = await engine.program({ slug, name: 'Unowned test', policy: FAST_START_POLICY });
    // The panel answers other categories only; the program has no lead.
    const panel = { contact: { name: 'Panel engagement' }, programId: program.id, categories: ['engagement'], profession: 'social worker' };
    await http.post('/panel-members').set(engine.admin()).send(panel).expect(201);
    const { mentorshipId, mentorId, youngPersonId } = await activeCourse(program.id, program.coordinator);
    // Its only coordinator leaves: nobody at any level is left to own an escalation about mental health.
    await http.delete(`/coordinators/${program.coordinator.id}`).set(engine.admin()).expect(200);

    const operatorId = randomUUID();
    const operatorEmail = `operator-${slug}@example.dk`;
    // The first request as her waits for her account row; her address and language are then set as an administrator would.
    await http.get('/session').set(engine.auth('operator', operatorId)).expect(200);
    await engine.dataSource.query(`UPDATE accounts SET email = $1, language = 'en' WHERE id = $2`, [operatorEmail, operatorId]);

    const id = randomUUID();
    const question = 'She says she has not slept for a week and skips school. What should I do?';
    const escalation = { id, reason: 'concern', category: 'mental-health', urgency: 'urgent', question };
    await http.post(`/mentorships/${mentorshipId}/escalations`).set(engine.auth('mentor', mentorId)).send(escalation).expect(200);

    const mail = await engine.sink.waitFor((received) => received.to.includes(operatorEmail), 20_000);
    expect(mail.subject).toBe('Urgent: an escalation has nobody to own it');
    expect(mail.text).toContain(`An urgent escalation in program ${slug} (category mental-health) has nobody to own it`);
    expect(mail.text).toContain('a panel member for the category, a coordinator or a program lead');
    expect(mail.text).toContain(`/programs/${program.id}`);
    for (const personal of ['slept', 'Aisha', 'Maria', 'Lene', id, mentorshipId, mentorId, youngPersonId, program.coordinator.id]) {
      expect(mail.text).not.toContain(personal);
      expect(mail.html).not.toContain(personal);
    }
    const parked = await engine.api.get(Client).workflow.getHandle(escalationWorkflowId(id)).describe();
    expect(parked.typedSearchAttributes.get(MentorflowEscalationLevel)).toBe('unowned');
  });
});
