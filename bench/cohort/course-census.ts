import type { Client } from '@temporalio/client';
import type { History } from '@temporalio/common/lib/proto-utils';
import { mentorshipStateQuery, mentorshipWorkflowId, MentorshipState } from '../../workflows/mentorship/messages';
import { forEachConcurrently } from '../concurrently';

/** A course whose workflow did not end closed, and what it was still doing. */
export interface UnfinishedCourse {
  mentorshipId: string;
  status: string;
  phase?: string;
  openEscalations?: number;
  continuation?: MentorshipState['continuation'];
}

export interface HistoryCensus {
  sampled: number;
  /** Events in all runs of a course's chain (it continues as new when its history grows long). */
  events: { mean: number; max: number };
  runs: { mean: number; max: number };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const CHECKS_AT_ONCE = 16;

/**
 * Waits (up to `timeoutMs`) for each course's workflow to complete and
 * checks it ended closed; answers the courses that did not, with what they
 * still wait for (an open escalation keeps a course from finishing).
 */
export async function unfinishedCourses(client: Client, mentorshipIds: string[], timeoutMs: number): Promise<UnfinishedCourse[]> {
  const deadline = Date.now() + timeoutMs;
  const unfinished: UnfinishedCourse[] = [];
  await forEachConcurrently(mentorshipIds, CHECKS_AT_ONCE, async (mentorshipId) => {
    const handle = client.workflow.getHandle(mentorshipWorkflowId(mentorshipId));
    let status = (await handle.describe()).status.name;
    while (status === 'RUNNING' && Date.now() < deadline) {
      await sleep(250);
      status = (await handle.describe()).status.name;
    }
    if (status === 'COMPLETED') {
      const state: MentorshipState = await handle.result();
      if (state.phase !== 'closed') unfinished.push({ mentorshipId, status, phase: state.phase });
      return;
    }
    const state = status === 'RUNNING' ? await handle.query(mentorshipStateQuery) : undefined;
    unfinished.push({
      mentorshipId,
      status,
      phase: state?.phase,
      openEscalations: state?.openEscalations?.length,
      continuation: state?.continuation,
    });
  });
  return unfinished;
}

/**
 * History events per completed course over a sample spread evenly through
 * the cohort. A chain is walked back from its last run: each run's first
 * event names the run it continued, so no listing (and no visibility lag) is needed.
 */
export async function historyCensus(client: Client, mentorshipIds: string[], sampleSize = 50): Promise<HistoryCensus> {
  const step = Math.max(1, mentorshipIds.length / sampleSize);
  const sample = Array.from({ length: Math.min(sampleSize, mentorshipIds.length) }, (_, index) => mentorshipIds[Math.floor(index * step)]);
  const chains: Array<{ events: number; runs: number }> = [];
  await forEachConcurrently(sample, CHECKS_AT_ONCE, async (mentorshipId) => {
    const workflowId = mentorshipWorkflowId(mentorshipId);
    let runId: string | undefined = (await client.workflow.getHandle(workflowId).describe()).runId;
    const chain = { events: 0, runs: 0 };
    while (runId) {
      const history: History = await client.workflow.getHandle(workflowId, runId).fetchHistory();
      const events = history.events ?? [];
      chain.events += events.length;
      chain.runs += 1;
      runId = events[0]?.workflowExecutionStartedEventAttributes?.continuedExecutionRunId || undefined;
    }
    chains.push(chain);
  });
  const mean = (values: number[]) =>
    values.length ? Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10 : 0;
  const max = (values: number[]) => Math.max(0, ...values);
  const events = chains.map((chain) => chain.events);
  const runs = chains.map((chain) => chain.runs);
  return { sampled: chains.length, events: { mean: mean(events), max: max(events) }, runs: { mean: mean(runs), max: max(runs) } };
}
