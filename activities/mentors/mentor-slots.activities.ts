import { Injectable } from '@nestjs/common';
import { Client, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, WorkflowNotFoundError } from '@temporalio/common';
import { isRefusalCode, refusalText } from '../../workflows/refusals';
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
      // A refusal is an answer, not an outage: retrying cannot change it. The mentor's path's own refusal (its code, e.g.
      // no-free-slot, and its parameters) goes on to the course, which refuses with it.
      const refusal = error instanceof WorkflowUpdateFailedError ? error.cause : undefined;
      if (refusal instanceof ApplicationFailure && isRefusalCode(refusal.type))
        throw ApplicationFailure.create({
          message: refusal.message,
          type: refusal.type,
          details: refusal.details ?? [],
          nonRetryable: true,
        });
      if (error instanceof WorkflowUpdateFailedError)
        throw ApplicationFailure.nonRetryable(error.cause?.message ?? error.message, 'SlotRefused');
      if (error instanceof WorkflowNotFoundError)
        throw ApplicationFailure.create({
          message: refusalText('mentor-has-no-open-path', { mentorId }),
          type: 'mentor-has-no-open-path',
          details: [{ mentorId }],
          nonRetryable: true,
        });
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
