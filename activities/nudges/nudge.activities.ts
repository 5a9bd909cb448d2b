import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Nudge } from '../../libs/persistence/entities';

export interface NudgeInput {
  /** Chosen by the raising workflow; the same nudge raised again finds the first. */
  key: string;
  kind: string;
  recipientRole: 'coordinator' | 'mentor' | 'referrer' | 'panel';
  recipientId?: string;
  programSlug: string;
  subjectWorkflowId: string;
  subjectId: string;
}

/** Raises nudges: the engine's way of chasing a person so the coordinator need not. */
@Injectable()
export class NudgeActivities {
  constructor(@InjectRepository(Nudge) private readonly nudges: Repository<Nudge>) {}

  async raiseNudge(input: NudgeInput): Promise<void> {
    await this.nudges
      .createQueryBuilder()
      .insert()
      .values({ ...input, recipientId: input.recipientId ?? null, status: 'open' })
      .orIgnore()
      .execute();
  }
}
