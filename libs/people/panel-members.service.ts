import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DeepPartial, Repository, SelectQueryBuilder } from 'typeorm';
import { PanelMember } from '../persistence/entities';
import { ProgramsService } from '../programs/programs.service';
import { invalidInput } from '../validation/coded-exceptions';
import type { CoordinatorScope } from '../access/access-scope';
import { inHerPrograms } from '../access/list-filters';
import { ArchivableStore } from './archivable-store';
import { PROGRAM } from './references';
import { problemAt } from '../validation/problems';

/** A program's expert panel: the professionals escalations go to. */
@Injectable()
export class PanelMembersService extends ArchivableStore<PanelMember> {
  constructor(
    @InjectRepository(PanelMember) repository: Repository<PanelMember>,
    private readonly programs: ProgramsService,
  ) {
    super(repository, 'panel-member', { programId: PROGRAM });
  }

  protected override narrowTo(query: SelectQueryBuilder<PanelMember>, scope: CoordinatorScope): void {
    inHerPrograms(query, 'row.programId', scope);
  }

  /**
   * Her categories are among her program's escalation categories (its
   * current policy): one it does not have would route nothing to her, and
   * escalations in it would go up to the coordinators unanswered.
   */
  protected override async assertFits(input: DeepPartial<PanelMember>, current?: PanelMember): Promise<void> {
    if (input.categories === undefined && input.programId === undefined) return;
    const categories = (input.categories ?? current?.categories ?? []) as string[];
    const { policy } = await this.programs.policy((input.programId ?? current!.programId) as string);
    const known = policy.escalations.categories;
    const problems = categories
      .map((category, index) => ({ category, path: `categories[${index}]` }))
      .filter(({ category }) => !known.includes(category))
      .map(({ category, path }) => problemAt(path, 'not-an-escalation-category', { category, allowed: known }));
    if (problems.length > 0) throw invalidInput(problems);
  }
}
