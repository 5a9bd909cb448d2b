import { recordHistory } from './histories';
import { contactLog } from './contact-log';
import { refusal, refusalWithCode } from './refusal';
import { withWorker } from './test-worker';
import { timeSkippingSuite } from './time-skipping';
import { PROGRAM_PRESETS } from '../../libs/domain/policy/presets';
import { by, courseSteps } from './course-steps';
import { mentorshipActivities, mentorshipInput } from './mentorship.fixtures';
import * as m from '../../workflows/mentorship/messages';
import { MentorflowNextDue } from '../../workflows/search-attributes';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('mentorship', () => {
  const suite = timeSkippingSuite();

  const {
    today,
    send,
    availableMentor,
    mentorSlots,
    startCourse,
    match,
    toActive,
    meet,
    checkIn,
    storeMeasurement,
    holdReview,
    acceptAsTheApi,
    quiet,
    mentorshipIdOf,
  } = courseSteps(suite);

  it('lives through a whole PIFT course: match, meetings, measurements, review and extension, closure, continuation', async () => {
    const fx = mentorshipActivities(suite.env.client);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const mentorId = await availableMentor(taskQueue);
      const handle = await startCourse(taskQueue);
      await toActive(handle, mentorId);
      expect(await mentorSlots(mentorId)).toEqual([handle.workflowId.replace('mentorship-', '')]);

      await send(handle, m.measurementSubmittedUpdate, { by, measurementId: 'w0', instrument: 'who5', duePoint: '0d' });
      await send(handle, m.measurementSubmittedUpdate, { by, measurementId: 's0', instrument: 'self-efficacy', duePoint: '0d' });
      await send(handle, m.measurementSubmittedUpdate, { by, measurementId: 't0', instrument: 'status', duePoint: '0d' });
      for (let week = 0; week < 26; week++) {
        await meet(handle, 60);
        if (week % 4 === 0) {
          await checkIn(handle, 'mentor');
          await checkIn(handle, 'young-person');
        }
        if (week === 13) await send(handle, m.measurementSubmittedUpdate, { by, measurementId: 'w3', instrument: 'who5', duePoint: 'P3M' });
        await suite.env.sleep('7 days');
      }
      await send(handle, m.measurementSubmittedUpdate, { by, measurementId: 'w6', instrument: 'who5', duePoint: 'P6M' });
      const extended = await send(handle, m.recordReviewUpdate, { by, decision: 'extend' });
      expect(extended.extensions).toBe(1);
      expect(await refusal(send(handle, m.recordReviewUpdate, { by, decision: 'extend' }))).toBe('no review is due yet');

      await suite.env.sleep('30 days');
      const closing = await send(handle, m.closeUpdate, { by, kind: 'planned', reason: 'completed', outcome: 'education-started' });
      expect(closing.phase).toBe('closing');
      expect(await mentorSlots(mentorId)).toEqual([]);
      await send(handle, m.recordExitConversationUpdate, { by, party: 'young-person', held: true });
      await send(handle, m.recordExitConversationUpdate, { by, party: 'mentor', held: true });
      for (const instrument of ['who5', 'self-efficacy', 'status'] as const) {
        await send(handle, m.measurementSubmittedUpdate, { by, measurementId: `${instrument}-close`, instrument, duePoint: 'close' });
      }
      expect((await handle.query(m.mentorshipStateQuery)).phase).toBe('closed');

      await suite.env.sleep('91 days');
      const asked = await handle.query(m.mentorshipStateQuery);
      expect(asked.continuation?.askedAt).toBeDefined();
      expect(fx.nudges.filter((n) => n.kind === 'continuation-follow-up')).toHaveLength(1);
      await send(handle, m.recordContinuationUpdate, { by, keptInTouch: true });
      const result = await handle.result();
      expect(result).toMatchObject({
        phase: 'closed',
        closure: { kind: 'planned', outcome: 'education-started' },
        continuation: { keptInTouch: true },
      });
      expect(result.meetings).toMatchObject({ count: 26, minutes: 26 * 60 });
      // The API wrote the row as the course began (awaiting consent); the course writes each change after.
      expect(fx.phases).toEqual(['intake', 'matching', 'proposed', 'agreeing', 'active', 'closing', 'closed']);
      expect(result.checkIns).toMatchObject({ mentor: 7, 'young-person': 7 }); // every fourth week
      expect(fx.welcomes).toEqual([
        expect.objectContaining({ attempt: 1, mentorId, subjectWorkflowId: handle.workflowId, programSlug: 'pift' }),
      ]);
      // Every nudge raised was resolved by the end: nothing is left open on a finished course.
      expect(fx.resolved.map((r) => r.key).sort()).toEqual(fx.nudges.map((n) => n.key).sort());
      // At six months the review due asks whether to extend or close: no planned-end reminder of the same moment asks it again.
      const kinds = fx.nudges.map((n) => n.kind);
      expect(kinds).toContain('review-due');
      expect(kinds).not.toContain('planned-end-reached');
      await recordHistory(handle, 'mentorship-pift-contact-from-records');
    });
  });

  it.each(PROGRAM_PRESETS.map((preset) => [preset.slug]))(
    'lives through a whole %s course on its own policy, to the planned end',
    async (slug) => {
      const fx = mentorshipActivities(suite.env.client);
      await withWorker(suite.env, fx.activities, async (taskQueue) => {
        const mentorId = await availableMentor(taskQueue, 20);
        const handle = await startCourse(taskQueue, slug);
        const { policy } = mentorshipInput('x', slug);
        await toActive(handle, mentorId);
        const startedAt = await suite.env.currentTimeMs();
        const weeks = Math.ceil(policy.duration.plannedMs / (7 * DAY_MS));
        for (let week = 0; week < weeks; week++) {
          const elapsed = (await suite.env.currentTimeMs()) - startedAt;
          const state = await handle.query(m.mentorshipStateQuery);
          for (const due of policy.measurements.filter(
            (d) => d.offsetMs <= elapsed && !state.measurements.includes(`${d.instrument}@${d.duePoint}`),
          )) {
            await send(handle, m.measurementSubmittedUpdate, {
              by,
              measurementId: `${due.instrument}@${due.duePoint}`,
              instrument: due.instrument,
              duePoint: due.duePoint,
            });
          }
          if (policy.reviewsAtMs.some((at) => at <= elapsed && !state.reviewsHeld.includes(at)))
            await send(handle, m.recordReviewUpdate, { by, decision: 'continue' });
          // Every period holds at least this many weekly meetings (a 30-day month holds four or five).
          await meet(handle, Math.ceil(policy.contact.targetMinutes / Math.floor(policy.contact.periodMs / (7 * DAY_MS))));
          await suite.env.sleep('7 days');
        }
        await send(handle, m.closeUpdate, { by, kind: 'planned', reason: 'completed', outcome: 'job-started' });
        await send(handle, m.recordExitConversationUpdate, { by, party: 'young-person', held: true });
        await send(handle, m.recordExitConversationUpdate, { by, party: 'mentor', held: true });
        for (const instrument of policy.closingInstruments) {
          await send(handle, m.measurementSubmittedUpdate, { by, measurementId: `${instrument}@close`, instrument, duePoint: 'close' });
        }
        expect((await handle.query(m.mentorshipStateQuery)).phase).toBe('closed');
        if (policy.continuation.followUp) {
          await suite.env.sleep(policy.continuation.askAfterMs + DAY_MS);
          await send(handle, m.recordContinuationUpdate, { by, keptInTouch: false });
        }
        const result = await handle.result();
        expect(result).toMatchObject({ phase: 'closed', closure: { kind: 'planned', outcome: 'job-started' }, meetings: { count: weeks } });
        // Meeting the target every week, the course is never chased about contact.
        expect(fx.nudges.filter((n) => n.kind === 'contact-behind' || n.kind === 'meeting-gap')).toEqual([]);
        expect(await mentorSlots(mentorId)).toEqual([]);
      });
    },
  );

  it('goes back to matching after each decline and keeps every attempt', async () => {
    const fx = mentorshipActivities(suite.env.client);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const [first, second, third] = [await availableMentor(taskQueue), await availableMentor(taskQueue), await availableMentor(taskQueue)];
      const handle = await startCourse(taskQueue, 'vallensbaek');
      await send(handle, m.recordConsentUpdate, { by });
      await send(handle, m.completeIntakeUpdate, { by });
      await send(handle, m.proposeMatchUpdate, { by, mentorId: first });
      expect((await send(handle, m.answerProposalUpdate, { by: first, party: 'mentor', answer: 'decline' })).phase).toBe('matching');
      await send(handle, m.proposeMatchUpdate, { by, mentorId: second });
      await send(handle, m.answerProposalUpdate, { by, party: 'young-person', answer: 'decline' });
      await match(handle, third);
      const state = await handle.query(m.mentorshipStateQuery);
      expect(state.attempts.map((a) => [a.mentorId, a.outcome])).toEqual([
        [first, 'declined-by-mentor'],
        [second, 'declined-by-young-person'],
        [third, 'accepted'],
      ]);
      expect(fx.attempts.map((a) => a.outcome)).toEqual(['declined-by-mentor', 'declined-by-young-person', 'accepted']);
      expect([await mentorSlots(first), await mentorSlots(second), (await mentorSlots(third)).length]).toEqual([[], [], 1]);
    });
  });

  it('sends the young person back to matching when her mentor leaves, freeing the slot', async () => {
    const fx = mentorshipActivities(suite.env.client);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const [leaving, next] = [await availableMentor(taskQueue), await availableMentor(taskQueue)];
      const handle = await startCourse(taskQueue);
      await toActive(handle, leaving);
      await meet(handle);
      expect((await send(handle, m.mentorLeftUpdate, { by })).phase).toBe('matching');
      expect(await mentorSlots(leaving)).toEqual([]);
      await match(handle, next);
      expect((await handle.query(m.mentorshipStateQuery)).attempts.map((a) => a.outcome)).toEqual(['mentor-left', 'accepted']);
    });
  });

  it('closes early with exit conversations (one not held) and ends without follow-up where the policy has none', async () => {
    const fx = mentorshipActivities(suite.env.client);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const mentorId = await availableMentor(taskQueue, 20);
      const handle = await startCourse(taskQueue, 'aalborg-mentor-corps');
      await toActive(handle, mentorId);
      await suite.env.sleep('20 days');
      expect(await refusal(send(handle, m.closeUpdate, { by, kind: 'planned', reason: 'completed', outcome: 'none' }))).toMatch(
        /^a planned closure needs the minimum duration/,
      );
      await send(handle, m.closeUpdate, { by, kind: 'early', reason: 'no-contact', outcome: 'none' });
      await send(handle, m.recordExitConversationUpdate, { by, party: 'young-person', held: false });
      await send(handle, m.recordExitConversationUpdate, { by, party: 'mentor', held: true });
      expect((await handle.query(m.mentorshipStateQuery)).phase).toBe('closing'); // the closing status measurement is outstanding
      await send(handle, m.measurementSubmittedUpdate, { by, measurementId: 'status-close', instrument: 'status', duePoint: 'close' });
      expect(await handle.result()).toMatchObject({ phase: 'closed', closure: { kind: 'early', reason: 'no-contact' } });
    });
  });

  it('closes a referral without consent within the policy time as "no consent"', async () => {
    const fx = mentorshipActivities(suite.env.client);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const handle = await startCourse(taskQueue);
      await suite.env.sleep('29 days');
      expect((await handle.query(m.mentorshipStateQuery)).phase).toBe('awaiting-consent');
      await suite.env.sleep('2 days');
      expect((await handle.result()).phase).toBe('no-consent');
      expect(fx.phases).toEqual(['no-consent']);
    });
  });

  it('ends as "no consent" at once when the young person refuses, and refuses a refusal once consent is given', async () => {
    const fx = mentorshipActivities(suite.env.client);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const handle = await startCourse(taskQueue);
      expect((await send(handle, m.refuseConsentUpdate, { by: 'young-person' })).phase).toBe('no-consent');
      expect((await handle.result()).phase).toBe('no-consent');
      expect(fx.phases).toEqual(['no-consent']);
      const consented = await startCourse(taskQueue);
      await send(consented, m.recordConsentUpdate, { by });
      expect(await refusal(send(consented, m.refuseConsentUpdate, { by: 'young-person' }))).toBe(
        'the mentorship is intake; this needs awaiting-consent',
      );
    });
  });

  it('refuses every command that does not fit, with its reason', async () => {
    const fx = mentorshipActivities(suite.env.client);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const [mentorId, busy] = [await availableMentor(taskQueue), await availableMentor(taskQueue)];
      const other = await startCourse(taskQueue);
      await toActive(other, busy);
      const handle = await startCourse(taskQueue);
      expect(await refusal(send(handle, m.completeIntakeUpdate, { by }))).toBe('the mentorship is awaiting-consent; this needs intake');
      await send(handle, m.recordConsentUpdate, { by });
      expect(await refusal(send(handle, m.recordConsentUpdate, { by }))).toBe('the mentorship is intake; this needs awaiting-consent');
      expect(await refusal(send(handle, m.proposeMatchUpdate, { by, mentorId }))).toBe('the mentorship is intake; this needs matching');
      await send(handle, m.completeIntakeUpdate, { by });
      // The mentor's path's refusal, passed on by the slot activity with its code and parameters.
      expect(await refusalWithCode(send(handle, m.proposeMatchUpdate, { by, mentorId: busy }))).toEqual({
        message: 'the mentor has no free slot (1 of 1 taken)',
        code: 'no-free-slot',
        params: { taken: 1, capacity: 1 },
      });
      expect(await refusal(send(handle, m.proposeMatchUpdate, { by, mentorId: 'never-applied' }))).toBe(
        'mentor never-applied has no open path (not applied, or ended)',
      );
      expect((await handle.query(m.mentorshipStateQuery)).attempts).toEqual([]);
      await send(handle, m.proposeMatchUpdate, { by, mentorId });
      await send(handle, m.answerProposalUpdate, { by, party: 'young-person', answer: 'accept' });
      expect(await refusal(send(handle, m.answerProposalUpdate, { by, party: 'young-person', answer: 'decline' }))).toBe(
        'the young-person has already answered (accept)',
      );
      await send(handle, m.answerProposalUpdate, { by, party: 'mentor', answer: 'accept' });
      const meeting = { by, meetingId: 'x', heldOn: await today(), minutes: 60, placeKind: 'walk' };
      expect(await refusal(send(handle, m.logMeetingUpdate, meeting))).toBe('the mentorship is agreeing; this needs active');
      await send(handle, m.recordMatchAgreementUpdate, { by });
      await suite.env.sleep('2 days');
      expect(await refusal(send(handle, m.logMeetingUpdate, { ...meeting, heldOn: '2999-01-01' }))).toBe(
        'heldOn 2999-01-01 is in the future',
      );
      expect(await refusal(send(handle, m.logMeetingUpdate, { ...meeting, heldOn: '2000-01-01' }))).toMatch(
        /^heldOn 2000-01-01 is before the match started/,
      );
      expect(await refusal(send(handle, m.logMeetingUpdate, { ...meeting, minutes: 0 }))).toBe(
        'minutes must be a whole number from 1 to 600',
      );
      expect(await refusal(send(handle, m.logMeetingUpdate, { ...meeting, minutes: 5000 }))).toBe(
        'minutes must be a whole number from 1 to 600',
      );
      // Stored first, as the API did when it still sent meetings as updates: a deadline the course wakes for in between reads it.
      contactLog.meeting(mentorshipIdOf(handle), meeting.heldOn, meeting.minutes);
      await send(handle, m.logMeetingUpdate, meeting);
      expect((await send(handle, m.logMeetingUpdate, meeting)).meetings.count).toBe(1); // a retried log is the same meeting
      expect(
        await refusal(send(handle, m.measurementSubmittedUpdate, { by, measurementId: 'm', instrument: 'who5', duePoint: 'P4M' })),
      ).toBe('who5 is not scheduled at P4M in this program');
      expect(
        await refusal(send(handle, m.measurementSubmittedUpdate, { by, measurementId: 'm', instrument: 'who5', duePoint: 'close' })),
      ).toBe('closing measurements are taken once the course is closing');
      expect(await refusal(send(handle, m.recordReviewUpdate, { by, decision: 'continue' }))).toBe('no review is due yet');
      expect(await refusal(send(handle, m.recordContinuationUpdate, { by, keptInTouch: true }))).toBe(
        'the mentorship is active; this needs closed',
      );
      expect(await refusal(send(handle, m.closeUpdate, { by, kind: 'early', reason: 'completed', outcome: 'none' }))).toBe(
        'an early closure needs the reason it ended early',
      );
      await suite.env.sleep('182 days');
      await send(handle, m.recordReviewUpdate, { by, decision: 'extend' });
      await suite.env.sleep('182 days');
      expect(await refusal(send(handle, m.recordReviewUpdate, { by, decision: 'extend' }))).toBe('no review is due yet');
      expect(await refusal(send(handle, m.logMeetingUpdate, { ...meeting, meetingId: 'late', heldOn: await today() }))).toMatch(
        /^the course passed its maximum duration on/,
      );
    });
  });

  it('chases what is late, once each, and a logged meeting moves the meeting reminder on', async () => {
    const fx = mentorshipActivities(suite.env.client);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const mentorId = await availableMentor(taskQueue);
      const handle = await startCourse(taskQueue);
      let from = 0;
      const kinds = () => fx.nudges.slice(from).map((n) => n.kind);
      await send(handle, m.recordConsentUpdate, { by });
      await send(handle, m.completeIntakeUpdate, { by });
      await suite.env.sleep('31 days');
      expect(kinds()).toEqual(['referral-waiting']);
      await send(handle, m.proposeMatchUpdate, { by, mentorId });
      await suite.env.sleep('8 days');
      expect(kinds().filter((k) => k === 'proposal-unanswered')).toHaveLength(2);
      expect(fx.nudges.find((n) => n.kind === 'proposal-unanswered' && n.recipientRole === 'mentor')?.recipientId).toBe(mentorId);
      await send(handle, m.answerProposalUpdate, { by, party: 'young-person', answer: 'accept' });
      await send(handle, m.answerProposalUpdate, { by, party: 'mentor', answer: 'accept' });
      from = fx.nudges.length;
      await send(handle, m.recordMatchAgreementUpdate, { by });

      await suite.env.sleep('1 day');
      // The welcome asks for the measurements due at the start: no reminder of its own says it again.
      expect(kinds()).toEqual([]);
      expect(fx.welcomes).toHaveLength(1);
      await suite.env.sleep('14 days');
      expect(kinds().filter((k) => k === 'measurement-overdue')).toHaveLength(3);
      await meet(handle); // day 15: the meeting-gap reminder (21 days) now counts from here
      await suite.env.sleep('20 days');
      expect(kinds()).not.toContain('meeting-gap');
      expect(kinds()).toContain('check-in-missed:young-person');
      expect(kinds()).toContain('contact-behind'); // 2 hours in the first month against PIFT's 4
      await suite.env.sleep('2 days');
      expect(kinds().filter((k) => k === 'meeting-gap')).toHaveLength(1);
      await suite.env.sleep('60 days');
      expect(kinds().filter((k) => k === 'meeting-gap')).toHaveLength(1);
      expect(new Set(fx.nudges.map((n) => n.key)).size).toBe(fx.nudges.length);
    });
  });

  it('resolves each open nudge when what it chases happens: a meeting logged, a measurement submitted, a proposal answered', async () => {
    const fx = mentorshipActivities(suite.env.client);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const mentorId = await availableMentor(taskQueue);
      const handle = await startCourse(taskQueue);
      const resolution = (key: string) => fx.resolved.find((r) => r.key === `${handle.workflowId}/${key}`)?.reason;
      await send(handle, m.recordConsentUpdate, { by });
      await send(handle, m.completeIntakeUpdate, { by });
      await send(handle, m.proposeMatchUpdate, { by, mentorId });
      await suite.env.sleep('8 days');
      await send(handle, m.answerProposalUpdate, { by: mentorId, party: 'mentor', answer: 'accept' });
      expect(resolution('proposal-unanswered:1:mentor')).toBe('proposal answered');
      expect(resolution('proposal-unanswered:1:young-person')).toBeUndefined(); // she has not answered yet
      await send(handle, m.answerProposalUpdate, { by, party: 'young-person', answer: 'accept' });
      expect(resolution('proposal-unanswered:1:young-person')).toBe('proposal answered');
      await send(handle, m.recordMatchAgreementUpdate, { by });
      expect(fx.welcomes).toHaveLength(1);

      await suite.env.sleep('22 days'); // PIFT nudges after 21 days without a meeting
      expect(fx.nudges.map((n) => n.kind)).toContain('meeting-gap');
      expect(fx.nudges.map((n) => n.kind)).toContain('measurement-overdue');
      await meet(handle);
      expect(resolution('meeting-gap:start')).toBe('meeting logged');
      await send(handle, m.measurementSubmittedUpdate, { by, measurementId: 'w0', instrument: 'who5', duePoint: '0d' });
      expect(resolution('measurement-overdue:who5@0d')).toBe('measurement submitted');
      expect(resolution('measurement-overdue:status@0d')).toBeUndefined();

      await send(handle, m.closeUpdate, { by, kind: 'early', reason: 'moved', outcome: 'none' });
      expect(resolution('measurement-overdue:status@0d')).toBe('course closing');
    });
  });

  it('counts the measurements the API stored without it: one stored is not chased, one a nudge chases is settled when told', async () => {
    const fx = mentorshipActivities(suite.env.client);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const handle = await startCourse(taskQueue);
      const resolution = (key: string) => fx.resolved.find((r) => r.key === `${handle.workflowId}/${key}`)?.reason;
      await toActive(handle, await availableMentor(taskQueue));
      await storeMeasurement(handle, 'who5', '0d'); // nothing chases it yet: the course is not told
      await suite.env.sleep('15 days');
      // Its start measurements fell overdue together; the course read them as it woke, and chases the two not stored.
      const overdue = fx.nudges.filter((n) => n.kind === 'measurement-overdue').map((n) => n.key.split('/')[1]);
      expect(overdue).toEqual(['measurement-overdue:self-efficacy@0d', 'measurement-overdue:status@0d']);
      await storeMeasurement(handle, 'status', '0d');
      expect(resolution('measurement-overdue:status@0d')).toBe('measurement submitted');
      expect(resolution('measurement-overdue:self-efficacy@0d')).toBeUndefined();
      expect((await handle.query(m.mentorshipStateQuery)).measurements).toEqual(['who5@0d', 'status@0d']);
    });
  });

  it('takes the accepts the API stored and signalled before any command sent after them, and ignores one that no longer fits', async () => {
    const fx = mentorshipActivities(suite.env.client);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const mentorId = await availableMentor(taskQueue);
      const handle = await startCourse(taskQueue);
      await send(handle, m.recordConsentUpdate, { by });
      await send(handle, m.completeIntakeUpdate, { by });
      await send(handle, m.proposeMatchUpdate, { by, mentorId });
      await acceptAsTheApi(handle, 'young-person');
      await quiet(handle);
      expect((await handle.query(m.mentorshipStateQuery)).attempts[0]).toMatchObject({ answers: { 'young-person': 'accept' } });
      // Sent twice, or for an attempt that is not the course's, it changes nothing and fails nothing.
      await acceptAsTheApi(handle, 'young-person');
      await acceptAsTheApi(handle, 'mentor', mentorId, 2);
      await quiet(handle);
      expect((await handle.query(m.mentorshipStateQuery)).phase).toBe('proposed');
      // The agreement right after the second accept finds the match agreed: the signal came first.
      await acceptAsTheApi(handle, 'mentor', mentorId);
      expect((await send(handle, m.recordMatchAgreementUpdate, { by })).phase).toBe('active');
      expect(fx.attempts).toEqual([{ attempt: 1, mentorId, outcome: 'accepted' }]);
      expect(fx.phases.slice(-2)).toEqual(['agreeing', 'active']);
      await recordHistory(handle, 'mentorship-accepts-from-records');
    });
  });

  it('takes the reviews the API stored: the one held settles its nudge, an extension moves the planned end, each point once', async () => {
    const fx = mentorshipActivities(suite.env.client);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const handle = await startCourse(taskQueue);
      const { policy } = mentorshipInput(mentorshipIdOf(handle));
      const [sixMonths] = policy.reviewsAtMs;
      await toActive(handle, await availableMentor(taskQueue));
      const { plannedEndAt } = await handle.query(m.mentorshipStateQuery);
      await suite.env.sleep(sixMonths + DAY_MS);
      const reviewDue = `${handle.workflowId}/review-due:${sixMonths}`;
      expect(fx.nudges.map((n) => n.key)).toContain(reviewDue);

      expect(await holdReview(handle, 'extend')).toBe(sixMonths);
      const reviewed = await handle.query(m.mentorshipStateQuery);
      expect(reviewed).toMatchObject({
        reviewsHeld: [sixMonths],
        extensions: 1,
        plannedEndAt: new Date(Date.parse(plannedEndAt!) + policy.duration.extensionMs).toISOString(),
      });
      expect(fx.resolved.find((r) => r.key === reviewDue)?.reason).toBe('review held');
      // Told again (the API's retry after its first telling's answer was lost), the course holds the point and extends once.
      await handle.signal(m.reviewHeldSignal, { atMs: sixMonths, extendedTo: reviewed.plannedEndAt });
      await quiet(handle);
      expect(await handle.query(m.mentorshipStateQuery)).toMatchObject({
        reviewsHeld: [sixMonths],
        extensions: 1,
        plannedEndAt: reviewed.plannedEndAt,
      });
      await expect(holdReview(handle, 'continue')).rejects.toThrow('no-review-due');
      // A command for a review the rows hold is refused by the course too: it read them.
      expect(await refusal(send(handle, m.recordReviewUpdate, { by, decision: 'continue' }))).toBe('no review is due yet');
      // The extended course runs to its new planned end (PIFT's maximum, whose reminder it is), with no second reminder of the review
      // and none of the planned end it had.
      await suite.env.sleep(Date.parse(reviewed.plannedEndAt!) - (await suite.env.currentTimeMs()) + DAY_MS);
      const kinds = fx.nudges.filter((n) => n.key.startsWith(handle.workflowId)).map((n) => n.kind);
      expect(kinds.filter((kind) => kind === 'review-due')).toHaveLength(1);
      expect(kinds).toContain('maximum-reached');
      expect(kinds).not.toContain('planned-end-reached');
      await recordHistory(handle, 'mentorship-reviews-from-records');
    });
  });

  it('reads a review stored without a word to it when it next reads its contact, and settles its nudge then', async () => {
    const fx = mentorshipActivities(suite.env.client);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const handle = await startCourse(taskQueue);
      const [sixMonths] = mentorshipInput(mentorshipIdOf(handle)).policy.reviewsAtMs;
      await toActive(handle, await availableMentor(taskQueue));
      await suite.env.sleep(sixMonths + DAY_MS);
      // Its signal lost (the API's process ended between the two): the row is there.
      contactLog.review(mentorshipIdOf(handle), { atMs: sixMonths });
      expect((await handle.query(m.mentorshipStateQuery)).reviewsHeld).toEqual([]);
      await suite.env.sleep('31 days'); // past its next deadline (a contact period's end at the latest), when it reads its contact
      expect((await handle.query(m.mentorshipStateQuery)).reviewsHeld).toEqual([sixMonths]);
      expect(fx.resolved.find((r) => r.key === `${handle.workflowId}/review-due:${sixMonths}`)?.reason).toBe('review held');
    });
  });

  it('resolves a nudge a command settles while the write raising it is in flight, once its row is there', async () => {
    const fx = mentorshipActivities(suite.env.client);
    const raising = fx.holdRaising('review-due');
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const handle = await startCourse(taskQueue);
      const reviewDue = `${handle.workflowId}/review-due:${6 * 30 * 24 * 60 * 60 * 1000}`;
      await toActive(handle, await availableMentor(taskQueue));
      const passing = suite.env.sleep('200 days'); // past PIFT's six-month review
      await raising.entered;
      const review = send(handle, m.recordReviewUpdate, { by, decision: 'continue' });
      // The review's task done (its acceptance is written with what the task did): a course that writes side by side has then
      // scheduled its write, which asks to resolve the nudge before its row is raised; one that writes one at a time has not.
      const history = async () => (await handle.fetchHistory()).events!;
      const accepted = async () =>
        (await history()).findIndex(
          (event) => event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name === 'recordReview',
        );
      try {
        for (const giveUp = Date.now() + 10_000; (await accepted()) < 0 && Date.now() < giveUp;)
          await new Promise((next) => setTimeout(next, 20));
        const writeScheduled = (await history()).slice(await accepted()).some((event) => event.activityTaskScheduledEventAttributes);
        for (const giveUp = Date.now() + 10_000; writeScheduled && !fx.resolving.includes(reviewDue) && Date.now() < giveUp;)
          await new Promise((next) => setTimeout(next, 20));
      } finally {
        raising.release();
      }
      await review;
      await passing;
      expect(fx.nudges.map((n) => n.key)).toContain(reviewDue);
      expect(fx.resolved.find((r) => r.key === reviewDue)?.reason).toBe('review held');
      await recordHistory(handle, 'mentorship-serial-course-writes');
    });
  });

  it('reads at once a measurement the API signalled while it was raising its nudge, and resolves the nudge', async () => {
    const fx = mentorshipActivities(suite.env.client);
    const raising = fx.holdRaising('measurement-due');
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const handle = await startCourse(taskQueue);
      const due = `${handle.workflowId}/measurement-due:who5@P3M`;
      await toActive(handle, await availableMentor(taskQueue));
      const passing = suite.env.sleep('91 days'); // past the three-month measurement's due day, before any deadline after it
      await raising.entered;
      // The API stored it after the course read its measurements, and found the nudge due and not yet raised: it signals.
      contactLog.measurement(mentorshipIdOf(handle), 'who5@P3M');
      await handle.signal(m.contactRecordedSignal);
      raising.release();
      await passing;
      expect(fx.nudges.map((n) => n.key)).toContain(due);
      expect(fx.resolved.find((r) => r.key === due)?.reason).toBe('measurement submitted');
      await recordHistory(handle, 'mentorship-contact-signal-kept');
    });
  });

  it('shows operators its next milestone, which meetings and check-ins leave where it is', async () => {
    const fx = mentorshipActivities(suite.env.client);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const handle = await startCourse(taskQueue);
      await toActive(handle, await availableMentor(taskQueue));
      for (const instrument of ['who5', 'self-efficacy', 'status'] as const) {
        await send(handle, m.measurementSubmittedUpdate, { by, measurementId: `${instrument}-0`, instrument, duePoint: '0d' });
      }
      const matchStart = Date.parse((await handle.query(m.mentorshipStateQuery)).matchStartedAt!);
      const nextDue = async () => (await handle.describe()).typedSearchAttributes.get(MentorflowNextDue)?.getTime();
      // The course's own attributes; the SDK records a patch's first use (TemporalChangeVersion) with an upsert of its own.
      const upserts = async () =>
        (await handle.fetchHistory()).events!.filter((event) => {
          const fields = event.upsertWorkflowSearchAttributesEventAttributes?.searchAttributes?.indexedFields;
          return fields && Object.keys(fields).some((key) => key !== 'TemporalChangeVersion');
        }).length;
      // The WHO-5 due at three months: the meeting gap and the check-ins come sooner, but move on with every contact.
      expect(await nextDue()).toBe(matchStart + 90 * DAY_MS);
      const before = await upserts();
      for (let week = 0; week < 3; week++) {
        await meet(handle);
        await checkIn(handle, 'mentor');
        await suite.env.sleep('7 days');
      }
      expect(await nextDue()).toBe(matchStart + 90 * DAY_MS);
      expect(await upserts()).toBe(before);
    });
  });

  it('continues as new through 24 months of weekly meetings, carrying the course across', async () => {
    const fx = mentorshipActivities(suite.env.client);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const mentorId = await availableMentor(taskQueue);
      const handle = await startCourse(taskQueue, 'young-connect-ii', 200);
      await toActive(handle, mentorId);
      const runs = new Set<string>();
      for (let week = 0; week < 104; week++) {
        await meet(handle, 60);
        await suite.env.sleep('7 days');

        if ((week + 1) % 26 === 0) await send(handle, m.recordReviewUpdate, { by, decision: 'extend' });
        runs.add((await suite.env.client.workflow.getHandle(handle.workflowId).describe()).runId);
      }
      // Closing, the course reads its contact once more: every meeting of every run is counted.
      const state = await send(handle, m.closeUpdate, { by, kind: 'planned', reason: 'completed', outcome: 'retained' });
      expect(runs.size).toBeGreaterThan(2);
      expect(state).toMatchObject({ phase: 'closing', extensions: 4, meetings: { count: 104, minutes: 104 * 60 } });
      for (const runId of runs) {
        const history = await suite.env.client.workflow.getHandle(handle.workflowId, runId).fetchHistory();
        expect(history.events!.length).toBeLessThan(600);
      }
    });
  }, 180_000);
});
