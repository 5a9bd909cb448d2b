import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { Client, WorkflowHandle } from '@temporalio/client';
import { WorkflowNotFoundError } from '@temporalio/common';
import type { UpdateDefinition } from '@temporalio/common';
import { AppConfig } from '../../../../libs/config/app-config';
import type { Mentor, Program } from '../../../../libs/persistence/entities';
import { MentorflowMunicipality, MentorflowPhase, MentorflowProgram } from '../../../../workflows/search-attributes';
import { MentorPathPolicy, MentorPathState, mentorStateQuery, mentorWorkflowId } from '../../../../workflows/mentor/messages';

/** The API's side of `mentor-<id>`: start it on application, send it commands, ask its state. */
@Injectable()
export class MentorPathWorkflows {
  constructor(
    private readonly client: Client,
    private readonly config: AppConfig,
  ) {}

  /** Starts the path; applying twice finds the path already running and answers its state. */
  async apply(mentor: Mentor, program: Program, policy: MentorPathPolicy, appliedBy: string): Promise<MentorPathState> {
    const input = { mentorId: mentor.id, appliedBy, programSlug: program.slug, municipalityId: mentor.municipalityId ?? undefined, policy };
    const handle = await this.client.workflow.start('mentorPath', {
      workflowId: mentorWorkflowId(mentor.id),
      taskQueue: this.config.temporal.taskQueues.main,
      args: [input],
      workflowIdConflictPolicy: 'USE_EXISTING',
      typedSearchAttributes: [
        { key: MentorflowProgram, value: program.slug },
        { key: MentorflowPhase, value: 'applied' },
        ...(mentor.municipalityId ? [{ key: MentorflowMunicipality, value: mentor.municipalityId }] : []),
      ],
    });
    return handle.query(mentorStateQuery);
  }

  state(mentorId: string): Promise<MentorPathState> {
    return this.ask(this.handle(mentorId), mentorId);
  }

  /** One command, one update; the workflow's validator refuses what does not fit, with its reason. */
  async command<Arg>(mentorId: string, update: UpdateDefinition<MentorPathState, [Arg]>, arg: Arg): Promise<MentorPathState> {
    const handle = this.handle(mentorId);
    try {
      return await handle.executeUpdate(update, { args: [arg] });
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError)) throw error;
      // A closed workflow takes no updates; say why in the caller's terms.
      const { phase } = await this.ask(handle, mentorId);
      throw new ConflictException(`refused: the mentor's path has ended (${phase})`);
    }
  }

  private handle(mentorId: string): WorkflowHandle {
    return this.client.workflow.getHandle(mentorWorkflowId(mentorId));
  }

  private async ask(handle: WorkflowHandle, mentorId: string): Promise<MentorPathState> {
    try {
      return await handle.query(mentorStateQuery);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw new NotFoundException(`mentor ${mentorId} has not applied yet`);
      throw error;
    }
  }
}

