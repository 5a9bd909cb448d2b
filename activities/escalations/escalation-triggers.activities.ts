import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import type { AutomaticEscalations } from '../../libs/domain/policy/program-policy';
import { EscalationFactsReader } from '../../libs/escalations/escalation-facts';
import { EscalationStarter } from '../../libs/escalations/escalation-starter';
import { CurrentPolicies } from '../../libs/nudges/current-policy';
import { Escalation } from '../../libs/persistence/entities';
import type { EscalationEvidence, EscalationReason } from '../../workflows/escalation/messages';

export interface RaiseEscalation {
  /** The course's workflow id and the rule's occasion: raising it again finds the first. */
  key: string;
  mentorshipId: string;
  programSlug: string;
  municipalityId: string;
  policyVersion: number;
  reason: EscalationReason;
  evidence: EscalationEvidence;
}

/** Which of the policy's rules sets the category and urgency of an escalation the engine raises. */
const RULE_OF: Partial<Record<EscalationReason, keyof AutomaticEscalations>> = {
  'who5-high-risk': 'highRisk',
  'who5-drop': 'sharpDrop',
  'missed-meetings': 'missedMeetings',
  'unanswered-nudges': 'unansweredNudges',
};

/**
 * What a mentorship needs to raise escalations: its own, by the policy's
 * rules, and the ones people raise about it. Each is idempotent by the
 * escalation's key or id.
 */
@Injectable()
export class EscalationTriggerActivities {
  constructor(
    @InjectRepository(Escalation) private readonly escalations: Repository<Escalation>,
    private readonly starter: EscalationStarter,
    private readonly facts: EscalationFactsReader,
    private readonly policies: CurrentPolicies,
  ) {}

  /** Writes the escalation with the facts that set it off, then starts its workflow; answers its id. */
  async raiseEscalation(request: RaiseEscalation): Promise<string> {
    const policy = await this.policies.of(request.programSlug, request.policyVersion);
    const rule = RULE_OF[request.reason];
    if (!rule) throw ApplicationFailure.nonRetryable(`the engine raises no escalation for ${request.reason}`, 'InvalidReason');
    const { category, urgency } = policy.escalations.automatic[rule];
    // ON CONFLICT DO NOTHING: a retry finds the row the first attempt wrote.
    await this.escalations
      .createQueryBuilder()
      .insert()
      .values({
        id: randomUUID(),
        key: request.key,
        mentorshipId: request.mentorshipId,
        programSlug: request.programSlug,
        municipalityId: request.municipalityId,
        policyVersion: request.policyVersion,
        reason: request.reason,
        category,
        urgency,
        raisedBy: 'engine',
        raisedByRole: null,
        facts: await this.facts.of(request.evidence, policy.measurements.who5),
        status: 'open',
      })
      .orIgnore()
      .execute();
    const escalation = await this.escalations.findOneByOrFail({ key: request.key });
    await this.starter.start(escalation, Context.current().info.taskQueue);
    return escalation.id;
  }

  /** A person's escalation, written by the API as a draft: the course took it, so it opens and starts. */
  async openRequestedEscalation({ escalationId, mentorshipId }: { escalationId: string; mentorshipId: string }): Promise<void> {
    const escalation = await this.escalations.findOneBy({ id: escalationId });
    if (!escalation || escalation.mentorshipId !== mentorshipId)
      throw ApplicationFailure.nonRetryable(`no escalation ${escalationId} about mentorship ${mentorshipId}`, 'NotFound');
    await this.escalations.update({ id: escalationId, status: 'draft' }, { status: 'open' });
    await this.starter.start(escalation, Context.current().info.taskQueue);
  }
}
