import { allHandlersFinished, condition, proxyActivities, setHandler, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import type { NudgeActivities } from '../../activities/nudges/nudge.activities';
import type { ProgramActivities } from '../../activities/programs/program.activities';
import type { QuotaActivities } from '../../activities/programs/quota.activities';
import { ActivitiesOf, PERSISTENT_WORK } from '../activities';
import { refuse } from '../commands';
import { DEFAULT_HISTORY_LIMIT, LongRun } from '../long-running';
import { MAX_RUN_AGE_MS } from '../renewal/renewal';
import { MentorflowPhase, MentorflowPhaseSince, MentorflowProgram } from '../search-attributes';
import {
  archiveProgramUpdate,
  awaitActivationUpdate,
  ProgramLifecycleInput,
  ProgramLifecycleState,
  ProgramPhase,
  programStateQuery,
} from './messages';

const activities = proxyActivities<ActivitiesOf<ProgramActivities> & ActivitiesOf<QuotaActivities> & ActivitiesOf<NudgeActivities>>(
  PERSISTENT_WORK,
);

export interface ProgramLifecycleRun extends ProgramLifecycleInput {
  /** Carried across continue-as-new. */
  state?: ProgramLifecycleState;
  /** History events after which the run continues as new; defaults to 2,000. */
  historyLimit?: number;
}

/**
 * A program from activation to archiving. It owns the program's status in
 * Postgres so that the row and the workflow never disagree about it, and
 * while active it compares each municipality's referrals with its quota at
 * the policy's cadence, nudging the coordinator about the ones behind. A
 * program lives for years: each run continues as new within MAX_RUN_AGE_MS.
 */
export async function programLifecycle(run: ProgramLifecycleRun): Promise<ProgramLifecycleState> {
  const { state: carried, historyLimit = DEFAULT_HISTORY_LIMIT, ...input } = run;
  const state: ProgramLifecycleState = carried ?? {
    programId: input.programId,
    slug: input.slug,
    phase: 'activating',
    phaseSince: new Date().toISOString(),
    quotaNudges: [],
  };
  const { workflowId } = workflowInfo();
  const longRun = new LongRun(historyLimit, MAX_RUN_AGE_MS);
  const publish = () =>
    upsertSearchAttributes([
      { key: MentorflowProgram, value: input.slug },
      { key: MentorflowPhase, value: state.phase },
      { key: MentorflowPhaseSince, value: new Date(state.phaseSince) },
    ]);
  const enter = (phase: ProgramPhase) => {
    state.phase = phase;
    state.phaseSince = new Date().toISOString();
    publish();
  };

  // ---- message handlers
  setHandler(programStateQuery, () => state);
  setHandler(awaitActivationUpdate, async () => {
    await condition(() => state.phase !== 'activating');
    return state;
  });
  setHandler(
    archiveProgramUpdate,
    async ({ archivedBy }) => {
      enter('archiving');
      const { archivedAt } = await activities.archiveProgram({ programId: input.programId, archivedBy });
      state.archivedAt = archivedAt;
      enter('archived');
      return state;
    },
    {
      validator: ({ archivedBy }) => {
        if (state.phase !== 'active') refuse('program-not-active', { status: state.phase });
        if (!archivedBy) refuse('field-required', { field: 'archivedBy' });
      },
    },
  );

  // ---- main logic
  if (carried) {
    // A run continued as new starts with the version alone among its search attributes.
    publish();
  } else {
    enter('activating');
    const { activatedAt } = await activities.activateProgram({ programId: input.programId, workflowId });
    state.activatedAt = activatedAt;
    enter('active');
  }

  while (state.phase === 'active') {
    // The first check at once; the next at the cadence the policy gave with the last, carried across runs.
    const nextCheck = state.quotasCheckedAt ? Date.parse(state.quotasCheckedAt) + state.quotaCheckEveryMs! : Date.now();
    const wake = await longRun.wait(() => state.phase !== 'active', nextCheck);
    if (wake === 'deadline') await checkQuotas();
    if (longRun.due && state.phase === 'active') await longRun.continueAsNew<typeof programLifecycle>({ ...input, state, historyLimit });
  }
  await condition(() => state.phase === 'archived');
  if (state.quotaNudges.length > 0) {
    await activities.resolveNudges({ keys: state.quotaNudges.map(nudgeKey), reason: 'program archived' });
    state.quotaNudges = [];
  }
  await condition(allHandlersFinished);
  return state;

  /** Nudges about quotas newly behind their even pace; resolves those that caught up. */
  async function checkQuotas(): Promise<void> {
    state.quotasCheckedAt = new Date().toISOString();
    const { behind, checkEveryMs } = await activities.quotasBehind({ programId: input.programId });
    state.quotaCheckEveryMs = checkEveryMs;
    const open = state.quotaNudges;
    const caughtUp = open.filter((quotaId) => !behind.some((quota) => quota.quotaId === quotaId));
    if (caughtUp.length > 0) await activities.resolveNudges({ keys: caughtUp.map(nudgeKey), reason: 'quota caught up' });
    state.quotaNudges = open.filter((quotaId) => !caughtUp.includes(quotaId));
    for (const quota of behind.filter(({ quotaId }) => !open.includes(quotaId))) {
      await activities.raiseNudge({
        key: nudgeKey(quota.quotaId),
        kind: 'quota-behind',
        recipientRole: 'coordinator',
        programSlug: input.slug,
        municipalityId: quota.municipalityId,
        subjectWorkflowId: workflowId,
        subjectId: quota.quotaId,
      });
      state.quotaNudges.push(quota.quotaId);
    }
  }

  function nudgeKey(quotaId: string): string {
    return `${workflowId}/quota-behind:${quotaId}`;
  }
}
