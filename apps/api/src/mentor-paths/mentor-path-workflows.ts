import { Injectable, NotFoundException } from '@nestjs/common';
import { Client, WorkflowHandle } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import { AppConfig } from '../../../../libs/config/app-config';
import type { Mentor, Program } from '../../../../libs/persistence/entities';
import { askState, sendCommand } from '../workflow-commands';
import { MentorflowMunicipality, MentorflowPhase, MentorflowProgram } from '../../../../workflows/search-attributes';
import { MentorPathPolicy, MentorPathState, mentorStateQuery, mentorWorkflowId } from '../../../../workflows/mentor/messages';
import { workflowsVersionAttribute } from '../../../../workflows/version';
import { coded } from '../../../../libs/validation/coded-exceptions';

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
        workflowsVersionAttribute,
        ...(mentor.municipalityId ? [{ key: MentorflowMunicipality, value: mentor.municipalityId }] : []),
      ],
    });
    return handle.query(mentorStateQuery);
  }

  state(mentorId: string): Promise<MentorPathState> {
    return askState(this.handle(mentorId), mentorStateQuery, () => coded(NotFoundException, 'mentor-not-applied', { id: mentorId }));
  }

  command<Arg>(mentorId: string, update: UpdateDefinition<MentorPathState, [Arg]>, arg: Arg): Promise<MentorPathState> {
    return sendCommand(this.handle(mentorId), update, arg, mentorStateQuery, {
      subject: 'mentor-path',
      notFound: () => coded(NotFoundException, 'mentor-not-applied', { id: mentorId }),
    });
  }

  private handle(mentorId: string): WorkflowHandle {
    return this.client.workflow.getHandle(mentorWorkflowId(mentorId));
  }
}
