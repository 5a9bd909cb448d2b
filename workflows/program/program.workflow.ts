import { allHandlersFinished, condition, proxyActivities, setHandler, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import type { ProgramActivities } from '../../activities/programs/program.activities';
import { refuse } from '../commands';
import { MentorflowPhase, MentorflowPhaseSince, MentorflowProgram } from '../search-attributes';
import {
  archiveProgramUpdate,
  awaitActivationUpdate,
  ProgramLifecycleInput,
  ProgramLifecycleState,
  ProgramPhase,
  programStateQuery,
} from './messages';

const activities = proxyActivities<ProgramActivities>({
  startToCloseTimeout: '30 seconds',
  // Persistence outages are waited out: the activity is idempotent, so retrying is safe.
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * A program from activation to archiving. It owns the program's status in
 * Postgres so that the row and the workflow never disagree about it.
 */
export async function programLifecycle(input: ProgramLifecycleInput): Promise<ProgramLifecycleState> {
  const state: ProgramLifecycleState = { programId: input.programId, slug: input.slug, phase: 'activating' };
  const enter = (phase: ProgramPhase) => {
    state.phase = phase;
    upsertSearchAttributes([
      { key: MentorflowProgram, value: input.slug },
      { key: MentorflowPhase, value: phase },
      { key: MentorflowPhaseSince, value: new Date() },
    ]);
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
        if (state.phase !== 'active') refuse(`the program is ${state.phase}; only an active program can be archived`);
        if (!archivedBy) refuse('archivedBy is required');
      },
    },
  );

  // ---- main logic
  enter('activating');
  const { activatedAt } = await activities.activateProgram({ programId: input.programId, workflowId: workflowInfo().workflowId });
  state.activatedAt = activatedAt;
  enter('active');

  await condition(() => state.phase === 'archived');
  await condition(allHandlersFinished);
  return state;
}
