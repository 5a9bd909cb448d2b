import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';
import { relatedScope } from '../access/access-scope';
import type { AuthenticatedUser } from '../auth/roles';
import { Nudge, NudgeStatus } from '../persistence/entities';
import { coded } from '../validation/coded-exceptions';

export interface InboxFilter {
  status?: NudgeStatus;
  /** One of her programs only. */
  programSlug?: string;
}

/**
 * The nudges a user is asked to answer: a mentor's, a referrer's or a panel
 * member's own; for a coordinator, those of her programs (a municipal
 * coordinator only her municipality's, plus the program-wide ones). Who may
 * answer one is the access module's (Permission.NudgeAnswer).
 */
@Injectable()
export class NudgeInbox {
  constructor(@InjectRepository(Nudge) private readonly nudges: Repository<Nudge>) {}

  async list(user: AuthenticatedUser, filter: InboxFilter = {}): Promise<Nudge[]> {
    const related = await relatedScope(this.nudges.manager.connection, user);
    const query = this.nudges.createQueryBuilder('nudge').orderBy('nudge.raisedAt', 'ASC').addOrderBy('nudge.key', 'ASC');
    if (filter.status) query.andWhere('nudge.status = :status', { status: filter.status });
    if (filter.programSlug) query.andWhere('nudge.programSlug = :programSlug', { programSlug: filter.programSlug });
    const named = (['mentor', 'referrer', 'panel'] as const)
      .map((role) => ({ role, id: related[ID_OF[role]] }))
      .filter((named) => named.id !== undefined);
    const coordinator = related.coordinator?.programSlugs.length ? related.coordinator : undefined;
    if (named.length === 0 && !coordinator) return [];
    query.andWhere(
      new Brackets((either) => {
        for (const { role, id } of named)
          either.orWhere(`(nudge.recipientRole = :${role}Role AND nudge.recipientId = :${role}Id)`, {
            [`${role}Role`]: role,
            [`${role}Id`]: id,
          });
        if (coordinator) {
          either.orWhere(
            new Brackets((part) => {
              part
                .where("nudge.recipientRole = 'coordinator'")
                .andWhere('nudge.programSlug IN (:...slugs)', { slugs: coordinator.programSlugs });
              if (coordinator.municipalityId) {
                part.andWhere('(nudge.municipalityId IS NULL OR nudge.municipalityId = :municipalityId)', {
                  municipalityId: coordinator.municipalityId,
                });
              }
            }),
          );
        }
      }),
    );
    return query.getMany();
  }

  async get(id: string): Promise<Nudge> {
    const nudge = await this.nudges.findOneBy({ id });
    if (!nudge) throw coded(NotFoundException, 'not-found', { thing: 'nudge', id });
    return nudge;
  }

  findByKey(key: string): Promise<Nudge | null> {
    return this.nudges.findOneBy({ key });
  }
}

/** Where each role a nudge can name a user in finds her id; the young person is not a user and reads her mail only. */
const ID_OF = { mentor: 'mentorId', referrer: 'referrerId', panel: 'panelMemberId' } as const;
