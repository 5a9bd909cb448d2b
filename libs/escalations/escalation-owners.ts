import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OWNER_LEVELS, OwnerLevel, Owners } from '../../workflows/escalation/messages';
import { RecipientDirectory } from '../notifications/recipient-directory';
import { Coordinator, Escalation, PanelMember, Program } from '../persistence/entities';

/**
 * Who owns an escalation at each level: the program's panel members for its
 * category, the coordinators of its municipality (or the program's), the
 * program's lead. Archived people own nothing.
 */
@Injectable()
export class EscalationOwners {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: RecipientDirectory,
  ) {}

  /** The owners at `level`, or at the first level above it that has any; null when no level has (the escalation is then unowned). */
  async from(escalation: Escalation, level: OwnerLevel): Promise<Owners | null> {
    for (const candidate of OWNER_LEVELS.slice(OWNER_LEVELS.indexOf(level))) {
      const ids = await this.at(candidate, escalation);
      if (ids.length > 0) return { level: candidate, ids };
    }
    return null;
  }

  /** Which of these ids are panel members of the escalation's program (in the order given). */
  async panelMembersOf(programSlug: string, ids: string[]): Promise<string[]> {
    const program = await this.program(programSlug);
    const members = await this.dataSource.getRepository(PanelMember).find({ select: { id: true }, where: { programId: program.id } });
    const onPanel = new Set(members.map(({ id }) => id));
    return ids.filter((id) => onPanel.has(id));
  }

  private async at(level: OwnerLevel, escalation: Escalation): Promise<string[]> {
    switch (level) {
      case 'panel': {
        const program = await this.program(escalation.programSlug);
        const members = await this.dataSource
          .getRepository(PanelMember)
          .createQueryBuilder('member')
          .select('member.id')
          .where('member.programId = :programId AND :category = ANY(member.categories)', {
            programId: program.id,
            category: escalation.category,
          })
          .orderBy('member.createdAt', 'ASC')
          .getMany();
        return members.map(({ id }) => id);
      }
      case 'coordinator':
        return (await this.directory.coordinatorsFor(escalation.programSlug, escalation.municipalityId)).map(({ id }) => id);
      case 'program-lead': {
        const { leadCoordinatorId } = await this.program(escalation.programSlug);
        if (!leadCoordinatorId) return [];
        return (await this.dataSource.getRepository(Coordinator).existsBy({ id: leadCoordinatorId })) ? [leadCoordinatorId] : [];
      }
    }
  }

  /** An archived program still owns the escalations raised before it was archived. */
  private async program(slug: string): Promise<Program> {
    return this.dataSource.getRepository(Program).findOneOrFail({ where: { slug }, withDeleted: true });
  }
}
