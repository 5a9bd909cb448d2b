import { randomUUID } from 'node:crypto';
import { Client } from '@temporalio/client';
import { RenewalActivities, renewalQuery } from '../activities/renewal/renewal.activities';
import { renewalScheduleId } from '../apps/worker/src/engine-schedules.service';
import { mentorWorkflowId } from '../workflows/mentor/messages';
import { mentorshipWorkflowId } from '../workflows/mentorship/messages';
import { nudge } from '../workflows/nudge/nudge.workflow';
import { nudgeWorkflowId } from '../workflows/nudge/messages';
import { MentorflowWorkflowsVersion } from '../workflows/search-attributes';
import { WORKFLOWS_VERSION, workflowsVersionAttribute } from '../workflows/version';
import { engineSuite } from './support/engine';

/** Polls `check` until it holds: the dev server's visibility store catches up a moment after each change. */
async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The renewal sweep's activity against the real dev server's visibility, with the real worker running the renewed runs. */
describe('renewal sweep', () => {
  const suite = engineSuite();
  const taskQueue = () => process.env.TEMPORAL_TASK_QUEUE!;
  const client = () => suite.engine.api.get(Client);

  /** A mentor's path and a course started through the API, and a nudge waiting for an answer as a raiser starts one. */
  async function startRuns(coordinator: { Authorization: string }, ids: { programId: string; municipalityId: string; referrerId: string }) {
    const { programId, municipalityId, referrerId } = ids;
    const post = async (path: string, body: object, headers: Record<string, string> = {}) =>
      (await suite.http.post(path).set(coordinator).set(headers).send(body).expect(201)).body as { id: string };
    const mentor = await post('/mentors', { contact: { name: 'Mette Mentor' }, programId, municipalityId });
    await suite.http.post(`/mentors/${mentor.id}/application`).set(coordinator).expect(200);
    const youngPerson = await post('/young-people', { contact: { name: 'Aisha Nour' }, birthDate: '2006-04-17', municipalityId });
    const course = await post('/referrals', { programId, referrerId, youngPersonId: youngPerson.id }, { 'Idempotency-Key': randomUUID() });
    const key = `renewal-test-${randomUUID()}/meeting-gap:start`;
    await client().workflow.start(nudge, {
      workflowId: nudgeWorkflowId(key),
      taskQueue: taskQueue(),
      args: [
        {
          key,
          programSlug: 'pift',
          escalateAfterMs: null,
          awaitsAcknowledgement: true,
          raisedAt: new Date().toISOString(),
          deliveries: [],
        },
      ],
      typedSearchAttributes: [workflowsVersionAttribute],
    });
    return [mentorWorkflowId(mentor.id), mentorshipWorkflowId(course.id), nudgeWorkflowId(key)];
  }

  const runIds = async (workflowIds: string[]) =>
    Promise.all(workflowIds.map(async (workflowId) => (await client().workflow.getHandle(workflowId).describe()).runId));
  const listed = async (query: string) => (await client().workflow.count(query)).count;

  it('renews exactly the runs begun before its cutoff, each once however often it runs', async () => {
    const { engine, http } = suite;
    const { id: programId, coordinator } = await engine.program({ preset: 'pift', slug: `renewal-${randomUUID().slice(0, 8)}` });
    const { id: municipalityId } = (
      await http
        .post('/municipalities')
        .set(engine.admin())
        .send({ name: `Odense ${randomUUID().slice(0, 8)}` })
        .expect(201)
    ).body;
    const { id: referrerId } = (
      await http
        .post('/referrers')
        .set(coordinator)
        .send({ contact: { name: 'Lene Dahl' }, kind: 'youth-guidance-counsellor', municipalityId })
        .expect(201)
    ).body;

    const old = await startRuns(coordinator, { programId, municipalityId, referrerId });
    const startTimes = await Promise.all(old.map(async (id) => (await client().workflow.getHandle(id).describe()).startTime.getTime()));
    const cutoff = new Date(Math.max(...startTimes) + 1);
    const young = await startRuns(coordinator, { programId, municipalityId, referrerId });
    for (const id of young)
      expect((await client().workflow.getHandle(id).describe()).startTime.getTime()).toBeGreaterThan(cutoff.getTime());
    const everything = renewalQuery(taskQueue(), new Date(Date.now() + 60_000));
    await eventually(async () => (await listed(everything)) === 6, 'the six runs listed');
    const [oldRuns, youngRuns] = [await runIds(old), await runIds(young)];

    const sweep = suite.engine.worker.get(RenewalActivities);
    expect(await sweep.renewRunsBegunBefore({ startedBefore: cutoff.toISOString() })).toEqual({ renewed: 3 });
    await eventually(async () => (await runIds(old)).every((runId, i) => runId !== oldRuns[i]), 'the old runs continued as new');
    for (const id of old) {
      const renewed = await client().workflow.getHandle(id).describe();
      expect(renewed.status.name).toBe('RUNNING');
      expect(renewed.typedSearchAttributes.get(MentorflowWorkflowsVersion)).toBe(WORKFLOWS_VERSION);
    }
    expect(await runIds(young)).toEqual(youngRuns);

    // Once visibility shows the renewed runs, a second sweep finds nothing left to renew.
    const renewedRuns = await runIds(old);
    await eventually(async () => (await listed(renewalQuery(taskQueue(), cutoff))) === 0, 'the old runs no longer listed');
    expect(await sweep.renewRunsBegunBefore({ startedBefore: cutoff.toISOString() })).toEqual({ renewed: 0 });
    expect(await runIds(old)).toEqual(renewedRuns);
    expect(await runIds(young)).toEqual(youngRuns);
  });

  it('runs daily from its Schedule, in the worker, renewing runs older than the bound (here none)', async () => {
    const schedule = client().schedule.getHandle(renewalScheduleId(taskQueue()));
    const described = await schedule.describe();
    expect(described.action).toMatchObject({ type: 'startWorkflow', workflowType: 'renewalSweep', taskQueue: taskQueue() });
    expect(described.spec.calendars).toEqual([expect.objectContaining({ hour: [{ start: 3, end: 3, step: 1 }] })]);
    await schedule.trigger();
    await eventually(async () => ((await schedule.describe()).info.recentActions ?? []).length > 0, 'the sweep started');
    const { workflowId, firstExecutionRunId } = (await schedule.describe()).info.recentActions[0].action.workflow;
    expect(await client().workflow.getHandle(workflowId, firstExecutionRunId).result()).toEqual({ renewed: 0 });
  });
});
