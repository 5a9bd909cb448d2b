import type { WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import { by, courseSteps } from './course-steps';
import { mentorshipActivities } from './mentorship.fixtures';
import { withWorker } from './test-worker';
import { timeSkippingSuite } from './time-skipping';
import * as m from '../../workflows/mentorship/messages';

/**
 * What a year of a course may write, over all its runs, so a change that
 * fattens every command fails here. Measured: 1,613 events before lean
 * histories, 982 with them, 822-828 with batched deadlines, 795 with one
 * write per step (the count moves a little with whether side-by-side
 * activities finish in one workflow task), 793 with the patches folded into
 * workflow version 1 (issue 11's budget was 800), 608–614 since the course reads
 * its meetings and check-ins from PostgreSQL at its wakes instead of taking
 * an update for each (version 2; issue 30: no more than before). Local
 * activities reached less but broke replay when an update arrived while they
 * ran (docs/NOTES.md), so they are not used.
 */
const EVENTS_PER_TWELVE_MONTH_COURSE = 650;

describe('history budget', () => {
  const suite = timeSkippingSuite();
  const { send, availableMentor, startCourse, toActive, meet, checkIn, holdReview } = courseSteps(suite);

  // The events of all its runs together (each continue-as-new starts one), not of one run.
  it(`keeps a 12-month PIFT course at 4 meetings a month within ${EVENTS_PER_TWELVE_MONTH_COURSE} history events`, async () => {
    const fx = mentorshipActivities(suite.env.client);
    await withWorker(suite.env, fx.activities, async (taskQueue) => {
      const mentorId = await availableMentor(taskQueue);
      const handle = await startCourse(taskQueue);
      await toActive(handle, mentorId);
      // As the API sends it: a WHO-5 comes with the flags it assessed as it stored the score.
      const wellBeing = { highRisk: false, sharpDrop: false };
      const measure = (instrument: m.MeasurementCommand['instrument'], duePoint: string) =>
        send(handle, m.measurementSubmittedUpdate, {
          by,
          measurementId: `${instrument}@${duePoint}`,
          instrument,
          duePoint,
          ...(instrument === 'who5' ? { wellBeing } : {}),
        });

      for (const instrument of ['who5', 'self-efficacy', 'status'] as const) await measure(instrument, '0d');
      // MENTOR's standard: a program contact with each of them after the first meeting, then one a month (before it is due), the referrer
      // quarterly.
      for (let month = 0; month < 12; month++) {
        // Reminded on the day (the measurement-due nudge), the mentor submits the measurement; the review is held the day it is due.
        if (month > 0 && month % 3 === 0) await measure('who5', `P${month}M`);
        if (month === 6) await holdReview(handle, 'extend');
        for (let meeting = 0; meeting < 4; meeting++) {
          await meet(handle, 60);
          if (month === 0 && meeting === 0) for (const party of ['young-person', 'mentor'] as const) await checkIn(handle, party);
          if (meeting === 3) {
            for (const party of ['young-person', 'mentor'] as const) await checkIn(handle, party);
            if (month % 3 === 2) await checkIn(handle, 'referrer');
          }
          await suite.env.sleep('180 hours'); // a quarter of a 30-day month
        }
      }
      await measure('who5', 'P12M');
      await send(handle, m.closeUpdate, { by, kind: 'planned', reason: 'completed', outcome: 'job-started' });
      for (const party of ['young-person', 'mentor'] as const)
        await send(handle, m.recordExitConversationUpdate, { by, party, held: true });
      for (const instrument of ['who5', 'self-efficacy', 'status'] as const) await measure(instrument, 'close');
      await suite.env.sleep('91 days');
      await send(handle, m.recordContinuationUpdate, { by, keptInTouch: true });
      const result = await handle.result();
      expect(result).toMatchObject({ phase: 'closed', extensions: 1, meetings: { count: 48 }, continuation: { keptInTouch: true } });

      // The test server cannot list runs: follow the chain from the first run through each continue-as-new.
      let events = 0;
      for (let runId: string | undefined = (handle as WorkflowHandleWithFirstExecutionRunId).firstExecutionRunId; runId;) {
        const history = await suite.env.client.workflow.getHandle(handle.workflowId, runId).fetchHistory();
        events += history.events!.length;
        runId = history.events!.at(-1)!.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? undefined;
      }
      process.stdout.write(`[history budget] a 12-month PIFT course at 4 meetings a month: ${events} events\n`);
      expect(events).toBeLessThanOrEqual(EVENTS_PER_TWELVE_MONTH_COURSE);
    });
  }, 120_000);
});
