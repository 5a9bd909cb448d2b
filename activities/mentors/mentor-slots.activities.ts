import { Injectable } from '@nestjs/common';
import { Client, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, WorkflowNotFoundError } from '@temporalio/common';
import { mentorWorkflowId, releaseSlotUpdate, reserveSlotUpdate } from '../../workflows/mentor/messages';

/**
 * Mentorship workflows reserve and release slots on the mentor's own
 * workflow, which alone knows the mentor's capacity. Both updates are
 * idempotent per mentorship, so a retried activity is harmless.
 */
@Injectable()
export class MentorSlotActivities {
  constructor(private readonly client: Client) {}

  async reserveMentorSlot({ mentorId, mentorshipId }: { mentorId: string; mentorshipId: string }): Promise<void> {
    try {
      await this.client.workflow.getHandle(mentorWorkflowId(mentorId)).executeUpdate(reserveSlotUpdate, { args: [{ mentorshipId }] });
    } catch (error) {
      // A refusal is an answer, not an outage: retrying cannot change it.
      if (error instanceof WorkflowUpdateFailedError)
        throw ApplicationFailure.nonRetryable(error.cause?.message ?? error.message, 'SlotRefused');
      if (error instanceof WorkflowNotFoundError)
        throw ApplicationFailure.nonRetryable(`mentor ${mentorId} has no open path (not applied, or ended)`, 'SlotRefused');
      throw error;
    }
  }

  async releaseMentorSlot({ mentorId, mentorshipId }: { mentorId: string; mentorshipId: string }): Promise<void> {
    try {
      await this.client.workflow.getHandle(mentorWorkflowId(mentorId)).executeUpdate(releaseSlotUpdate, { args: [{ mentorshipId }] });
    } catch (error) {
      // A mentor whose path has ended holds no slots any more.
      if (!(error instanceof WorkflowNotFoundError)) throw error;
    }
  }
}
