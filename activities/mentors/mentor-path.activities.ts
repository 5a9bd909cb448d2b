import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Mentor, MentorPathEvent } from '../../libs/persistence/entities';

export interface MentorPathEventInput {
  /** `<workflowId>/<sequence>`: the same event retried has the same id. */
  eventId: string;
  mentorId: string;
  kind: string;
  phase: string;
  by: string;
  at: string;
  detail: Record<string, string>;
}

/** Keeps Postgres in step with each mentor's path. */
@Injectable()
export class MentorPathActivities {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Records the event and mirrors the phase onto the mentor, in one
   * transaction. A retry inserts nothing new, and an older event never
   * overwrites the phase a newer one set.
   */
  async recordMentorPathEvent(event: MentorPathEventInput): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(MentorPathEvent)
        .values({
          id: event.eventId,
          mentorId: event.mentorId,
          kind: event.kind,
          phase: event.phase,
          by: event.by,
          at: new Date(event.at),
          detail: event.detail,
        })
        .orIgnore()
        .execute();
      if (inserted.identifiers.length === 0) return;
      await manager
        .createQueryBuilder()
        .update(Mentor)
        .set({ pathPhase: event.phase, pathPhaseSince: new Date(event.at) })
        .where('id = :id AND (path_phase_since IS NULL OR path_phase_since <= :at)', { id: event.mentorId, at: new Date(event.at) })
        .execute();
    });
  }
}
