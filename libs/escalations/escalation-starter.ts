import { Injectable, Logger } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { escalationWorkflowId, EscalationRun } from '../../workflows/escalation/messages';
import { durationMs } from '../domain/duration';
import { CurrentPolicies } from '../nudges/current-policy';
import { Escalation } from '../persistence/entities';
import { startOnce } from '../temporal/start-once';

/**
 * Starts an escalation's workflow from its row, with the deadlines of the
 * policy version its course runs on. Idempotent: an escalation is started once.
 */
@Injectable()
export class EscalationStarter {
  private readonly logger = new Logger(EscalationStarter.name);

  constructor(
    private readonly policies: CurrentPolicies,
    private readonly client: Client,
  ) {}

  async start(escalation: Escalation, taskQueue: string): Promise<void> {
    const { escalations: times } = await this.policies.of(escalation.programSlug, escalation.policyVersion);
    const urgent = escalation.urgency === 'urgent';
    const run: EscalationRun = {
      escalationId: escalation.id,
      mentorshipId: escalation.mentorshipId,
      programSlug: escalation.programSlug,
      municipalityId: escalation.municipalityId,
      category: escalation.category,
      urgency: escalation.urgency,
      reason: escalation.reason,
      acknowledgeWithinMs: durationMs(urgent ? times.acknowledgeUrgentWithin : times.acknowledgeWithin),
      respondWithinMs: durationMs(urgent ? times.respondUrgentWithin : times.respondWithin),
    };
    if (await startOnce(this.client, 'escalation', { workflowId: escalationWorkflowId(escalation.id), taskQueue, args: [run] })) {
      this.logger.log({
        message: 'escalation raised',
        escalationId: escalation.id,
        reason: escalation.reason,
        urgency: escalation.urgency,
      });
    }
  }
}
