import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { Mentor } from '../persistence/entities';
import type { CoordinatorScope } from '../access/access-scope';
import { inHerPrograms } from '../access/list-filters';
import { ArchivableStore } from './archivable-store';
import { MUNICIPALITY, PROGRAM } from './references';

/** Mentors of a program, with the profile matching compares against young people's wishes. */
@Injectable()
export class MentorsService extends ArchivableStore<Mentor> {
  constructor(@InjectRepository(Mentor) repository: Repository<Mentor>) {
    super(repository, 'mentor', { programId: PROGRAM, municipalityId: MUNICIPALITY });
  }

  protected override narrowTo(query: SelectQueryBuilder<Mentor>, scope: CoordinatorScope): void {
    inHerPrograms(query, 'row.programId', scope);
  }
}
