import { Injectable } from '@nestjs/common';
import { Client, WithStartWorkflowOperation } from '@temporalio/client';
import { AppConfig } from '../../../../libs/config/app-config';
import type { Program } from '../../../../libs/persistence/entities';
import { MentorflowPhase, MentorflowProgram } from '../../../../workflows/search-attributes';
import { workflowsVersionAttribute } from '../../../../workflows/version';
import {
  archiveProgramUpdate,
  awaitActivationUpdate,
  ProgramLifecycleState,
  programWorkflowId,
} from '../../../../workflows/program/messages';

/** The API's side of a program's lifecycle workflow: start it, command it, ask it. */
@Injectable()
export class ProgramWorkflows {
  constructor(
    private readonly client: Client,
    private readonly config: AppConfig,
  ) {}

  /**
   * Starts `program-<slug>` and waits for it to activate the program, in one
   * round trip (update-with-start). Repeating it for a running program only
   * waits again: the start is idempotent.
   */
  startAndActivate(program: Program): Promise<ProgramLifecycleState> {
    const start = new WithStartWorkflowOperation('programLifecycle', {
      workflowId: programWorkflowId(program.slug),
      taskQueue: this.config.temporal.taskQueues.main,
      workflowIdConflictPolicy: 'USE_EXISTING',
      args: [{ programId: program.id, slug: program.slug }],
      // Searchable from the first moment, before the workflow's first task runs.
      typedSearchAttributes: [
        { key: MentorflowProgram, value: program.slug },
        { key: MentorflowPhase, value: 'activating' },
        workflowsVersionAttribute,
      ],
    });
    return this.client.workflow.executeUpdateWithStart(awaitActivationUpdate, { startWorkflowOperation: start });
  }

  archive(program: Program, archivedBy: string): Promise<ProgramLifecycleState> {
    return this.client.workflow.getHandle(programWorkflowId(program.slug)).executeUpdate(archiveProgramUpdate, { args: [{ archivedBy }] });
  }
}
