import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import { Repository } from 'typeorm';
import { nudgeStartAttributes } from '../../workflows/nudge/attributes';
import { nudgeWorkflowId, NudgeRun } from '../../workflows/nudge/messages';
import { durationMs } from '../domain/duration';
import { Nudge, NudgeRecipientRole } from '../persistence/entities';
import { startOnce } from '../temporal/start-once';
import { CurrentPolicies } from './current-policy';
import { NoticeSender } from './notice-sender';
import { NudgeDeliveryPlanner } from './nudge-delivery-planner';
import { awaitsAcknowledgement } from '../notifications/nudge-kinds';

export interface RaiseNudge {
  /** Chosen by the raising workflow (its id and what is late); the same nudge raised again finds the first. */
  key: string;
  kind: string;
  recipientRole: NudgeRecipientRole;
  /** A named recipient; left out for a coordinator nudge, which the program's coordinators share. */
  recipientId?: string;
  programSlug: string;
  municipalityId?: string;
  subjectWorkflowId: string;
  subjectId: string;
  /** The key of the nudge this one reports as ignored. */
  escalationOf?: string;
  /** A workflow to tell when the nudge is reported as ignored. */
  reportIgnoredTo?: string;
}

/**
 * Raises a nudge: its row and its mails in the outbox, then its own
 * workflow (`nudge-<key>`), which delivers them and chases it. A notice,
 * which wants no answer and chases nobody, gets no workflow: its mails go
 * from here and from the outbox relay (NoticeSender). Each step is
 * idempotent by the key, so a retry after a crash between them finishes the
 * job without doubling it.
 */
@Injectable()
export class NudgeRaiser {
  private readonly logger = new Logger(NudgeRaiser.name);

  constructor(
    @InjectRepository(Nudge) private readonly nudges: Repository<Nudge>,
    private readonly policies: CurrentPolicies,
    private readonly planner: NudgeDeliveryPlanner,
    private readonly notices: NoticeSender,
    private readonly client: Client,
  ) {}

  async raise(request: RaiseNudge, taskQueue: string): Promise<void> {
    await this.nudges
      .createQueryBuilder()
      .insert()
      .values({
        key: request.key,
        kind: request.kind,
        recipientRole: request.recipientRole,
        recipientId: request.recipientId ?? null,
        programSlug: request.programSlug,
        municipalityId: request.municipalityId ?? null,
        subjectWorkflowId: request.subjectWorkflowId,
        subjectId: request.subjectId,
        escalationOf: request.escalationOf ?? null,
        status: 'open',
      })
      .orIgnore()
      .execute();
    const nudge = await this.nudges.findOneByOrFail({ key: request.key });
    if (!awaitsAcknowledgement(request.kind)) {
      // A notice raised before notices went by the outbox relay has its workflow, which sends its (unrelayed) mails and ends it.
      await this.notices.sendDue(request.key, await this.planner.plan(nudge, { relayed: true }));
      this.logger.log({ message: 'notice raised', nudge: request.key, kind: request.kind });
      return;
    }
    const escalateAfterMs = await this.escalateAfterMs(request);
    const raisedAt = nudge.raisedAt.toISOString();
    const run: NudgeRun = {
      key: request.key,
      programSlug: request.programSlug,
      escalateAfterMs,
      awaitsAcknowledgement: true,
      kind: request.kind,
      ...(request.reportIgnoredTo ? { reportIgnoredTo: request.reportIgnoredTo } : {}),
      raisedAt,
      // Its mails are recorded here, with its row, so the nudge starts with them and needs no activity to find them.
      deliveries: await this.planner.plan(nudge),
    };
    const typedSearchAttributes = nudgeStartAttributes({ ...run, raisedAt });
    // A nudge is raised once: a finished one with this key is not started again.
    if (
      await startOnce(this.client, 'nudge', { workflowId: nudgeWorkflowId(request.key), taskQueue, args: [run], typedSearchAttributes })
    ) {
      this.logger.log({ message: 'nudge raised', nudge: request.key, kind: request.kind });
    }
  }

  /** A report of an ignored nudge is itself never reported. */
  private async escalateAfterMs(request: RaiseNudge): Promise<number | null> {
    if (request.escalationOf) return null;
    return durationMs((await this.policies.of(request.programSlug)).nudges.escalateIgnoredAfter);
  }
}
