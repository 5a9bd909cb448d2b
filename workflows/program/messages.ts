import { defineQuery, defineUpdate } from '@temporalio/workflow';

/** A program's lifecycle workflow: `program-<slug>`. Ids only, never personal data. */
export const programWorkflowId = (slug: string): string => `program-${slug}`;

export type ProgramPhase = 'activating' | 'active' | 'archiving' | 'archived';

export interface ProgramLifecycleInput {
  programId: string;
  slug: string;
}

export interface ProgramLifecycleState {
  programId: string;
  slug: string;
  phase: ProgramPhase;
  phaseSince: string;
  activatedAt?: string;
  archivedAt?: string;
  /** Quotas behind their pace with an open nudge (ids). */
  quotaNudges: string[];
  /**
   * When the quotas were last checked, and the policy's cadence as then read (the policy may change while the program runs); none before
   * the first check.
   */
  quotasCheckedAt?: string;
  quotaCheckEveryMs?: number;
}

export interface ArchiveProgramCommand {
  /** User id of the coordinator who archives. */
  archivedBy: string;
}

export const programStateQuery = defineQuery<ProgramLifecycleState>('state');
/** Returns once the program is active; the API sends it with the start, so creating answers with an active program. */
export const awaitActivationUpdate = defineUpdate<ProgramLifecycleState>('awaitActivation');
export const archiveProgramUpdate = defineUpdate<ProgramLifecycleState, [ArchiveProgramCommand]>('archive');
