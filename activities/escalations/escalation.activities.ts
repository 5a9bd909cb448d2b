import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationFailure } from '@temporalio/common';
import { DataSource } from 'typeorm';
import { EscalationNotices, OwnerNoticeKind } from '../../libs/escalations/escalation-notices';
import { EscalationOwners } from '../../libs/escalations/escalation-owners';
import { Escalation } from '../../libs/persistence/entities';
import type {
  Assignment,
  EscalationNotice,
  EscalationOutcome,
  EscalationPhase,
  OwnerLevel,
  Owners,
} from '../../workflows/escalation/messages';

export interface EscalationProgress {
  escalationId: string;
  phase: EscalationPhase;
  owners: Owners;
  acknowledged: { by: string; at: string } | null;
  resolution: { outcome: EscalationOutcome; by: string; at: string } | null;
}

/**
 * What an escalation's workflow does in Postgres and the outbox: finding its
 * owners level by level, telling them, and mirroring its progress for lists
 * and access checks. Idempotent: owners are set (not added), notices keyed by
 * the assignment's number.
 */
@Injectable()
export class EscalationActivities {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly owners: EscalationOwners,
    private readonly notices: EscalationNotices,
  ) {}

  /**
   * Its owners from the bottom: the panel members for its category, or the
   * first level above with anyone (the program's coordinators, its lead).
   * Null when nobody at any level can own it: the workflow parks it as
   * unowned and asks again later.
   */
  async routeEscalation({ escalationId, assignment }: { escalationId: string; assignment: number }): Promise<Assignment | null> {
    const escalation = await this.escalation(escalationId);
    const owners = await this.owners.from(escalation, 'panel');
    return owners ? this.assign(escalation, owners, assignment, 'escalation-assigned') : null;
  }

  /** The next owners at `level` or above; null when there are none, and it stays where it is. */
  async handEscalationUp({
    escalationId,
    level,
    assignment,
  }: {
    escalationId: string;
    level: OwnerLevel;
    assignment: number;
  }): Promise<Assignment | null> {
    const escalation = await this.escalation(escalationId);
    const owners = await this.owners.from(escalation, level);
    return owners ? this.assign(escalation, owners, assignment, 'escalation-handed-up') : null;
  }

  /** Panel members someone chose (the API checked they are on the program's panel). */
  async reassignEscalation({
    escalationId,
    panelMemberIds,
    assignment,
  }: {
    escalationId: string;
    panelMemberIds: string[];
    assignment: number;
  }): Promise<Assignment> {
    return this.assign(await this.escalation(escalationId), { level: 'panel', ids: panelMemberIds }, assignment, 'escalation-assigned');
  }

  async recordEscalationProgress(progress: EscalationProgress): Promise<void> {
    const { acknowledged, resolution } = progress;
    await this.dataSource.getRepository(Escalation).update(
      { id: progress.escalationId },
      {
        status: resolution ? 'resolved' : 'open',
        phase: progress.phase,
        level: progress.owners.level,
        ownerIds: progress.owners.ids,
        acknowledgedBy: acknowledged?.by ?? null,
        acknowledgedAt: acknowledged ? new Date(acknowledged.at) : null,
        outcome: resolution?.outcome ?? null,
        resolvedBy: resolution?.by ?? null,
        resolvedAt: resolution ? new Date(resolution.at) : null,
      },
    );
  }

  async noticeAdvice({ escalationId, responseId }: { escalationId: string; responseId: string }): Promise<EscalationNotice[]> {
    return this.notices.ofAdvice(await this.escalation(escalationId), responseId);
  }

  private async assign(escalation: Escalation, owners: Owners, assignment: number, kind: OwnerNoticeKind): Promise<Assignment> {
    await this.dataSource.query(
      `UPDATE escalations
          SET level = $2, owner_ids = $3::uuid[], involved_ids = ARRAY(SELECT DISTINCT unnest(involved_ids || $3::uuid[]))
        WHERE id = $1`,
      [escalation.id, owners.level, owners.ids],
    );
    return { owners, notices: await this.notices.toOwners(escalation, owners, assignment, kind) };
  }

  private async escalation(escalationId: string): Promise<Escalation> {
    const escalation = await this.dataSource.getRepository(Escalation).findOneBy({ id: escalationId });
    if (!escalation) throw ApplicationFailure.nonRetryable(`no such escalation: ${escalationId}`, 'NotFound');
    return escalation;
  }
}
