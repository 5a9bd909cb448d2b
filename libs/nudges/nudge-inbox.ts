import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';
import type { AuthenticatedUser, Role } from '../auth/roles';
import { Coordinator, Nudge, NudgeRecipientRole, NudgeStatus, Program } from '../persistence/entities';

/** The roles a nudge can name a user in; the young person is not a user and reads her mail only. */
const ROLE_OF_RECIPIENT: Partial<Record<Role, NudgeRecipientRole>> = { mentor: 'mentor', referrer: 'referrer', panel: 'panel' };

export interface InboxFilter {
  status?: NudgeStatus;
  /** A coordinator may look at any program's coordinator nudges, not only those of her own programs. */
  programSlug?: string;
}

/**
 * The nudges a user is asked to answer: a mentor's, a referrer's or a panel
 * member's own; for a coordinator, those her programs share (a municipal
 * coordinator only her municipality's, plus the program-wide ones).
 */
@Injectable()
export class NudgeInbox {
  constructor(
    @InjectRepository(Nudge) private readonly nudges: Repository<Nudge>,
    @InjectRepository(Coordinator) private readonly coordinators: Repository<Coordinator>,
  ) {}

  async list(user: AuthenticatedUser, filter: InboxFilter = {}): Promise<Nudge[]> {
    const query = this.nudges.createQueryBuilder('nudge').orderBy('nudge.raisedAt', 'ASC').addOrderBy('nudge.key', 'ASC');
    if (filter.status) query.andWhere('nudge.status = :status', { status: filter.status });
    const named = this.namedRoles(user);
    const asCoordinator = user.roles.includes('coordinator') ? await this.coordinatorScope(user.id, filter.programSlug) : undefined;
    if (named.length === 0 && !asCoordinator) return [];
    query.andWhere(
      new Brackets((either) => {
        if (named.length > 0) either.orWhere('(nudge.recipientRole IN (:...named) AND nudge.recipientId = :userId)', { named, userId: user.id });
        if (asCoordinator) {
          either.orWhere(
            new Brackets((coordinator) => {
              coordinator.where("nudge.recipientRole = 'coordinator'").andWhere('nudge.programSlug IN (:...slugs)', { slugs: asCoordinator.slugs });
              if (asCoordinator.municipalityId) {
                coordinator.andWhere('(nudge.municipalityId IS NULL OR nudge.municipalityId = :municipalityId)', { municipalityId: asCoordinator.municipalityId });
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
    if (!nudge) throw new NotFoundException(`no such nudge: ${id}`);
    return nudge;
  }

  findByKey(key: string): Promise<Nudge | null> {
    return this.nudges.findOneBy({ key });
  }

  /** Only the one a nudge asks may answer it; any coordinator may answer a coordinator nudge. */
  requireRecipient(user: AuthenticatedUser, nudge: Nudge): void {
    if (nudge.recipientRole === 'coordinator' && user.roles.includes('coordinator')) return;
    if (nudge.recipientId === user.id && this.namedRoles(user).includes(nudge.recipientRole)) return;
    throw new ForbiddenException('only the recipient of this nudge may answer it');
  }

  private namedRoles(user: AuthenticatedUser): NudgeRecipientRole[] {
    return user.roles.map((role) => ROLE_OF_RECIPIENT[role]).filter((role): role is NudgeRecipientRole => role !== undefined);
  }

  /** Which programs' coordinator nudges she sees: the one asked for, else her own (with her municipality). */
  private async coordinatorScope(coordinatorId: string, programSlug?: string): Promise<{ slugs: string[]; municipalityId?: string } | undefined> {
    if (programSlug) return { slugs: [programSlug] };
    const coordinator = await this.coordinators.findOneBy({ id: coordinatorId });
    if (!coordinator || coordinator.programIds.length === 0) return undefined;
    const programs = await this.nudges.manager.getRepository(Program).createQueryBuilder('program').where('program.id IN (:...ids)', { ids: coordinator.programIds }).getMany();
    if (programs.length === 0) return undefined;
    return { slugs: programs.map((program) => program.slug), municipalityId: coordinator.municipalityId ?? undefined };
  }
}
